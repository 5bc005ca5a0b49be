import { App, DatePicker, Flex, Modal, Radio, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useRef, useState } from 'react';
import { followingStage } from '../../shared/library/next-stage';
import { STAGE_LABELS, type Notice, type Stage } from '../../shared/model/notice';
import { formatChineseDate, type IsoDate } from '../../shared/text/dates';
import { useServices } from '../app/services';
import { errorText } from './error-text';

/** The notice the next stage's is made from, as the list or the editor knows it. */
export interface NextStageSource {
  id: string;
  title: string;
  stage: Stage;
}

type DateChoice = 'none' | 'today' | 'chosen';

const DATE_FORMATS = ['YYYY年M月D日', 'YYYY-MM-DD', 'YYYY/M/D', 'YYYY.M.D', 'YYYYMMDD'];

/**
 * 生成下一阶段通报: says which stage the new notice will be and asks its
 * 成文日期 (none yet is the usual: the old date would print in the new
 * notice), then makes it and hands it on to be opened. `beforeCreate` runs
 * first (the editor saves what was typed, so the copy holds it); false stops.
 */
export function NextStageDialog({
  source,
  beforeCreate,
  onCreated,
  onCancel,
}: {
  /** Null while the dialog is closed. */
  source: NextStageSource | null;
  beforeCreate?: () => Promise<boolean>;
  onCreated: (notice: Notice) => void;
  onCancel: () => void;
}) {
  const { api } = useServices();
  const { message } = App.useApp();
  const [choice, setChoice] = useState<DateChoice>('none');
  const [chosen, setChosen] = useState<Dayjs | null>(null);
  const [creating, setCreating] = useState(false);
  // What the dialog was opened for, kept while it fades out after closing (the caller's source is null by then).
  const last = useRef<NextStageSource | null>(source);
  if (source) last.current = source;
  const shown = last.current;
  // The day as the user's clock has it when the dialog is drawn: what 今天 promises is what is stored.
  const today = dayjs().format('YYYY-MM-DD');
  const publicationDate: IsoDate | null = choice === 'none' ? null : choice === 'today' ? today : (chosen?.format('YYYY-MM-DD') ?? null);

  const create = async () => {
    if (!source) return;
    setCreating(true);
    try {
      if (beforeCreate && !(await beforeCreate())) {
        message.error('当前通报还有修改没有保存，暂不能生成下一阶段通报；请稍后重试');
        return;
      }
      const created = await api.createNextStage(source.id, { publicationDate });
      onCreated(created);
    } catch (error) {
      message.error(errorText('生成下一阶段通报', error));
    } finally {
      setCreating(false);
    }
  };

  const next = shown ? followingStage(shown.stage) : 'progress';
  return (
    <Modal
      title="生成下一阶段通报"
      open={source !== null}
      width={560}
      okText="生成并打开"
      cancelText="取消"
      okButtonProps={{ disabled: choice === 'chosen' && !chosen }}
      confirmLoading={creating}
      onOk={create}
      onCancel={onCancel}
      afterOpenChange={(open) => {
        if (open) return;
        setChoice('none');
        setChosen(null);
      }}
    >
      {shown && (
        <Flex vertical gap={12} className="next-stage-dialog">
          <Typography.Paragraph style={{ margin: 0 }}>
            以“<Typography.Text strong>{shown.title}</Typography.Text>”为基础，生成一份
            <Typography.Text strong>“{STAGE_LABELS[next]}”</Typography.Text>通报的草稿
            {shown.stage === 'final' ? '（原通报已是“整改情况”，新通报仍为“整改情况”）' : `（原通报为“${STAGE_LABELS[shown.stage]}”）`}。
          </Typography.Paragraph>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            标题和开头随阶段改写；每个问题的整改落实情况先沿用本次的内容并标记为“待更新”，原来的进展记入“历次进展”。改写某个问题的进展后，它的“待更新”标记即消失。原通报保持不变。
          </Typography.Paragraph>
          <Flex vertical gap={8}>
            <Typography.Text strong>成文日期</Typography.Text>
            <Radio.Group aria-label="成文日期" value={choice} onChange={(event) => setChoice(event.target.value as DateChoice)}>
              <Flex vertical gap={8}>
                <Radio value="none">暂不填写（发布前再填）</Radio>
                <Radio value="today">今天（{formatChineseDate(today)}）</Radio>
                <Flex align="center" gap={8}>
                  <Radio value="chosen">选择日期</Radio>
                  <DatePicker
                    aria-label="选择成文日期"
                    style={{ width: 200 }}
                    value={chosen}
                    format={DATE_FORMATS}
                    placeholder="选择或输入日期"
                    disabled={choice !== 'chosen'}
                    onChange={(date) => setChosen(date)}
                  />
                </Flex>
              </Flex>
            </Radio.Group>
          </Flex>
        </Flex>
      )}
    </Modal>
  );
}
