import type { NoticeStatus } from '../../../shared/model/notice';

/** Tag colours by approval status: a draft is plain, a notice out for approval stands out, a final one is done. */
export const STATUS_COLORS: Record<NoticeStatus, string> = {
  draft: 'default',
  review: 'gold',
  final: 'green',
};
