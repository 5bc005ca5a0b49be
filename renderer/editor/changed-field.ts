import {
  addressKey,
  fieldLocation,
  isRichAddress,
  ITEM_FIELDS,
  META_TEXT_FIELDS,
  PART_NAMES,
  type FieldAddress,
  type ItemPlainField,
  type ItemRichField,
} from '../../shared/document/notice-fields';
import type { ChecklistNode, Contact, Item, Notice, SubItem } from '../../shared/model/notice';
import { paragraphText, type ParagraphList } from '../../shared/model/rich-text';
import type { SelectionKey } from './selection';

/**
 * One text field changed between two versions of a notice: its address
 * (notice-fields.ts), a key naming it (equal for the same field), where the
 * editor shows it, and its text before and after (a rich field's paragraphs
 * joined by line breaks). The same text before and after is a change of
 * marks only (bold, 接续上段).
 */
export interface FieldChange {
  address: FieldAddress;
  field: string;
  place: SelectionKey;
  rich: boolean;
  before: string;
  after: string;
}

const META_TEXTS = new Set<string>(META_TEXT_FIELDS);
/** Each text field of an item, plain or rich (notice-fields.ts ITEM_FIELDS). */
const ITEM_FIELD_KINDS = new Map<string, 'plain' | 'rich'>(ITEM_FIELDS);
const LISTS = ['measures', 'progress'] as const;

/** Thrown inside the walk when the change is anything but one text field: the answer is then null. */
class NotOneField extends Error {}

/**
 * The one text field in which `after` differs from `before`, or null when
 * nothing differs or anything else does (the tree's shape, a date, a status,
 * the layout, two fields at once). Only what differs by reference is
 * visited: the notices share everything an edit did not touch, so this runs
 * on every keystroke at no cost worth measuring.
 */
export function changedField(before: Notice, after: Notice): FieldChange | null {
  let found: FieldChange | null = null;
  const note = (address: FieldAddress, a: string, b: string) => {
    if (found) throw new NotOneField();
    found = {
      address,
      field: addressKey(address),
      place: fieldLocation(address).selection,
      rich: isRichAddress(address),
      before: a,
      after: b,
    };
  };
  const text = (address: FieldAddress, a: string | null, b: string | null) => {
    if (a !== b) note(address, a ?? '', b ?? '');
  };
  const list = (address: FieldAddress, a: ParagraphList, b: ParagraphList) => {
    if (a === b) return;
    if (a.enumeration !== b.enumeration) throw new NotOneField();
    if (a.paragraphs !== b.paragraphs) note(address, joined(a), joined(b));
  };
  try {
    if (before.layoutId !== after.layoutId || before.status !== after.status) return null;
    if (before.meta !== after.meta) {
      for (const key of Object.keys({ ...before.meta, ...after.meta }) as (keyof Notice['meta'])[]) {
        const a = before.meta[key];
        const b = after.meta[key];
        if (a === b) continue;
        if (key === 'contacts') contacts(a as Contact[], b as Contact[], text);
        else if (META_TEXTS.has(key))
          text({ kind: 'meta', field: key as (typeof META_TEXT_FIELDS)[number] }, a as string | null, b as string | null);
        else throw new NotOneField();
      }
    }
    for (const part of PART_NAMES) {
      const a = before.parts[part];
      const b = after.parts[part];
      if (a === b) continue;
      text({ kind: 'part', part, field: 'heading' }, a.heading, b.heading);
      list({ kind: 'part', part, field: 'body' }, a.body, b.body);
    }
    nodes(before.checklist, after.checklist, text, list);
  } catch (error) {
    if (error instanceof NotOneField) return null;
    throw error;
  }
  return found;
}

type TextVisit = (address: FieldAddress, a: string | null, b: string | null) => void;
type ListVisit = (address: FieldAddress, a: ParagraphList, b: ParagraphList) => void;

function contacts(a: readonly Contact[], b: readonly Contact[], text: TextVisit): void {
  if (a.length !== b.length) throw new NotOneField();
  a.forEach((x, index) => {
    const y = b[index]!;
    if (x === y) return;
    if (x.kind !== y.kind || x.colon !== y.colon || x.separator !== y.separator) throw new NotOneField();
    text({ kind: 'contact', index, field: 'label' }, x.label, y.label);
    text({ kind: 'contact', index, field: 'value' }, x.value, y.value);
  });
}

function nodes(a: readonly ChecklistNode[], b: readonly ChecklistNode[], text: TextVisit, list: ListVisit): void {
  if (a === b) return;
  if (a.length !== b.length) throw new NotOneField();
  a.forEach((x, i) => {
    const y = b[i]!;
    if (x === y) return;
    if (x.id !== y.id || x.kind !== y.kind) throw new NotOneField();
    if (x.kind === 'group' && y.kind === 'group') {
      text({ kind: 'group', id: x.id, field: 'title' }, x.title, y.title);
      nodes(x.children, y.children, text, list);
    } else item(x as Item, y as Item, text, list);
  });
}

function item(a: Item, b: Item, text: TextVisit, list: ListVisit): void {
  const { id } = a;
  for (const key of Object.keys({ ...a, ...b }) as (keyof Item)[]) {
    if (a[key] === b[key]) continue;
    const kind = ITEM_FIELD_KINDS.get(key);
    if (kind === 'plain') text({ kind: 'item', id, field: key as ItemPlainField }, a[key] as string | null, b[key] as string | null);
    else if (kind === 'rich') list({ kind: 'item', id, field: key as ItemRichField }, a[key] as ParagraphList, b[key] as ParagraphList);
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
    const at = { kind: 'subItem', itemId: owner.id, id: x.id } as const;
    text({ ...at, field: 'problem' }, x.problem, y.problem);
    for (const field of LISTS) list({ ...at, field }, x[field], y[field]);
  });
}

/** A rich field's text as one string, paragraphs joined by line breaks (offsets into it locate a change). */
export function joined(list: ParagraphList): string {
  return list.paragraphs.map(paragraphText).join('\n');
}

/** The rich field a rich-text editor's key names (richFieldKey: `part:<part>` or `<item or sub-item id>:measures|progress`), or null when the notice has none. */
export function fieldList(notice: Notice, field: string): ParagraphList | null {
  const colon = field.lastIndexOf(':');
  const owner = field.slice(0, colon);
  const name = field.slice(colon + 1);
  if (owner === 'part')
    return (PART_NAMES as readonly string[]).includes(name) ? notice.parts[name as (typeof PART_NAMES)[number]].body : null;
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
