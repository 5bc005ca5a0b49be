import { useEffect, useMemo, useState } from 'react';
import { checkNotice } from '../../../../shared/check/check-notice';
import type { Finding } from '../../../../shared/check/finding';
import { mergeRules } from '../../../../shared/check/merge-rules';
import type { TemplatesSnapshot } from '../../../../shared/api';
import type { Layout } from '../../../../shared/layout/layout';
import type { AppSettings } from '../../../../shared/model/settings';
import type { Notice } from '../../../../shared/model/notice';
import { useServices } from '../../../app/services';

export interface NoticeCheck {
  /** What the check finds that the user has not chosen to 忽略. */
  shown: Finding[];
  /** What it finds that the user chose to 忽略 for this notice. */
  ignored: Finding[];
}

/** The notice checked now, with the office's own words, split into what is shown and what was ignored. */
export function runCheck(notice: Notice, layout: Layout, templates: TemplatesSnapshot, settings: Partial<AppSettings> | null): NoticeCheck {
  const findings = checkNotice(notice, { layout, boilerplate: templates.boilerplate, rules: mergeRules(templates.check, settings?.check) });
  const ignoredKeys = new Set(notice.meta.ignoredFindings ?? []);
  return {
    shown: findings.filter((finding) => !ignoredKeys.has(finding.key)),
    ignored: findings.filter((finding) => ignoredKeys.has(finding.key)),
  };
}

const NOTHING: NoticeCheck = { shown: [], ignored: [] };

/** A pause in the changes this long lets the check run again: findings need not follow each keystroke, the preview does. */
const CHECK_PAUSE_MS = 250;

/**
 * 送审检查 while the user writes, when `active` (the pane is open): the check
 * runs once the changes pause, so it never holds up a keystroke or the
 * preview's pages; a fix or an ignore (a change, too) is followed as fast.
 */
export function useNoticeCheck(notice: Notice, layout: Layout, settings: Partial<AppSettings> | null, active: boolean): NoticeCheck {
  const { templates } = useServices();
  const checked = useSettled(notice, CHECK_PAUSE_MS);
  return useMemo(() => (active ? runCheck(checked, layout, templates, settings) : NOTHING), [active, checked, layout, templates, settings]);
}

/** The value once it has stayed the same for `pause` ms (the first value at once). */
function useSettled<T>(value: T, pause: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), pause);
    return () => clearTimeout(timer);
  }, [value, pause]);
  return settled;
}
