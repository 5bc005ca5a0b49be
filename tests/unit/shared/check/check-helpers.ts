import { expect } from 'vitest';
import { findLayout, loadLayoutTemplates } from '../../../../main/layout-templates/load-layout-templates';
import { applyFix } from '../../../../shared/check/apply-fixes';
import { checkNotice, type CheckContext } from '../../../../shared/check/check-notice';
import type { Finding } from '../../../../shared/check/finding';
import { createItem, createNotice } from '../../../../shared/model/factory';
import type { ChecklistNode, Item, Notice } from '../../../../shared/model/notice';
import { plainList, type Enumeration } from '../../../../shared/model/rich-text';

export const templates = loadLayoutTemplates();

export function contextFor(notice: Notice, extra: Partial<CheckContext> = {}): CheckContext {
  return { layout: findLayout(templates, notice.layoutId), boilerplate: templates.boilerplate, rules: templates.check, ...extra };
}

export function check(notice: Notice, extra: Partial<CheckContext> = {}): Finding[] {
  return checkNotice(notice, contextFor(notice, extra));
}

/** A complete, correct notice: every finding in it comes from what a test puts in. */
export function cleanNotice(layoutId = 'duizhao', items: ChecklistNode[] = [doneItem()]): Notice {
  const layout = findLayout(templates, layoutId);
  const notice = createNotice(
    {
      layoutId,
      partHeadings: templates.boilerplate.partHeadings,
      measuresEnumeration: layout.defaults.measures,
      progressEnumeration: layout.defaults.progress,
    },
    {
      issuer: '中共某某市民政局党组',
      issuerShort: '市民政局党组',
      round: '十四届市委第十轮',
      inspectionGroup: '市委第二巡察组',
      inspectionStart: '2020-05-19',
      inspectionEnd: '2020-06-19',
      feedbackDate: '2020-09-23',
      publicationDate: '2020-12-21',
      signature: '中共某某市民政局党组',
    },
  );
  notice.parts.organisation.body = plainList(['局党组召开专题会议，研究部署整改工作。']);
  notice.parts.nextSteps.body = plainList(['持续巩固整改成果。']);
  notice.checklist = items;
  return notice;
}

export function doneItem(fields: Partial<Item> = {}): Item {
  return createItem({
    problem: '班子分工不规范',
    measures: plainList(['严格按照要求调整分工。']),
    progress: plainList(['已印发分工通知。']),
    status: 'done',
    completedOn: '2020-09-22',
    ...fields,
  });
}

/** The findings of one paragraph of text put into the organisation part (in a list numbered as given). */
export function findingsIn(text: string | string[], enumeration: Enumeration = 'none', extra: Partial<CheckContext> = {}): Finding[] {
  const notice = cleanNotice();
  notice.parts.organisation.body = plainList(Array.isArray(text) ? text : [text], enumeration);
  return check(notice, extra).filter(
    (f) => f.match?.address.kind === 'part' && f.match.address.part === 'organisation' && f.match.address.field === 'body',
  );
}

export function rules(findings: readonly Finding[]): string[] {
  return findings.map((f) => f.rule);
}

/**
 * Applies each fix on its own to the notice and checks again: the finding
 * must be gone (one fewer of its rule, field and text), and nothing new may
 * turn up where it was.
 */
export function expectEachFixClears(notice: Notice, extra: Partial<CheckContext> = {}): void {
  const before = check(notice, extra);
  for (const finding of before.filter((f) => f.fix !== undefined)) {
    const fixed = applyFix(notice, finding);
    expect(fixed, finding.message).not.toBe(notice);
    const after = check(fixed, extra);
    const same = (f: Finding) => f.rule === finding.rule && f.match?.text === finding.match?.text && sameField(f, finding);
    expect(after.filter(same).length, `${finding.message}：修正后应消失`).toBe(before.filter(same).length - 1);
  }
}

function sameField(a: Finding, b: Finding): boolean {
  return JSON.stringify(a.match?.address) === JSON.stringify(b.match?.address) && a.match?.paragraph === b.match?.paragraph;
}

/** The text a finding's match range covers, read from the text it was found in. */
export function covered(text: string, finding: Finding): string {
  return text.slice(finding.match!.start, finding.match!.end);
}
