import { useCallback, useEffect, useRef, useState } from 'react';
import type { Api } from '../../../../shared/api';
import type { VersionSummary } from '../../../../shared/versions/version-types';
import { errorText } from '../../../components/error-text';

export interface VersionsList {
  versions: VersionSummary[] | null;
  loading: boolean;
  /** Why the list could not be read, in Chinese; null when it was. */
  failure: string | null;
  reload(): Promise<void>;
}

/** A notice's versions, read when the drawer opens and again after each change it makes. */
export function useVersionsList(api: Api, noticeId: string, open: boolean): VersionsList {
  const [versions, setVersions] = useState<VersionSummary[] | null>(null);
  const [loading, setLoading] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  // Only the newest request's answer is shown, should two overlap.
  const request = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++request.current;
    setLoading(true);
    try {
      const list = await api.listVersions(noticeId);
      if (mine !== request.current) return;
      setVersions(list);
      setFailure(null);
    } catch (error) {
      if (mine === request.current) setFailure(errorText('读取历史版本', error));
    } finally {
      if (mine === request.current) setLoading(false);
    }
  }, [api, noticeId]);

  useEffect(() => {
    if (open) void reload();
  }, [open, reload]);

  return { versions, loading, failure, reload };
}
