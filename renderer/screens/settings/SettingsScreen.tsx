import { App, Button, Card, Flex, Form, Result, Spin, Switch, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { useServices, useWritable } from '../../app/services';
import { ReadOnlyArea } from '../../components/read-only';
import { errorText } from '../../components/error-text';
import { useLeaveGuard, type Leaving } from '../../components/leave-guard';
import { BackupCard } from './BackupCard';
import { CheckWordsField } from './CheckWordsField';
import { DataLocation } from './DataLocation';
import { DefaultsFields } from './DefaultsFields';
import { FontFields } from './FontFields';
import { LedgerColumnsField } from './LedgerColumnsField';
import { TrackingFields } from './TrackingFields';
import { fromFormValues, toFormValues, type SettingsFormValues } from './settings-form';
import './settings.css';

interface Loaded {
  values: SettingsFormValues;
  databasePath: string;
}

/** 设置: the export's fonts, what a new notice starts with, the ledger's columns, where the data lives, and 备份与恢复. */
export function SettingsScreen() {
  const { api, templates } = useServices();
  const writable = useWritable();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<SettingsFormValues>();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const current = Form.useWatch((values: SettingsFormValues) => values, { form, preserve: true });
  const [savedAt, setSavedAt] = useState<string | null>(null);

  const load = useCallback(async () => {
    setFailure(null);
    try {
      const [settings, location] = await Promise.all([api.getSettings(), api.getDataLocation()]);
      setLoaded({ values: toFormValues(settings, templates.style), databasePath: location.databasePath });
    } catch (error) {
      setFailure(errorText('读取设置', error));
    }
  }, [api, templates.style]);

  useEffect(() => {
    void load();
  }, [load]);

  const dirty = loaded !== null && current !== undefined && isChanged(current, loaded.values, templates.style);
  const askToLeave = useCallback(
    (leaving: Leaving) =>
      new Promise<boolean>((resolve) => {
        leaving.asking();
        modal.confirm({
          title: '离开设置？',
          content: '有修改尚未保存，离开后这些修改将丢失。',
          okText: '离开',
          okButtonProps: { danger: true },
          cancelText: '留在此页',
          onOk: () => resolve(true),
          onCancel: () => resolve(false),
        });
      }),
    [modal],
  );
  useLeaveGuard(dirty, askToLeave);

  if (failure)
    return <Result status="error" title="无法读取设置" subTitle={failure} extra={<Button onClick={() => void load()}>重试</Button>} />;
  if (!loaded) return <Spin style={{ marginTop: 96 }} description="正在读取设置…" />;

  const save = async () => {
    setSaving(true);
    try {
      const values = form.getFieldsValue(true) as SettingsFormValues;
      const stored = await api.saveSettings(fromFormValues(values, templates.style));
      const next = toFormValues(stored, templates.style);
      form.setFieldsValue(next);
      setLoaded({ ...loaded, values: next });
      setSavedAt(dayjs().format('HH:mm'));
      message.success('已保存');
    } catch (error) {
      message.error(errorText('保存设置', error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="settings-screen">
      {/* A database that cannot be written keeps its settings as they are; backups still work below. */}
      <ReadOnlyArea readOnly={!writable}>
        <Form<SettingsFormValues>
          form={form}
          initialValues={loaded.values}
          layout="vertical"
          onFinish={save}
          onFinishFailed={() => message.error('有设置填写得不对，请按红字提示改正后再保存。')}
          scrollToFirstError={{ block: 'center' }}
        >
          <Flex align="center" justify="space-between" className="settings-header">
            <Typography.Title level={4} style={{ margin: 0 }}>
              设置
            </Typography.Title>
            <Flex align="center" gap={12}>
              <Typography.Text type={dirty ? 'warning' : 'secondary'} aria-live="polite">
                {dirty ? '有未保存的修改' : savedAt ? `已保存 ${savedAt}` : ''}
              </Typography.Text>
              <Button disabled={!dirty || saving} onClick={() => form.resetFields()}>
                放弃修改
              </Button>
              <Button type="primary" htmlType="submit" loading={saving}>
                保存
              </Button>
            </Flex>
          </Flex>

          <Flex vertical gap={16} className="settings-body">
            <Card title="导出字体" size="small">
              <Typography.Paragraph type="secondary">
                导出的 Word 文件只写字体名称，由打开文件的电脑提供字体。电脑上没有某个字体时，WPS 和 Word 依次使用备用字体。
              </Typography.Paragraph>
              <FontFields form={form} style={templates.style} />
              <Form.Item
                name="heading3Bold"
                valuePropName="checked"
                label="三级标题加粗"
                extra="“1.”这一级标题用粗体；公文格式默认不加粗。"
              >
                <Switch checkedChildren="加粗" unCheckedChildren="不加粗" />
              </Form.Item>
            </Card>
            <Card title="新通报的默认内容" size="small">
              <Typography.Paragraph type="secondary">新建空白通报或按版式新建时填入以下内容；已有通报不受影响。</Typography.Paragraph>
              <DefaultsFields form={form} />
            </Card>
            <Card title="整改台账" size="small">
              <Typography.Paragraph type="secondary">
                “导出台账”和导出 Word 时附带的台账，都按这里勾选的列和顺序排列。拖动左侧的把手或点击“上移”“下移”调整顺序。
              </Typography.Paragraph>
              <Form.Item
                name="ledgerColumns"
                rules={[{ validator: (_, columns?: unknown[]) => checkColumns(columns) }]}
                style={{ marginBottom: 0 }}
              >
                <LedgerColumnsField />
              </Form.Item>
            </Card>
            <Card title="整改跟踪" size="small">
              <Typography.Paragraph type="secondary">
                各整改状态在本单位的叫法。改名后，编辑页、整改总览、整改台账和整改概况的统计表述都使用新名称。
              </Typography.Paragraph>
              <TrackingFields />
            </Card>
            <Card title="送审检查" size="small">
              <Typography.Paragraph type="secondary">
                送审检查按程序自带的易混词表查找用词错误（如“截止目前”“其它”“再接再励”）。本单位常见的其他误写可在这里补充，检查时列为错误并可一键修正。
              </Typography.Paragraph>
              <Typography.Text strong>易混词（本单位补充）</Typography.Text>
              <div style={{ marginTop: 8 }}>
                <CheckWordsField />
              </div>
            </Card>
            <Card title="数据存放位置" size="small">
              <DataLocation databasePath={loaded.databasePath} />
            </Card>
          </Flex>
        </Form>
      </ReadOnlyArea>
      {/* Outside the form: its actions take effect at once, and Enter in its fields must not submit the settings. */}
      <div className="settings-backup">
        <BackupCard />
      </div>
    </div>
  );
}

/** The list never lets the last column go; this guards the value itself, whatever set it. */
async function checkColumns(columns: unknown[] | undefined): Promise<void> {
  if (!columns || columns.length === 0) throw new Error('台账至少要有一列');
}

/** Compares what would be saved, so that typing a space or restoring a default does not count as a change. */
function isChanged(current: SettingsFormValues, saved: SettingsFormValues, style: Parameters<typeof fromFormValues>[1]): boolean {
  try {
    return JSON.stringify(fromFormValues(current, style)) !== JSON.stringify(fromFormValues(saved, style));
  } catch {
    // Half-registered fields while the form mounts.
    return false;
  }
}
