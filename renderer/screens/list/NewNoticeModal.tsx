import { Alert, Flex, Modal, Radio, Select, Typography } from 'antd';
import { useState } from 'react';
import type { CreateNoticeInput } from '../../../shared/api';
import { NOTICE_STATUS_LABELS, STAGE_LABELS } from '../../../shared/model/notice';
import type { NoticeSummary } from '../../../shared/model/notice-summary';
import { useServices } from '../../app/services';
import { formatChineseDateTime } from '../../components/format-time';

type Kind = CreateNoticeInput['kind'];

const KIND_OPTIONS: { value: Kind; label: string; hint: string }[] = [
  { value: 'blank', label: '空白通报', hint: '从空白开始，发文机关、署名和联系方式取自“设置”中的默认内容。' },
  { value: 'layout', label: '按版式新建', hint: '先选定问题清单的排列方式（版式），其余内容从空白开始。' },
  { value: 'copy', label: '复制已有通报', hint: '复制一份已有通报的全部内容，作为新的草稿，例如在阶段性进展通报的基础上写整改情况通报。' },
];

export interface NewNoticeModalProps {
  open: boolean;
  /** Earlier notices, newest first: the candidates for a copy. */
  notices: NoticeSummary[];
  /** Creates the notice; rejects (after showing why) when it could not. */
  onCreate: (input: CreateNoticeInput) => Promise<void>;
  onCancel: () => void;
}

/** 新建通报: blank, from one of the templates' layouts, or as a copy of an earlier notice. */
export function NewNoticeModal({ open, notices, onCreate, onCancel }: NewNoticeModalProps) {
  const { templates } = useServices();
  const [kind, setKind] = useState<Kind>('blank');
  const [layoutId, setLayoutId] = useState(templates.layouts[0]?.id ?? '');
  // The usual copy is of the latest notice (the final report from the stage report).
  const [sourceId, setSourceId] = useState<string | undefined>(undefined);
  const [creating, setCreating] = useState(false);
  const source = notices.some((notice) => notice.id === sourceId) ? sourceId : notices[0]?.id;

  const input: CreateNoticeInput | null =
    kind === 'blank' ? { kind } : kind === 'layout' ? (layoutId ? { kind, layoutId } : null) : source ? { kind, sourceId: source } : null;

  const create = async () => {
    if (!input) return;
    setCreating(true);
    try {
      await onCreate(input);
    } catch {
      // onCreate has told the user; the dialog stays open so they can retry.
    } finally {
      setCreating(false);
    }
  };

  return (
    <Modal
      title="新建通报"
      open={open}
      width={680}
      okText="新建"
      cancelText="取消"
      okButtonProps={{ disabled: !input }}
      confirmLoading={creating}
      onOk={create}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Flex vertical gap={16}>
        <Radio.Group
          aria-label="新建方式"
          optionType="button"
          buttonStyle="solid"
          block
          value={kind}
          onChange={(event) => setKind(event.target.value as Kind)}
          options={KIND_OPTIONS.map(({ value, label }) => ({ value, label }))}
        />
        <Typography.Text type="secondary">{KIND_OPTIONS.find((option) => option.value === kind)!.hint}</Typography.Text>
        {kind === 'layout' && (
          <Radio.Group aria-label="版式" value={layoutId} onChange={(event) => setLayoutId(event.target.value as string)}>
            <Flex vertical gap={10}>
              {templates.layouts.map((layout) => (
                <Radio key={layout.id} value={layout.id}>
                  <Typography.Text strong>{layout.name}</Typography.Text>
                  <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                    {layout.description}
                  </Typography.Paragraph>
                </Radio>
              ))}
            </Flex>
          </Radio.Group>
        )}
        {kind === 'copy' &&
          (notices.length === 0 ? (
            <Alert type="info" showIcon title="还没有可以复制的通报。请先新建一份空白通报或按版式新建。" />
          ) : (
            <Select
              aria-label="要复制的通报"
              showSearch={{ optionFilterProp: 'label' }}
              value={source}
              onChange={setSourceId}
              options={notices.map((notice) => ({ value: notice.id, label: notice.title, notice }))}
              optionRender={({ data }) => <SourceOption notice={data.notice} />}
              style={{ width: '100%' }}
            />
          ))}
      </Flex>
    </Modal>
  );
}

function SourceOption({ notice }: { notice: NoticeSummary }) {
  return (
    <Flex vertical>
      <span style={{ whiteSpace: 'normal' }}>{notice.title}</span>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {STAGE_LABELS[notice.stage]} · {NOTICE_STATUS_LABELS[notice.status]} · 最后修改于 {formatChineseDateTime(notice.updatedAt)}
      </Typography.Text>
    </Flex>
  );
}
