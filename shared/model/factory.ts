import { plainList, type Enumeration } from './rich-text';
import type { Contact, Group, Item, Notice, NoticeMeta, SubItem } from './notice';

/** A fresh random id; `crypto` is global in Node 20 and in every renderer. */
export function newId(): string {
  return globalThis.crypto.randomUUID();
}

export function emptyMeta(overrides: Partial<NoticeMeta> = {}): NoticeMeta {
  return {
    issuer: '',
    issuerShort: '',
    inspectingBody: '',
    round: '',
    inspectionGroup: '',
    inspectionStart: null,
    inspectionEnd: null,
    feedbackDate: null,
    stage: 'interim',
    publicationDate: null,
    contactsLead: '联系方式：',
    contacts: [] as Contact[],
    signature: '',
    sealed: false,
    titleOverride: null,
    openingOverride: null,
    closingOverride: null,
    ...overrides,
  };
}

/** Defaults a layout gives the parts and the enumerations of new items. */
export interface NoticeDefaults {
  layoutId: string;
  partHeadings: { organisation: string; checklist: string; nextSteps: string };
  measuresEnumeration: Enumeration;
  progressEnumeration: Enumeration;
}

export function createNotice(defaults: NoticeDefaults, meta: Partial<NoticeMeta> = {}, now = new Date()): Notice {
  const stamp = now.toISOString();
  return {
    id: newId(),
    layoutId: defaults.layoutId,
    status: 'draft',
    meta: emptyMeta(meta),
    parts: {
      organisation: { heading: defaults.partHeadings.organisation, body: plainList([]) },
      checklist: { heading: defaults.partHeadings.checklist, body: plainList([]) },
      nextSteps: { heading: defaults.partHeadings.nextSteps, body: plainList([]) },
    },
    checklist: [],
    createdAt: stamp,
    updatedAt: stamp,
  };
}

export function createGroup(title = '', children: Group['children'] = []): Group {
  return { kind: 'group', id: newId(), title, children };
}

export function createItem(fields: Partial<Omit<Item, 'kind'>> = {}): Item {
  return {
    kind: 'item',
    id: newId(),
    problem: '',
    measures: plainList([]),
    progress: plainList([]),
    status: 'ongoing',
    responsibleLeader: '',
    responsibleUnit: '',
    deadlineKind: 'date',
    deadline: null,
    completedOn: null,
    evidence: '',
    figures: { moneyRecoveredFen: null, moneyToRecoverFen: null, rulesMade: null, peopleHeld: null },
    subItems: [],
    leadOverride: null,
    sourceItemId: null,
    needsUpdate: false,
    history: [],
    ...fields,
  };
}

export function createSubItem(fields: Partial<SubItem> = {}): SubItem {
  return { id: newId(), problem: '', measures: plainList([]), progress: plainList([]), ...fields };
}
