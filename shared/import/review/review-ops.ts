import { createGroup, createItem } from '../../model/factory';
import { MAX_GROUP_DEPTH, type ChecklistNode, type Item, type Notice } from '../../model/notice';
import { paragraphText, plainParagraph, type Paragraph } from '../../model/rich-text';
import { describeIssues, noticeSchema } from '../../model/schemas';
import { findNode } from '../../model/tree';
import { indentNode, outdentNode, updateNode } from '../../model/tree-ops';
import {
  appendToItem,
  cutProblem,
  growProblem,
  headWords,
  holdsFacts,
  holdsMoreThanProblem,
  itemParagraphs,
  itemText,
  joinedText,
  joinParagraphs,
  NO_TEXT,
} from './entry-text';
import type { EntryField, NarrativePart, ReviewTarget } from './review-target';

/**
 * The corrections the import review offers, as pure functions on the unsaved
 * notice. Each keeps every character of text, and the order the notice prints
 * its texts in unless it says otherwise (升级 of a node in the middle of its
 * group); each answers a valid notice with what to select next, or a Chinese
 * reason why it cannot be done here. An item's lead (leadOverride, the
 * source's own head wording) is text too: it is kept in step with a problem
 * that changes, or its words go where the item's head goes (entry-text).
 */
export type ReviewOutcome = { ok: true; notice: Notice; select: ReviewTarget | null; note?: string } | { ok: false; reason: string };

export type ReviewKind = 'group' | 'item' | 'narrative';

type Refusal = { ok: false; reason: string };
const refuse = (reason: string): Refusal => ({ ok: false, reason });

/** 改为分组 / 改为问题 / 改为叙述段落. */
export function changeKind(notice: Notice, target: ReviewTarget, to: ReviewKind): ReviewOutcome {
  if (target.kind === 'paragraph') return refuse('请选中一个分组、问题或叙述段落，再改变它的类型。');
  if (target.kind === 'narrative') return narrativeToNode(notice, target.part, target.index, to);
  const found = findNode(notice.checklist, target.id);
  if (!found) return refuse('找不到选中的条目。');
  const { node, depth } = found;
  if (to === node.kind) return refuse(node.kind === 'group' ? '它已经是分组。' : '它已经是问题。');
  if (to === 'narrative') return nodeToNarrative(notice, node);
  if (node.kind === 'group') {
    const item = createItem({ problem: node.title });
    const note = node.children.length > 0 ? `分组中原有的 ${node.children.length} 项已排在这个问题之后，与它同级。` : undefined;
    return done(
      { ...notice, checklist: replaceNode(notice.checklist, node.id, [item, ...node.children]) },
      { kind: 'node', id: item.id },
      note,
    );
  }
  if (depth >= MAX_GROUP_DEPTH)
    return refuse(`分组最多 ${MAX_GROUP_DEPTH} 层：这个问题已在第二层分组中，不能再改为分组。可先升级，再改为分组。`);
  // Its own measures and progress (and what only an item holds) stay together in a first item; its sub-items, problems in their own right, become the group's items.
  const own = { ...node, problem: '', subItems: [], leadOverride: null };
  const keepsOwn = holdsMoreThanProblem(own);
  const items = node.subItems.map((sub) => createItem({ ...sub, status: node.status }));
  const group = createGroup(headWords(node), [...(keepsOwn ? [own] : []), ...items]);
  const notes = [
    ...(keepsOwn ? ['原有的整改措施和整改情况已放入这个分组下的第一个问题（其反馈问题暂为空），请核对。'] : []),
    ...(items.length > 0 ? [`它的 ${items.length} 个子问题已成为分组中的问题。`] : []),
  ];
  const note = notes.length > 0 ? notes.join('') : undefined;
  return done({ ...notice, checklist: replaceNode(notice.checklist, node.id, [group]) }, { kind: 'node', id: group.id }, note);
}

/**
 * A node becomes narrative text where narrative text can stand without
 * moving anything past it: the first node goes to the end of part 二's
 * paragraphs before the checklist, the last to the start of part 三.
 * A group's title becomes the paragraph and its children stay where it was.
 */
function nodeToNarrative(notice: Notice, node: ChecklistNode): ReviewOutcome {
  if (node.kind === 'item' && holdsFacts(node)) return refuse('这个问题填有责任单位、时限或数字等信息，改为叙述段落会丢失这些信息。');
  const order = preorder(notice.checklist);
  const index = order.indexOf(node);
  const paragraphs = node.kind === 'group' ? (node.title.trim() === '' ? [] : [plainParagraph(node.title)]) : itemParagraphs(node);
  const checklist = replaceNode(notice.checklist, node.id, node.kind === 'group' ? node.children : []);
  if (index === 0) {
    const at = notice.parts.checklist.body.paragraphs.length;
    const next = withPart({ ...notice, checklist }, 'checklist', [...notice.parts.checklist.body.paragraphs, ...paragraphs]);
    return done(
      next,
      paragraphs.length > 0 ? { kind: 'narrative', part: 'checklist', index: at } : null,
      '已移入第二部分问题清单之前的叙述段落。',
    );
  }
  if (index === order.length - 1) {
    const next = withPart({ ...notice, checklist }, 'nextSteps', [...paragraphs, ...notice.parts.nextSteps.body.paragraphs]);
    return done(next, paragraphs.length > 0 ? { kind: 'narrative', part: 'nextSteps', index: 0 } : null, '已移入第三部分，排在最前。');
  }
  return refuse('只有问题清单的第一项或最后一项可以改为叙述段落：它前后都是清单中的条目，叙述段落放不到这里。可改用“与上一条合并”。');
}

/**
 * A narrative paragraph becomes a node of the checklist where that keeps
 * the order: one of part 二's paragraphs before the checklist goes to the
 * top of the checklist (as a problem, the paragraphs after it become its
 * measures; as a group, only the last paragraph can go), the first paragraph
 * of part 三 to the end of the checklist.
 */
function narrativeToNode(notice: Notice, part: NarrativePart, index: number, to: ReviewKind): ReviewOutcome {
  if (to === 'narrative') return refuse('它已经是叙述段落。');
  const body = notice.parts[part].body.paragraphs;
  const paragraph = body[index];
  if (!paragraph) return refuse('找不到选中的段落。');
  const text = paragraphText(paragraph);
  if (part === 'organisation') return refuse('第一部分的段落不能改为问题或分组：问题清单在第二部分。');
  if (part === 'nextSteps') {
    if (index !== 0) return refuse('第三部分只有第一段紧接问题清单，只有它可以改为问题或分组。');
    const node = to === 'group' ? createGroup(text) : createItem({ problem: text });
    const next = withPart({ ...notice, checklist: [...notice.checklist, node] }, 'nextSteps', body.slice(1));
    return done(next, { kind: 'node', id: node.id }, '已排在问题清单的最后（最上层）。');
  }
  const after = body.slice(index + 1);
  if (to === 'group') {
    if (after.length > 0) return refuse('只有紧挨问题清单的最后一段可以改为分组：它后面的段落放不进分组。可先把后面的段落改为问题。');
    const group = createGroup(text);
    const next = withPart({ ...notice, checklist: [group, ...notice.checklist] }, 'checklist', body.slice(0, index));
    return done(next, { kind: 'node', id: group.id }, '新分组排在问题清单的最前，暂无内容：可把它下面的问题降级移入。');
  }
  const item = createItem({ problem: text, measures: { enumeration: 'none', paragraphs: after } });
  const next = withPart({ ...notice, checklist: [item, ...notice.checklist] }, 'checklist', body.slice(0, index));
  return done(next, { kind: 'node', id: item.id }, after.length > 0 ? `它后面的 ${after.length} 段已作为这个问题的整改措施。` : undefined);
}

/** 降级: into the group just above, at its end. */
export function demote(notice: Notice, target: ReviewTarget): ReviewOutcome {
  if (target.kind !== 'node') return refuse('叙述段落和段落没有层级，不能升级或降级。');
  const found = findNode(notice.checklist, target.id);
  if (!found) return refuse('找不到选中的条目。');
  const previous = found.siblings[found.siblings.indexOf(found.node) - 1];
  if (!previous) return refuse('上方没有同级的分组，无法降级。');
  if (previous.kind !== 'group') return refuse('上方相邻的是问题而不是分组，无法降级。可先把上方的问题改为分组。');
  const checklist = indentNode(notice.checklist, target.id);
  if (!checklist) return refuse(`分组最多 ${MAX_GROUP_DEPTH} 层，降级后会超过 ${MAX_GROUP_DEPTH} 层。`);
  return done({ ...notice, checklist }, target);
}

/** 升级: out of its group, right after it. */
export function promote(notice: Notice, target: ReviewTarget): ReviewOutcome {
  if (target.kind !== 'node') return refuse('叙述段落和段落没有层级，不能升级或降级。');
  const found = findNode(notice.checklist, target.id);
  if (!found) return refuse('找不到选中的条目。');
  if (!found.parent) return refuse('已在最上层，无法升级。');
  const checklist = outdentNode(notice.checklist, target.id);
  if (!checklist) return refuse(`分组最多 ${MAX_GROUP_DEPTH} 层，升级后会超过 ${MAX_GROUP_DEPTH} 层。`);
  const left = found.siblings.length - 1 - found.siblings.indexOf(found.node);
  return done({ ...notice, checklist }, target, left > 0 ? `已排在原分组之后；原分组中排在它后面的 ${left} 项仍在分组中。` : undefined);
}

/** 与上一条合并: the target's text joins what comes just before it in the notice. */
export function mergeWithPrevious(notice: Notice, target: ReviewTarget): ReviewOutcome {
  if (target.kind === 'paragraph') return mergeParagraph(notice, target.itemId, target.field, target.index);
  if (target.kind === 'narrative') return mergeNarrative(notice, target.part, target.index);
  const order = preorder(notice.checklist);
  const node = order.find((n) => n.id === target.id);
  if (!node) return refuse('找不到选中的条目。');
  const previous = order[order.indexOf(node) - 1];
  if (!previous) return refuse('这是问题清单的第一项，前面是叙述段落：可先把它改为叙述段落，再与上一段合并。');
  const moved = node.kind === 'group' ? { ...NO_TEXT, problem: node.title } : itemText(node);
  const rest = node.kind === 'group' ? node.children : [];
  if (previous.kind === 'item') {
    if (node.kind === 'item' && holdsFacts(node)) return refuse('这个问题填有责任单位、时限或数字等信息，合并会丢失这些信息。');
    const grown = appendToItem(previous, moved);
    const checklist = replaceNode(
      updateNode(notice.checklist, previous.id, () => grown),
      node.id,
      rest,
    );
    return done({ ...notice, checklist }, { kind: 'node', id: previous.id });
  }
  if (node.kind === 'item') {
    if (holdsMoreThanProblem(node))
      return refuse('上一条是分组：分组只有标题，放不下这个问题的整改措施和整改情况。可先把它改为分组，再合并。');
    const checklist = replaceNode(
      updateNode(notice.checklist, previous.id, (g) => ({ ...g, title: (g as { title: string }).title + headWords(node) })),
      node.id,
      [],
    );
    return done({ ...notice, checklist }, { kind: 'node', id: previous.id });
  }
  // Two groups: the titles join; the second's children take its place (inside the first when it was the first's first child).
  const firstChild = previous.children[0] === node;
  let checklist = replaceNode(notice.checklist, node.id, firstChild ? rest : []);
  checklist = updateNode(checklist, previous.id, (g) =>
    g.kind === 'group' ? { ...g, title: g.title + node.title, children: firstChild ? g.children : [...g.children, ...rest] } : g,
  );
  return done({ ...notice, checklist }, { kind: 'node', id: previous.id });
}

function mergeNarrative(notice: Notice, part: NarrativePart, index: number): ReviewOutcome {
  const body = notice.parts[part].body.paragraphs;
  const paragraph = body[index];
  if (!paragraph) return refuse('找不到选中的段落。');
  if (index > 0) {
    const joined = [...body.slice(0, index - 1), joinParagraphs(body[index - 1]!, paragraph), ...body.slice(index + 1)];
    return done(withPart(notice, part, joined), { kind: 'narrative', part, index: index - 1 });
  }
  const last = preorder(notice.checklist).at(-1);
  if (part === 'nextSteps' && last?.kind === 'item') {
    const grown = appendToItem(last, { ...NO_TEXT, measures: [paragraph] });
    const next = withPart({ ...notice, checklist: updateNode(notice.checklist, last.id, () => grown) }, part, body.slice(1));
    return done(next, { kind: 'node', id: last.id }, '已并入问题清单最后一个问题的末尾。');
  }
  return refuse('这是本部分的第一段，前面没有可以合并的段落。');
}

/** An item's paragraph joins the text just before it in the item: the previous paragraph, else the problem. */
function mergeParagraph(notice: Notice, itemId: string, field: EntryField, index: number): ReviewOutcome {
  return withItem(notice, itemId, (item) => {
    if (field === 'problem') return refuse('反馈问题是这个问题的第一段，前面没有可以合并的段落。');
    const list = item[field].paragraphs;
    const paragraph = list[index];
    if (!paragraph) return refuse('找不到选中的段落。');
    if (index > 0) {
      const paragraphs = [...list.slice(0, index - 1), joinParagraphs(list[index - 1]!, paragraph), ...list.slice(index + 1)];
      return { item: { ...item, [field]: { ...item[field], paragraphs } }, select: { kind: 'paragraph', itemId, field, index: index - 1 } };
    }
    const rest = list.slice(1);
    if (field === 'progress' && item.measures.paragraphs.length > 0) {
      const measures = item.measures.paragraphs;
      const joined = [...measures.slice(0, -1), joinParagraphs(measures[measures.length - 1]!, paragraph)];
      return {
        item: { ...item, measures: { ...item.measures, paragraphs: joined }, progress: { ...item.progress, paragraphs: rest } },
        select: { kind: 'paragraph', itemId, field: 'measures', index: joined.length - 1 },
      };
    }
    return {
      item: { ...growProblem(item, paragraphText(paragraph)), [field]: { ...item[field], paragraphs: rest } },
      select: { kind: 'paragraph', itemId, field: 'problem', index: 0 },
    };
  });
}

/**
 * 从此段拆分: the paragraph becomes the problem of a new item right after
 * this one, which takes everything that followed it (the rest of its list,
 * the progress after measures, the sub-items).
 */
export function splitAt(notice: Notice, target: ReviewTarget): ReviewOutcome {
  if (target.kind !== 'paragraph') return refuse('请选中问题中的一段整改措施或整改情况，再从此段拆分。');
  if (target.field === 'problem') return refuse('反馈问题不能拆分：请选中整改措施或整改情况中的一段。');
  const found = findNode(notice.checklist, target.itemId);
  if (!found || found.node.kind !== 'item') return refuse('找不到选中的问题。');
  const item = found.node;
  const field = target.field;
  const list = item[field].paragraphs;
  const paragraph = list[target.index];
  if (!paragraph) return refuse('找不到选中的段落。');
  const after = list.slice(target.index + 1);
  const fresh = createItem({
    problem: paragraphText(paragraph),
    status: item.status,
    measures: { ...item.measures, paragraphs: field === 'measures' ? after : [] },
    progress: { ...item.progress, paragraphs: field === 'measures' ? item.progress.paragraphs : after },
    subItems: item.subItems,
  });
  const kept: Item = {
    ...item,
    measures: { ...item.measures, paragraphs: field === 'measures' ? list.slice(0, target.index) : item.measures.paragraphs },
    progress: { ...item.progress, paragraphs: field === 'measures' ? [] : list.slice(0, target.index) },
    subItems: [],
  };
  return done({ ...notice, checklist: replaceNode(notice.checklist, item.id, [kept, fresh]) }, { kind: 'node', id: fresh.id });
}

/**
 * 移至问题 / 移至整改措施 / 移至整改情况: the boundary between problem,
 * measures and progress moves, so the text keeps its order. Moving a
 * paragraph takes along those between it and where it goes (a measure to
 * the progress takes the measures after it); from the problem, its last
 * sentence moves (a problem that took in the first measure).
 */
export function moveParagraph(notice: Notice, target: ReviewTarget, to: EntryField): ReviewOutcome {
  if (target.kind !== 'paragraph') return refuse('请选中问题中的一段，再移动它。');
  const { itemId, field, index } = target;
  if (field === to) return refuse('这一段已经在这里。');
  return withItem(notice, itemId, (item) => {
    const measures = item.measures.paragraphs;
    const progress = item.progress.paragraphs;
    const lists = (m: Paragraph[], p: Paragraph[]) => ({
      measures: { ...item.measures, paragraphs: m },
      progress: { ...item.progress, paragraphs: p },
    });
    if (field === 'problem') {
      if (item.problem === '') return refuse('反馈问题是空的，没有可以移动的文字。');
      if (to === 'progress' && measures.length > 0) return refuse('反馈问题和整改情况之间还有整改措施：请移至整改措施。');
      const cut = cutProblem(item);
      const paragraph = plainParagraph(cut.moved);
      const next = to === 'measures' ? lists([paragraph, ...measures], progress) : lists(measures, [paragraph, ...progress]);
      return { item: { ...cut.item, ...next }, select: { kind: 'paragraph', itemId, field: to, index: 0 } };
    }
    const list = item[field].paragraphs;
    if (!list[index]) return refuse('找不到选中的段落。');
    if (field === 'measures' && to === 'progress') {
      return {
        item: { ...item, ...lists(measures.slice(0, index), [...measures.slice(index), ...progress]) },
        select: { kind: 'paragraph', itemId, field: to, index: 0 },
      };
    }
    if (field === 'progress' && to === 'measures') {
      const moved = progress.slice(0, index + 1);
      return {
        item: { ...item, ...lists([...measures, ...moved], progress.slice(index + 1)) },
        select: { kind: 'paragraph', itemId, field: to, index: measures.length + index },
      };
    }
    // To the problem: the paragraphs up to this one join the end of the problem.
    if (field === 'progress' && measures.length > 0) return refuse('整改情况和反馈问题之间还有整改措施：请先移至整改措施。');
    const moved = list.slice(0, index + 1);
    const next = field === 'measures' ? lists(list.slice(index + 1), progress) : lists(measures, list.slice(index + 1));
    return {
      item: { ...growProblem(item, joinedText(moved)), ...next },
      select: { kind: 'paragraph', itemId, field: 'problem', index: 0 },
    };
  });
}

type ItemChange = { item: Item; select: ReviewTarget } | Refusal;

function withItem(notice: Notice, itemId: string, change: (item: Item) => ItemChange): ReviewOutcome {
  const found = findNode(notice.checklist, itemId);
  if (!found || found.node.kind !== 'item') return refuse('找不到选中的问题。');
  const result = change(found.node);
  if ('ok' in result) return result;
  return done({ ...notice, checklist: updateNode(notice.checklist, itemId, () => result.item) }, result.select);
}

/** The outcome, once the notice is checked as the store will check it. */
function done(notice: Notice, select: ReviewTarget | null, note?: string): ReviewOutcome {
  const parsed = noticeSchema.safeParse(notice);
  if (!parsed.success) return refuse(`这样修改后通报无效：${describeIssues(parsed.error, 1)}`);
  return note === undefined ? { ok: true, notice, select } : { ok: true, notice, select, note };
}

function withPart(notice: Notice, part: NarrativePart, paragraphs: Paragraph[]): Notice {
  const current = notice.parts[part];
  return { ...notice, parts: { ...notice.parts, [part]: { ...current, body: { ...current.body, paragraphs } } } };
}

/** Every node in the order the notice prints them. */
export function preorder(nodes: readonly ChecklistNode[]): ChecklistNode[] {
  return nodes.flatMap((node) => (node.kind === 'group' ? [node, ...preorder(node.children)] : [node]));
}

/** The tree with one node replaced by a run of nodes (none: removed) in its place. */
function replaceNode(nodes: readonly ChecklistNode[], id: string, replacement: readonly ChecklistNode[]): ChecklistNode[] {
  return nodes.flatMap((node): ChecklistNode[] => {
    if (node.id === id) return [...replacement];
    if (node.kind === 'group') return [{ ...node, children: replaceNode(node.children, id, replacement) }];
    return [node];
  });
}
