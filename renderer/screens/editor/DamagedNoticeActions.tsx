import { Button, Space } from 'antd';
import { useExportNoticeData } from '../../components/use-export-notice-data';

/** Under “无法打开这份通报”: get the notice's stored data out as a file, or go back. */
export function DamagedNoticeActions({ noticeId, onBack }: { noticeId: string; onBack: () => void }) {
  const { exporting, exportData } = useExportNoticeData();
  return (
    <Space>
      <Button loading={exporting === noticeId} onClick={() => void exportData(noticeId, '导出原始数据')}>
        导出原始数据
      </Button>
      <Button type="primary" onClick={onBack}>
        返回列表
      </Button>
    </Space>
  );
}
