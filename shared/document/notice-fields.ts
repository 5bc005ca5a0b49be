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

/**
 * An item's text fields in reading order, plain or rich: the walk over a
 * notice (mapFields) and the test for which field a change touched
 * (renderer changed-field.ts) both go by it, so a new field is added once.
 */
export const ITEM_FIELDS = [
  ['problem', 'plain'],
  ['leadOverride', 'plain'],
  ['measures', 'rich'],
  ['progress', 'rich'],
  ['responsibleLeader', 'plain'],
  ['responsibleUnit', 'plain'],
] as const satisfies readonly (readonly [keyof Item, 'plain' | 'rich'])[];
export type ItemPlainField = Extract<(typeof ITEM_FIELDS)[number], readonly [string, 'plain']>[0];
export type ItemRichField = Extract<(typeof ITEM_FIELDS)[number], readonly [string, 'rich']>[0];

/** A field holding one string (an input or a text area in the editor). */
export type PlainFieldAddress =
  | { kind: 'meta'; field: MetaTextField }
  | { kind: 'contact'; index: number; field: 'label' | 'value' }
  | { kind: 'part'; part: PartName; field: 'heading' }
  | { kind: 'group'; id: string; field: 'title' }
  | { kind: 'item'; id: string; field: ItemPlainField }
  | { kind: 'subItem'; itemId: string; id: string; field: 'problem' };

/** A field holding paragraphs (a Slate editor in the editor). */
export type RichFieldAddress =
  | { kind: 'part'; part: PartName; field: 'body' }
  | { kind: 'item'; id: string; field: ItemRichField }
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

/** What the editor selects to show a part (renderer/editor/selection.ts partKey). */
export function partSelection(part: PartName): string {
  return `part:${part}`;
}

/**
 * The key of a rich field's editor: `<item or sub-item id>:measures|progress`,
 * or `part:<part>` for a part's body. fieldList (renderer) reads it back.
 */
export function richFieldKey(owner: { part: PartName } | { id: string; field: 'measures' | 'progress' }): string {
  return 'part' in owner ? `part:${owner.part}` : `${owner.id}:${owner.field}`;
}

export function fieldLocation(address: FieldAddress): FieldLocation {
  switch (address.kind) {
    case 'meta':
    case 'contact':
      return { selection: META_SELECTION, richField: null };
    case 'part':
      return { selection: partSelection(address.part), richField: address.field === 'body' ? richFieldKey(address) : null };
    case 'group':
      return { selection: address.id, richField: null };
    case 'item':
      return {
        selection: address.id,
        richField:
          address.field === 'measures' || address.field === 'progress' ? richFieldKey({ id: address.id, field: address.field }) : null,
      };
    case 'subItem':
      return {
        selection: address.itemId,
        richField: address.field === 'problem' ? null : richFieldKey({ id: address.id, field: address.field }),
      };
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
  const patch: Partial<Item> = {};
  for (const [field, kind] of ITEM_FIELDS) {
    if (kind === 'rich') {
      const list = item[field as ItemRichField];
      const next = visitor.rich({ kind: 'item', id, field: field as ItemRichField }, list);
      if (next !== list) patch[field as ItemRichField] = next;
      continue;
    }
    const value = item[field as ItemPlainField];
    // A lead left unset is the layout's generated one, not the user's text.
    if (value === null) continue;
    const next = visitor.plain({ kind: 'item', id, field: field as ItemPlainField }, value);
    if (next !== value) (patch as Record<string, string>)[field] = next;
  }
  let subItems: SubItem[] | null = null;
  item.subItems.forEach((sub, index) => {
    const next = mapSubItem(id, sub, visitor);
    if (next !== sub) (subItems ??= item.subItems.slice())[index] = next;
  });
  if (subItems) patch.subItems = subItems;
  return Object.keys(patch).length === 0 ? item : { ...item, ...patch };
}

function mapSubItem(itemId: string, sub: SubItem, visitor: FieldVisitor): SubItem {
  const { id } = sub;
  const problem = visitor.plain({ kind: 'subItem', itemId, id, field: 'problem' }, sub.problem);
  const measures = visitor.rich({ kind: 'subItem', itemId, id, field: 'measures' }, sub.measures);
  const progress = visitor.rich({ kind: 'subItem', itemId, id, field: 'progress' }, sub.progress);
  return problem === sub.problem && measures === sub.measures && progress === sub.progress ? sub : { ...sub, problem, measures, progress };
}
