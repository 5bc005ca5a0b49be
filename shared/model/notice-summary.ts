import type { NoticeStatus, Stage } from './notice';

/** One line of the notice list (通报列表). */
export interface NoticeSummary {
  id: string;
  title: string;
  stage: Stage;
  status: NoticeStatus;
  updatedAt: string;
  /**
   * Items still to see to: 待更新 (carried over, progress not yet edited),
   * overdue and due soon (by the deadline rules and the settings' warning
   * days, on the day the list was read). Absent for a damaged notice.
   */
  attention?: NoticeAttention;
  /**
   * Set when the stored data of this notice cannot be read as a notice (a
   * damaged or hand-edited row): why, in Chinese. The list shows it as
   * damaged, offers its raw data for export, and still opens every other one.
   */
  damaged?: string;
}

export interface NoticeAttention {
  needsUpdate: number;
  overdue: number;
  dueSoon: number;
}
