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

/** Everything an item says, as text to move elsewhere (its head's words as the problem, so its lead goes along). */
export function itemText(item: Item): MovedText {
  return { problem: headWords(item), measures: item.measures.paragraphs, progress: item.progress.paragraphs, subItems: item.subItems };
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

/** An item's texts as paragraphs, in print order: its head's words, measures, progress, then each sub-item's. */
export function itemParagraphs(item: Item): Paragraph[] {
  return [item, ...item.subItems].flatMap((entry) => [
    ...(headWords(entry).trim() === '' ? [] : [plainParagraph(headWords(entry))]),
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

/** An item's lead (the source's own head wording, or one typed), when it has one that prints. */
function leadOf(entry: Item | SubItem): string | null {
  const lead = 'leadOverride' in entry ? entry.leadOverride : null;
  return lead !== null && lead.trim() !== '' ? lead : null;
}

/**
 * The words an item's head holds: its lead when it has one (the problem
 * printed inside it, or the lead's words before a problem it does not
 * print), else its problem. What moves when the item's head becomes other
 * text, so no word of a lead is lost with it.
 */
export function headWords(entry: Item | SubItem): string {
  const lead = leadOf(entry);
  if (lead === null) return entry.problem;
  return lead.includes(entry.problem) ? lead : lead + entry.problem;
}

/**
 * An item whose problem grew by text at its end. A lead that prints the
 * problem keeps printing it: the grown problem takes the old one's place
 * inside the lead (关于“…”的问题。整改措施：). A lead that does not print it
 * no longer fits: its words go into the problem, in front, and it goes.
 */
export function growProblem(item: Item, added: string): Item {
  const lead = leadOf(item);
  const problem = item.problem + added;
  if (lead === null) return { ...item, problem, leadOverride: null };
  if (item.problem !== '' && lead.includes(item.problem))
    return { ...item, problem, leadOverride: replaceOnce(lead, item.problem, problem) };
  return { ...item, problem: headWords(item) + added, leadOverride: null };
}

/**
 * An item's problem cut before its last sentence: the item as it stays, and
 * the words that move on. A lead that prints the problem keeps printing what
 * stays of it; when none stays, the lead's words move on with the problem.
 * A lead that does not print the problem stays as it is: it never did.
 */
export function cutProblem(item: Item): { item: Item; moved: string } {
  const [stays, moved] = splitLastSentence(item.problem);
  const lead = leadOf(item);
  if (lead === null) return { item: { ...item, problem: stays, leadOverride: null }, moved };
  if (item.problem === '' || !lead.includes(item.problem)) return { item: { ...item, problem: stays }, moved };
  if (stays === '') return { item: { ...item, problem: '', leadOverride: null }, moved: lead };
  return { item: { ...item, problem: stays, leadOverride: replaceOnce(lead, item.problem, stays) }, moved };
}

function replaceOnce(text: string, part: string, by: string): string {
  const at = text.indexOf(part);
  return text.slice(0, at) + by + text.slice(at + part.length);
}

/**
 * Text appended to the end of an item without changing the order anything
 * prints in: into its last sub-item when it has some, and there into the
 * latest of problem / measures / progress that holds anything (a problem
 * joins the problem only while nothing follows it; otherwise it becomes a
 * paragraph where the entry ends). The problem changes only by growing, its
 * lead kept in step (growProblem).
 */
export function appendToItem(item: Item, text: MovedText): Item {
  const rest: MovedText = { ...text, subItems: [] };
  const last = item.subItems[item.subItems.length - 1];
  if (last) {
    const subItems = [...item.subItems.slice(0, -1), appendToEntry(last, rest), ...text.subItems];
    return { ...item, subItems };
  }
  const grown = appendToEntry(item, rest);
  const added = grown.problem.slice(item.problem.length);
  return { ...growProblem({ ...grown, problem: item.problem }, added), subItems: text.subItems };
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
  return {
    ...entry,
    problem,
    measures: { ...entry.measures, paragraphs: measures },
    progress: { ...entry.progress, paragraphs: progress },
  };
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
