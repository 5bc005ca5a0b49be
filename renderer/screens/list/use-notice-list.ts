import { useCallback, useEffect, useState } from 'react';
import type { NoticeSummary } from '../../../shared/model/notice-summary';
import { useServices } from '../../app/services';
import { errorText } from '../../components/error-text';

export interface NoticeList {
  /** Null until the first answer. */
  notices: NoticeSummary[] | null;
  loading: boolean;
  /** Why the list could not be read, in Chinese. */
  failure: string | null;
  reload: () => Promise<void>;
}

/** The notices as the database holds them, newest change first (the order listNotices answers). */
export function useNoticeList(): NoticeList {
  const { api } = useServices();
  const [notices, setNotices] = useState<NoticeSummary[] | null>(null);
  const [loading, setLoading] = useState(true);
  const [failure, setFailure] = useState<string | null>(null);

  const reload = useCallback(async () => {
    setLoading(true);
    try {
      setNotices(await api.listNotices());
      setFailure(null);
    } catch (error) {
      setFailure(errorText('读取通报列表', error));
    } finally {
      setLoading(false);
    }
  }, [api]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { notices, loading, failure, reload };
}
