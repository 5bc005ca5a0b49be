import type { ChecklistNode, Item, Notice, SubItem } from '../../shared/model/notice';
import { paragraphText, type ParagraphList } from '../../shared/model/rich-text';
import { META_KEY, partKey, type SelectionKey } from './selection';
import { PART_KEYS } from './outline';

/**
 * One text field changed between two versions of a notice: which field (the
 * key a rich field's editor goes by, `<id>:measures`, `part:organisation`;
 * for a plain field `<id>:problem`, `meta:signature`, `part:nextSteps:heading`),
 * where the editor shows it, and its text before and after (a rich field's
 * paragraphs joined by line breaks). The same text before and after is a
 * change of marks only (bold, 接续上段).
 */
export interface FieldChange {
  field: string;
  place: SelectionKey;
  rich: boolean;
  before: string;
  after: string;
}

/** The fields of the metadata that are text typed by the user (dates and switches are not). */
const META_TEXTS = new Set<string>(['issuer', 'issuerShort', 'inspectingBody', 'round', 'inspectionGroup', 'contactsLead', 'signature', 'titleOverride', 'openingOverride', 'closingOverride']);

/** The item fields that are text typed by the user, and the rich ones. */
const ITEM_TEXTS = ['problem', 'leadOverride', 'responsibleLeader', 'responsibleUnit'] as const;
const ITEM_LISTS = ['measures', 'progress'] as const;
const SUB_TEXTS = ['problem'] as const;

/** Thrown inside the walk when the change is anything but one text field: the answer is then null. */
class NotOneField extends Error {}

/**
 * The one text field in which `after` differs from `before`, or null when
 * nothing differs or anything else does (the tree's shape, a date, a status,
 * the layout, two fields at once). Only what differs by reference is
 * visited: the notices share everything an edit did not touch.
 */
export function changedField(before: Notice, after: Notice): FieldChange | null {
  const found: FieldChange[] = [];
  const text = (field: string, place: SelectionKey, a: string | null, b: string | null) => {
    if (a === b) return;
    if (found.length > 0) throw new NotOneField();
    found.push({ field, place, rich: false, before: a ?? '', after: b ?? '' });
  };
  const list = (field: string, place: SelectionKey, a: ParagraphList, b: ParagraphList) => {
    if (a === b) return;
    if (a.enumeration !== b.enumeration || found.length > 0) throw new NotOneField();
    if (a.paragraphs !== b.paragraphs) found.push({ field, place, rich: true, before: joined(a), after: joined(b) });
  };
  try {
    if (before.layoutId !== after.layoutId || before.status !== after.status) return null;
    if (before.meta !== after.meta) {
      for (const key of Object.keys({ ...before.meta, ...after.meta }) as (keyof Notice['meta'])[]) {
        const a = before.meta[key];
        const b = after.meta[key];
        if (a === b) continue;
        if (!META_TEXTS.has(key)) throw new NotOneField();
        text(`meta:${key}`, META_KEY, a as string | null, b as string | null);
      }
    }
    for (const key of PART_KEYS) {
      const a = before.parts[key];
      const b = after.parts[key];
      if (a === b) continue;
      text(`part:${key}:heading`, partKey(key), a.heading, b.heading);
      list(partKey(key), partKey(key), a.body, b.body);
    }
    nodes(before.checklist, after.checklist, text, list);
  } catch (error) {
    if (error instanceof NotOneField) return null;
    throw error;
  }
  return found.length === 1 ? found[0]! : null;
}

type TextVisit = (field: string, place: SelectionKey, a: string | null, b: string | null) => void;
type ListVisit = (field: string, place: SelectionKey, a: ParagraphList, b: ParagraphList) => void;

function nodes(a: readonly ChecklistNode[], b: readonly ChecklistNode[], text: TextVisit, list: ListVisit): void {
  if (a === b) return;
  if (a.length !== b.length) throw new NotOneField();
  a.forEach((x, i) => {
    const y = b[i]!;
    if (x === y) return;
    if (x.id !== y.id || x.kind !== y.kind) throw new NotOneField();
    if (x.kind === 'group' && y.kind === 'group') {
      text(`${x.id}:title`, x.id, x.title, y.title);
      nodes(x.children, y.children, text, list);
    } else item(x as Item, y as Item, text, list);
  });
}

function item(a: Item, b: Item, text: TextVisit, list: ListVisit): void {
  for (const key of Object.keys({ ...a, ...b }) as (keyof Item)[]) {
    if (a[key] === b[key]) continue;
    if ((ITEM_TEXTS as readonly string[]).includes(key)) text(`${a.id}:${key}`, a.id, a[key] as string | null, b[key] as string | null);
    else if ((ITEM_LISTS as readonly string[]).includes(key)) list(`${a.id}:${key}`, a.id, a[key] as ParagraphList, b[key] as ParagraphList);
    else if (key === 'subItems') subItems(a, a.subItems, b.subItems, text, list);
    else throw new NotOneField();
  }
}

function subItems(owner: Item, a: readonly SubItem[], b: readonly SubItem[], text: TextVisit, list: ListVisit): void {
  if (a.length !== b.length) throw new NotOneField();
  a.forEach((x, i) => {
    const y = b[i]!;
    if (x === y) return;
    if (x.id !== y.id) throw new NotOneField();
    for (const key of SUB_TEXTS) text(`${x.id}:${key}`, owner.id, x[key], y[key]);
    for (const key of ITEM_LISTS) list(`${x.id}:${key}`, owner.id, x[key], y[key]);
  });
}

/** A rich field's text as one string, paragraphs joined by line breaks (offsets into it locate a change). */
export function joined(list: ParagraphList): string {
  return list.paragraphs.map(paragraphText).join('\n');
}

/** The rich field a rich-text editor's key names (`part:<part>` or `<item or sub-item id>:measures|progress`), or null when the notice has none. */
export function fieldList(notice: Notice, field: string): ParagraphList | null {
  const colon = field.lastIndexOf(':');
  const owner = field.slice(0, colon);
  const name = field.slice(colon + 1);
  if (owner === 'part') return (PART_KEYS as readonly string[]).includes(name) ? notice.parts[name as (typeof PART_KEYS)[number]].body : null;
  if (name !== 'measures' && name !== 'progress') return null;
  const holder = findHolder(notice.checklist, owner);
  return holder ? holder[name] : null;
}

/** The item or sub-item with an id. */
function findHolder(nodes: readonly ChecklistNode[], id: string): Item | SubItem | null {
  for (const node of nodes) {
    if (node.kind === 'group') {
      const inside = findHolder(node.children, id);
      if (inside) return inside;
    } else {
      if (node.id === id) return node;
      const sub = node.subItems.find((s) => s.id === id);
      if (sub) return sub;
    }
  }
  return null;
}
