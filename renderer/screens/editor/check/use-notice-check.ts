import { useEffect, useMemo, useState } from 'react';
import type { LayoutTemplates } from '../../../../shared/api';
import type { CheckContext } from '../../../../shared/check/check-notice';
import { checkResults, type CheckResults } from '../../../../shared/check/check-results';
import type { Finding } from '../../../../shared/check/finding';
import { describeFindingPlaces } from '../../../../shared/check/finding-place';
import { mergeRules } from '../../../../shared/check/merge-rules';
import type { Layout } from '../../../../shared/layout/layout';
import type { Notice } from '../../../../shared/model/notice';
import type { AppSettings } from '../../../../shared/model/settings';
import { useServices } from '../../../app/services';

/** The check's results with each shown finding's place in words, worked out once per check, not per drawing. */
export interface NoticeCheck extends CheckResults {
  places: ReadonlyMap<Finding, string>;
}

/** What the check reads besides the notice: its layout, the boilerplate, the word lists with the office's own. */
export function checkContext(layout: Layout, templates: LayoutTemplates, settings: Partial<AppSettings> | null): CheckContext {
  return {
    layout,
    boilerplate: templates.boilerplate,
    rules: mergeRules(templates.check, settings?.check),
    ...(settings?.tracking ? { statusLabels: settings.tracking.statusLabels } : {}),
  };
}

/** The notice checked now, with the places of what is shown. */
export function runCheck(notice: Notice, context: CheckContext): NoticeCheck {
  const results = checkResults(notice, context);
  const described = describeFindingPlaces(notice, results.shown, context.layout);
  const places = new Map(results.shown.map((finding, i) => [finding, described[i]!] as const));
  return { ...results, places };
}

const NOTHING: NoticeCheck = { shown: [], ignored: [], places: new Map() };

/** A pause in the changes this long lets the check run again: findings need not follow each keystroke, the preview does. */
const CHECK_PAUSE_MS = 250;

/**
 * 送审检查 while the user writes, when `active` (检查 is shown): the check
 * runs once the changes pause, so it never holds up a keystroke or the
 * preview's pages; a fix or an ignore (a change, too) is followed as fast.
 */
export function useNoticeCheck(notice: Notice, context: CheckContext, active: boolean): NoticeCheck {
  const checked = useSettled(notice, CHECK_PAUSE_MS);
  return useMemo(() => (active ? runCheck(checked, context) : NOTHING), [active, checked, context]);
}

/** The check's context, the same object while layout, templates and settings stay. */
export function useCheckContext(layout: Layout, settings: Partial<AppSettings> | null): CheckContext {
  const { templates } = useServices();
  return useMemo(() => checkContext(layout, templates, settings), [layout, templates, settings]);
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
