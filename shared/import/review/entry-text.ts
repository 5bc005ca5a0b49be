import type { Item, SubItem } from '../../model/notice';
import { paragraphText, plainParagraph, type Paragraph } from '../../model/rich-text';

/**
 * Text moved into an item, in document order: a problem (or a title) first,
 * then paragraphs that were measures, then paragraphs that were progress,
 * then whole sub-items.
 */
export interface MovedText {
  problem: string;
  measures: Paragraph[];
  progress: Paragraph[];
  subItems: SubItem[];
}

export const NO_TEXT: MovedText = { problem: '', measures: [], progress: [], subItems: [] };

/** Everything an item says, as text to move elsewhere. */
export function itemText(item: Item): MovedText {
  return { problem: item.problem, measures: item.measures.paragraphs, progress: item.progress.paragraphs, subItems: item.subItems };
}

/** Whether an item holds anything besides its problem: text, sub-items, or facts a user filled in. */
export function holdsMoreThanProblem(item: Item): boolean {
  return item.measures.paragraphs.length > 0 || item.progress.paragraphs.length > 0 || item.subItems.length > 0 || holdsFacts(item);
}

/** Facts that only an item can hold (responsible, dates, figures): turning it into a paragraph would lose them. */
export function holdsFacts(item: Item): boolean {
  const { figures } = item;
  return (
    item.responsibleLeader.trim() !== '' ||
    item.responsibleUnit.trim() !== '' ||
    item.deadline !== null ||
    item.completedOn !== null ||
    Object.values(figures).some((value) => value !== null)
  );
}

/** An item's texts as paragraphs, in print order: problem, measures, progress, then each sub-item's. */
export function itemParagraphs(item: Item): Paragraph[] {
  return [item, ...item.subItems].flatMap((entry) => [
    ...(entry.problem.trim() === '' ? [] : [plainParagraph(entry.problem)]),
    ...entry.measures.paragraphs,
    ...entry.progress.paragraphs,
  ]);
}

/** Paragraphs run into one string (bold is a mark, not text: the characters all stay). */
export function joinedText(paragraphs: readonly Paragraph[]): string {
  return paragraphs.map(paragraphText).join('');
}

/** Two paragraphs as one, every run kept. */
export function joinParagraphs(first: Paragraph, second: Paragraph): Paragraph {
  return { ...first, children: [...first.children, ...second.children] };
}

/**
 * Text appended to the end of an item without changing the order anything
 * prints in: into its last sub-item when it has some, and there into the
 * latest of problem / measures / progress that holds anything (a problem
 * joins the problem only while nothing follows it; otherwise it becomes a
 * paragraph where the entry ends). The problem changes only by growing, and
 * a lead written for the old problem would no longer print it: it goes.
 */
export function appendToItem(item: Item, text: MovedText): Item {
  const rest: MovedText = { ...text, subItems: [] };
  const last = item.subItems[item.subItems.length - 1];
  if (last) {
    const subItems = [...item.subItems.slice(0, -1), appendToEntry(last, rest), ...text.subItems];
    return { ...item, subItems };
  }
  const grown = appendToEntry(item, rest);
  const problemChanged = grown.problem !== item.problem;
  return { ...grown, subItems: text.subItems, leadOverride: problemChanged ? null : item.leadOverride };
}

function appendToEntry<T extends Item | SubItem>(entry: T, text: MovedText): T {
  let slot = entry.progress.paragraphs.length > 0 ? 2 : entry.measures.paragraphs.length > 0 ? 1 : 0;
  let problem = entry.problem;
  let measures = entry.measures.paragraphs;
  let progress = entry.progress.paragraphs;
  const push = (at: number, paragraphs: Paragraph[]) => {
    if (at === 1) measures = [...measures, ...paragraphs];
    else progress = [...progress, ...paragraphs];
  };
  if (text.problem !== '') {
    if (slot === 0) problem += text.problem;
    else push(slot, [plainParagraph(text.problem)]);
  }
  if (text.measures.length > 0) {
    slot = Math.max(slot, 1);
    push(slot, text.measures);
  }
  if (text.progress.length > 0) push(2, text.progress);
  return { ...entry, problem, measures: { ...entry.measures, paragraphs: measures }, progress: { ...entry.progress, paragraphs: progress } };
}

/**
 * A problem cut before its last sentence: [what stays, the last sentence].
 * A sentence ends at 。！？； (with any closing quote after it); a problem of
 * one sentence is all moved.
 */
export function splitLastSentence(problem: string): [string, string] {
  const sentences = problem.match(/[^。！？；!?;]*(?:[。！？；!?;]+[”’」』）)]*|$)/gu)?.filter((s) => s !== '') ?? [];
  if (sentences.length <= 1) return ['', problem];
  const last = sentences[sentences.length - 1]!;
  return [problem.slice(0, problem.length - last.length), last];
}
