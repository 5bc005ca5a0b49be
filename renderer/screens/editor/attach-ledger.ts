import { useSessionFlag } from '../../components/use-session-flag';

/** 附带台账: one choice for the session, shared by 导出 Word and the preview, which shows the ledger when it is attached. */
export function useAttachLedger(): [boolean, (value: boolean) => void] {
  return useSessionFlag('export.attachLedger', false);
}
