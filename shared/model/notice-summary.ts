import type { NoticeStatus, Stage } from './notice';

/** One line of the notice list (通报列表). */
export interface NoticeSummary {
  id: string;
  title: string;
  stage: Stage;
  status: NoticeStatus;
  updatedAt: string;
}
