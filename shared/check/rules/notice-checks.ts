import { STAGE_LABELS, type NoticeMeta, type Stage } from '../../model/notice';
import { formatChineseDate } from '../../text/dates';
import type { Finding, FindingCategory, Severity } from '../finding';
import { META_SELECTION } from '../../document/notice-fields';
import { spotMaker, type Spot } from './spot';

const makeSpot = spotMaker('completeness');

/** A finding about the notice as a whole or its metadata, before its key is given. */
export type Unkeyed = Omit<Finding, 'key'>;

function about(rule: string, category: FindingCategory, severity: Severity, message: string): Unkeyed {
  return { rule, category, severity, message, match: null, selection: META_SELECTION };
}

const date = (value: string) => formatChineseDate(value);

/** Dates of the metadata that cannot all be true: an inspection that ends before it starts, feedback after publication or before the inspection ended. */
export function metaDates(meta: NoticeMeta): Unkeyed[] {
  const out: Unkeyed[] = [];
  const { inspectionStart: start, inspectionEnd: end, feedbackDate: feedback, publicationDate: published } = meta;
  // ISO dates compare as strings.
  if (start && end && end < start) {
    out.push(about('dates.inspection-period', 'dates', 'error', `巡察结束日期（${date(end)}）早于开始日期（${date(start)}）`));
  }
  if (feedback && end && feedback < end) {
    out.push(
      about(
        'dates.feedback-before-end',
        'dates',
        'error',
        `反馈日期（${date(feedback)}）早于巡察结束日期（${date(end)}），巡察结束后才会反馈意见`,
      ),
    );
  } else if (feedback && start && !end && feedback < start) {
    out.push(about('dates.feedback-before-end', 'dates', 'error', `反馈日期（${date(feedback)}）早于巡察开始日期（${date(start)}）`));
  }
  if (feedback && published && published < feedback) {
    out.push(
      about(
        'dates.feedback-after-publication',
        'dates',
        'error',
        `反馈日期（${date(feedback)}）晚于发布日期（${date(published)}），通报应在反馈之后发布`,
      ),
    );
  }
  return out;
}

/**
 * A title or opening left empty (an import that found none keeps it empty
 * rather than making one up): the notice would print without it.
 */
export function emptyTitleOrOpening(meta: NoticeMeta): Unkeyed[] {
  const out: Unkeyed[] = [];
  if (meta.titleOverride !== null && meta.titleOverride.trim() === '') {
    out.push(
      about('completeness.title', 'completeness', 'error', '没有标题：请在“标题与开头”中填写标题，或清空自定义标题改用自动生成的标题'),
    );
  }
  if (meta.openingOverride !== null && meta.openingOverride.trim() === '') {
    out.push(
      about('completeness.opening', 'completeness', 'error', '没有开头段：请在“标题与开头”中填写开头段（根据…统一部署，…进行了巡察…）'),
    );
  }
  return out;
}

/** The signature block: an organisation and a date (GB/T 9704 7.3.5). */
export function signatureParts(meta: NoticeMeta): Unkeyed[] {
  const out: Unkeyed[] = [];
  if (meta.signature.trim() === '' && meta.issuer.trim() === '') {
    out.push(about('completeness.signature', 'completeness', 'error', '没有落款：请在“标题与开头”中填写发文机关或落款单位'));
  }
  if (!meta.publicationDate) {
    out.push(about('completeness.publication-date', 'completeness', 'error', '没有成文日期：落款下应有日期，请填写发布日期'));
  }
  return out;
}

/** The phrases that name a stage in a title or an opening (巡察整改阶段性进展情况, 巡察整改进展情况, 巡察整改情况的通报). */
const STAGE_PHRASES: { stage: Stage; pattern: RegExp }[] = [
  { stage: 'interim', pattern: /阶段性进展/gu },
  { stage: 'progress', pattern: /(?<!阶段性)进展(?=(?:落实)?情况)/gu },
  { stage: 'final', pattern: /(?<=巡[察视](?:反馈意见)?)整改(?:落实)?情况(?=的通报|予以公布)/gu },
];

/**
 * Words naming another stage than the notice's: in a title or opening
 * written by hand (the generated ones follow the stage), an error; 阶段性进展
 * in a part of a final report, a hint.
 */
export function stageWording(stage: Stage, strict: boolean): (text: string) => Spot[] {
  return (text) => {
    const spots: Spot[] = [];
    for (const { stage: named, pattern } of STAGE_PHRASES) {
      if (named === stage || (!strict && named !== 'interim') || (!strict && stage !== 'final')) continue;
      for (const match of text.matchAll(pattern)) {
        const message = `“${match[0]}”与本通报的阶段“${STAGE_LABELS[stage]}”不符${strict ? '，标题、开头所写阶段应与通报阶段一致' : '，请核对'}`;
        spots.push(makeSpot('completeness.stage', strict ? 'error' : 'hint', message, match.index, match.index + match[0].length));
      }
    }
    return spots;
  };
}
