/**
 * The phrases that hand over from one part of an item to the next: the
 * measures decided (整改措施：) and what has been done (具体整改落实情况如下：,
 * 整改情况：, 整改进展情况：, 落实情况：).
 */
const PROGRESS_LEAD =
  /^(?:目前|当前|截至目前)?[，]?(?:具体)?(?:的)?(?:整改(?:落实|完成|推进|进展)?(?:情况|进展|进度|成效|结果)|(?:落实|完成|进展)情况)(?:如下)?[：]/u;
const MEASURES_LEAD = /^(?:主要|具体)?(?:的)?(?:整改)?措施(?:如下)?[：]/u;

/** The progress lead a paragraph opens with (具体整改落实情况如下：), or null. */
export function progressLead(text: string): string | null {
  return PROGRESS_LEAD.exec(text)?.[0] ?? null;
}

/** The measures lead a paragraph opens with (整改措施：), or null. */
export function measuresLead(text: string): string | null {
  return MEASURES_LEAD.exec(text)?.[0] ?? null;
}

/** The paragraph without a lead it opens with. */
export function withoutLead(text: string): string {
  const lead = progressLead(text) ?? measuresLead(text);
  return lead ? text.slice(lead.length) : text;
}
