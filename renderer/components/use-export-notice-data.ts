import { App } from 'antd';
import { useState } from 'react';
import { useServices } from '../app/services';
import { errorText } from './error-text';

/** 导出数据 / 导出原始数据: asks where, writes the notice's data as JSON, and says where it went. */
export function useExportNoticeData(): { exporting: string | null; exportData: (noticeId: string, action: string) => Promise<void> } {
  const { api } = useServices();
  const { message } = App.useApp();
  const [exporting, setExporting] = useState<string | null>(null);
  const exportData = async (noticeId: string, action: string) => {
    setExporting(noticeId);
    try {
      const outcome = await api.exportNoticeData(noticeId);
      if (outcome.status === 'saved') message.success(`已导出：${outcome.path}`);
    } catch (error) {
      message.error(errorText(action, error));
    } finally {
      setExporting(null);
    }
  };
  return { exporting, exportData };
}
