import type { ChecklistNode, Contact, Item, Notice, NoticeMeta, NoticeParts, Part, SubItem } from '../model/notice';
import type { ParagraphList } from '../model/rich-text';

/**
 * Every text field of a notice a user types into, named so that a search
 * can point at it and the editor can show it. Dates, enumerations and
 * switches are not text; the generated title, opening and closing are not
 * either (only their hand-written overrides are, when there is one).
 */

/** The metadata texts, in the order the 标题与开头 form shows them (contacts go between contactsLead and signature). */
export const META_TEXT_FIELDS = [
  'issuer',
  'issuerShort',
  'inspectingBody',
  'round',
  'inspectionGroup',
  'titleOverride',
  'openingOverride',
  'closingOverride',
  'contactsLead',
  'signature',
] as const satisfies readonly (keyof NoticeMeta)[];
export type MetaTextField = (typeof META_TEXT_FIELDS)[number];

/** The three parts in document order. */
export const PART_NAMES = ['organisation', 'checklist', 'nextSteps'] as const satisfies readonly (keyof NoticeParts)[];
export type PartName = (typeof PART_NAMES)[number];

/** A field holding one string (an input or a text area in the editor). */
export type PlainFieldAddress =
  | { kind: 'meta'; field: MetaTextField }
  | { kind: 'contact'; index: number; field: 'label' | 'value' }
  | { kind: 'part'; part: PartName; field: 'heading' }
  | { kind: 'group'; id: string; field: 'title' }
  | { kind: 'item'; id: string; field: 'problem' | 'leadOverride' | 'responsibleLeader' | 'responsibleUnit' }
  | { kind: 'subItem'; itemId: string; id: string; field: 'problem' };

/** A field holding paragraphs (a Slate editor in the editor). */
export type RichFieldAddress =
  | { kind: 'part'; part: PartName; field: 'body' }
  | { kind: 'item'; id: string; field: 'measures' | 'progress' }
  | { kind: 'subItem'; itemId: string; id: string; field: 'measures' | 'progress' };

export type FieldAddress = PlainFieldAddress | RichFieldAddress;

export function isRichAddress(address: FieldAddress): address is RichFieldAddress {
  return address.field === 'body' || address.field === 'measures' || address.field === 'progress';
}

/** What the editor selects in its outline to show a field's panel (`'meta'`, `'part:organisation'` or a node id). */
export const META_SELECTION = 'meta';

/**
 * Where the editor shows a field: the selection key of its panel (as
 * renderer/editor/selection.ts names them) and, for a rich field, the key of
 * its Slate editor (`<item or sub-item id>:measures`, `part:<part>`).
 */
export interface FieldLocation {
  selection: string;
  richField: string | null;
}

export function fieldLocation(address: FieldAddress): FieldLocation {
  switch (address.kind) {
    case 'meta':
    case 'contact':
      return { selection: META_SELECTION, richField: null };
    case 'part':
      return { selection: `part:${address.part}`, richField: address.field === 'body' ? `part:${address.part}` : null };
    case 'group':
      return { selection: address.id, richField: null };
    case 'item':
      return { selection: address.id, richField: address.field === 'measures' || address.field === 'progress' ? `${address.id}:${address.field}` : null };
    case 'subItem':
      return { selection: address.itemId, richField: address.field === 'problem' ? null : `${address.id}:${address.field}` };
  }
}

/** A string naming the field, equal for equal addresses. */
export function addressKey(address: FieldAddress): string {
  switch (address.kind) {
    case 'meta':
      return `meta:${address.field}`;
    case 'contact':
      return `contact:${address.index}:${address.field}`;
    case 'part':
      return `part:${address.part}:${address.field}`;
    case 'group':
    case 'item':
      return `${address.id}:${address.field}`;
    case 'subItem':
      return `${address.itemId}/${address.id}:${address.field}`;
  }
}

/** What is done with each field: the value to keep, the same one to leave it untouched. */
export interface FieldVisitor {
  plain(address: PlainFieldAddress, text: string): string;
  rich(address: RichFieldAddress, list: ParagraphList): ParagraphList;
}

/**
 * Visits every text field in reading order (the order of the editor's
 * outline: the metadata form top to bottom, then each part's heading and
 * body, the checklist nodes in tree order after the checklist part's body)
 * and builds the notice from what the visitor gives back. Everything whose
 * fields all came back identical is the same object as before, the notice
 * included, so undo and memoised panels see only what changed.
 */
export function mapFields(notice: Notice, visitor: FieldVisitor): Notice {
  const meta = mapMeta(notice.meta, visitor);
  let parts: NoticeParts | null = null;
  let checklist = notice.checklist;
  for (const name of PART_NAMES) {
    const part = mapPart(name, notice.parts[name], visitor);
    if (part !== notice.parts[name]) (parts ??= { ...notice.parts })[name] = part;
    if (name === 'checklist') checklist = mapNodes(notice.checklist, visitor);
  }
  if (meta === notice.meta && parts === null && checklist === notice.checklist) return notice;
  return { ...notice, meta, parts: parts ?? notice.parts, checklist };
}

function mapMeta(meta: NoticeMeta, visitor: FieldVisitor): NoticeMeta {
  const patch: Partial<NoticeMeta> = {};
  let changed = false;
  for (const field of META_TEXT_FIELDS) {
    if (field === 'signature') {
      const contacts = mapContacts(meta.contacts, visitor);
      if (contacts !== meta.contacts) {
        patch.contacts = contacts;
        changed = true;
      }
    }
    const value = meta[field];
    // An override left unset is the generated text, which is not the user's to search.
    if (value === null) continue;
    const next = visitor.plain({ kind: 'meta', field }, value);
    if (next !== value) {
      patch[field] = next;
      changed = true;
    }
  }
  return changed ? { ...meta, ...patch } : meta;
}

function mapContacts(contacts: Contact[], visitor: FieldVisitor): Contact[] {
  let out: Contact[] | null = null;
  contacts.forEach((contact, index) => {
    const label = visitor.plain({ kind: 'contact', index, field: 'label' }, contact.label);
    const value = visitor.plain({ kind: 'contact', index, field: 'value' }, contact.value);
    if (label !== contact.label || value !== contact.value) (out ??= contacts.slice())[index] = { ...contact, label, value };
  });
  return out ?? contacts;
}

function mapPart(part: PartName, value: Part, visitor: FieldVisitor): Part {
  const heading = visitor.plain({ kind: 'part', part, field: 'heading' }, value.heading);
  const body = visitor.rich({ kind: 'part', part, field: 'body' }, value.body);
  return heading === value.heading && body === value.body ? value : { ...value, heading, body };
}

function mapNodes(nodes: ChecklistNode[], visitor: FieldVisitor): ChecklistNode[] {
  let out: ChecklistNode[] | null = null;
  nodes.forEach((node, index) => {
    const next = node.kind === 'group' ? mapGroup(node, visitor) : mapItem(node, visitor);
    if (next !== node) (out ??= nodes.slice())[index] = next;
  });
  return out ?? nodes;
}

function mapGroup(group: Extract<ChecklistNode, { kind: 'group' }>, visitor: FieldVisitor): ChecklistNode {
  const title = visitor.plain({ kind: 'group', id: group.id, field: 'title' }, group.title);
  const children = mapNodes(group.children, visitor);
  return title === group.title && children === group.children ? group : { ...group, title, children };
}

function mapItem(item: Item, visitor: FieldVisitor): Item {
  const { id } = item;
  const problem = visitor.plain({ kind: 'item', id, field: 'problem' }, item.problem);
  const leadOverride = item.leadOverride === null ? null : visitor.plain({ kind: 'item', id, field: 'leadOverride' }, item.leadOverride);
  const measures = visitor.rich({ kind: 'item', id, field: 'measures' }, item.measures);
  const progress = visitor.rich({ kind: 'item', id, field: 'progress' }, item.progress);
  // The properties beside the item are typed text too (责任领导, 责任单位).
  const responsibleLeader = visitor.plain({ kind: 'item', id, field: 'responsibleLeader' }, item.responsibleLeader);
  const responsibleUnit = visitor.plain({ kind: 'item', id, field: 'responsibleUnit' }, item.responsibleUnit);
  let subItems: SubItem[] | null = null;
  item.subItems.forEach((sub, index) => {
    const next = mapSubItem(id, sub, visitor);
    if (next !== sub) (subItems ??= item.subItems.slice())[index] = next;
  });
  const same =
    problem === item.problem &&
    leadOverride === item.leadOverride &&
    measures === item.measures &&
    progress === item.progress &&
    responsibleLeader === item.responsibleLeader &&
    responsibleUnit === item.responsibleUnit &&
    subItems === null;
  if (same) return item;
  return { ...item, problem, leadOverride, measures, progress, responsibleLeader, responsibleUnit, subItems: subItems ?? item.subItems };
}

function mapSubItem(itemId: string, sub: SubItem, visitor: FieldVisitor): SubItem {
  const { id } = sub;
  const problem = visitor.plain({ kind: 'subItem', itemId, id, field: 'problem' }, sub.problem);
  const measures = visitor.rich({ kind: 'subItem', itemId, id, field: 'measures' }, sub.measures);
  const progress = visitor.rich({ kind: 'subItem', itemId, id, field: 'progress' }, sub.progress);
  return problem === sub.problem && measures === sub.measures && progress === sub.progress ? sub : { ...sub, problem, measures, progress };
}
