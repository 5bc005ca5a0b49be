import { useCallback, useState } from 'react';
import type { ReviewOutcome } from '../../../../shared/import/review/review-ops';
import type { ReviewTarget } from '../../../../shared/import/review/review-target';
import type { Notice } from '../../../../shared/model/notice';

/** What the review says about the last correction: a note on where text went, or why it could not be done. */
export interface ReviewStatus {
  type: 'info' | 'warning';
  text: string;
}

interface Draft {
  /** The notice the importer made, which this draft started from. */
  base: Notice;
  notice: Notice;
  /** Earlier states, newest last, each with what was selected then. */
  past: { notice: Notice; selected: ReviewTarget | null }[];
  selected: ReviewTarget | null;
  status: ReviewStatus | null;
}

const fresh = (base: Notice): Draft => ({ base, notice: base, past: [], selected: null, status: null });

/**
 * The notice as corrected in the review, with the selection and undo of
 * every correction. A new import starts a new draft.
 */
export function useReviewDraft(imported: Notice) {
  const [draft, setDraft] = useState<Draft>(() => fresh(imported));
  // A different import replaces the draft at once (not an effect later, which would show the old one for a frame).
  const current = draft.base === imported ? draft : fresh(imported);
  if (current !== draft) setDraft(current);

  const select = useCallback((selected: ReviewTarget | null) => setDraft((d) => ({ ...d, selected, status: null })), []);

  const apply = useCallback((label: string, outcome: ReviewOutcome) => {
    setDraft((d) => {
      if (!outcome.ok) return { ...d, status: { type: 'warning', text: outcome.reason } };
      return {
        ...d,
        notice: outcome.notice,
        past: [...d.past, { notice: d.notice, selected: d.selected }],
        selected: outcome.select,
        status: { type: 'info', text: `已${label}。${outcome.note ?? ''}` },
      };
    });
  }, []);

  const undo = useCallback(() => {
    setDraft((d) => {
      const last = d.past[d.past.length - 1];
      if (!last) return d;
      return {
        ...d,
        notice: last.notice,
        selected: last.selected,
        past: d.past.slice(0, -1),
        status: { type: 'info', text: '已撤销上一次修改。' },
      };
    });
  }, []);

  return {
    notice: current.notice,
    selected: current.selected,
    status: current.status,
    canUndo: current.past.length > 0,
    changed: current.past.length > 0,
    select,
    apply,
    undo,
  };
}
