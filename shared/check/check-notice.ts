import type { FindMatch } from '../document/find-in-notice';
import { addressKey, fieldLocation, mapFields, type FieldAddress, type PartName } from '../document/notice-fields';
import { computeFigures } from '../figures/compute-figures';
import { partNumbers } from '../document/part-numbers';
import type { Boilerplate } from '../layout/boilerplate';
import { itemNumbering, roleLevel } from '../layout/entry-numbering';
import type { Layout } from '../layout/layout';
import { placeChecklist, placedFormats, type Placement } from '../layout/numbering';
import { DEFAULT_STATUS_LABELS, type ChecklistNode, type Item, type ItemStatus, type Notice } from '../model/notice';
import { paragraphText } from '../model/rich-text';
import type { Finding } from './finding';
import { pairedMarks } from './rules/pairs';
import type { CheckRules } from './rules-schema';
import { fullWidthDigits, leadingZeros, otherDateForms } from './rules/body-dates';
import { missingCompletionDate, missingMeasures, missingProgress } from './rules/entry-completeness';
import { figuresClaims } from './rules/figures-claims';
import { notUpdated } from './rules/stage-update';
import { halfWidthMarks } from './rules/half-width';
import { documentNumberYears, ellipsisAndDashes, repeatedMarks } from './rules/marks';
import { emptyTitleOrOpening, metaDates, signatureParts, stageWording, type Unkeyed } from './rules/notice-checks';
import { overlaps, protectedRanges, titleRanges } from './rules/protected-ranges';
import { append } from './rules/ranges';
import { edgeSpaces, invisibleCharacters, spacesInChinese } from './rules/spacing';
import type { Spot, TextPlace } from './rules/spot';
import { listNumbering, typedHeadingNumber, type ListContext, type ParagraphSpot } from './rules/typed-numbering';
import { compileWords, confusedWords, repeatedCharacters, type CompiledWords } from './rules/words';

export interface CheckContext {
  layout: Layout;
  boilerplate: Boilerplate;
  rules: CheckRules;
  /** The office's names for the statuses (用户可改名); the defaults when unset. */
  statusLabels?: Record<ItemStatus, string>;
}

/**
 * 送审检查: what a 办公室 proofreader would find before the notice goes up
 * for approval, in reading order (the order of mapFields), the findings
 * about the notice as a whole where they belong (dates with the metadata,
 * the signature at the signature, an empty item at its measures). Pure: the
 * notice is not changed.
 */
export function checkNotice(notice: Notice, context: CheckContext): Finding[] {
  const scope = prepare(notice, context);
  // Each finding with the field it is told at, for its key.
  const found: [Unkeyed, string, string][] = [];
  const at =
    (anchor: string) =>
    (finding: Unkeyed): [Unkeyed, string, string] => [finding, anchor, ''];
  const spotAt =
    (anchor: string, address: FieldAddress, paragraph: number, text: string) =>
    (spot: Spot): [Unkeyed, string, string] => [placed(spot, address, paragraph, text), anchor, contextOf(text, spot)];
  let metaSeen = false;
  mapFields(notice, {
    plain(address, text) {
      if (!metaSeen) {
        metaSeen = true;
        append(found, emptyTitleOrOpening(notice.meta).map(at('meta')));
        append(found, metaDates(notice.meta).map(at('meta')));
      }
      const spots = [...textSpots(text, address, scope), ...headingSpots(text, address, scope)].sort(inTextOrder);
      const keyed = spotAt(addressKey(address), address, 0, text);
      for (const spot of spots) found.push(keyed(spot));
      if (address.kind === 'meta' && address.field === 'signature') append(found, signatureParts(notice.meta).map(at('meta')));
      return text;
    },
    rich(address, list) {
      append(found, entryFindings(address, scope).map(at(addressKey(address))));
      const numbering = scope.lists.get(addressKey(address));
      const byParagraph = new Map<number, Spot[]>();
      const note = ({ paragraph, spot }: ParagraphSpot) => {
        const spots = byParagraph.get(paragraph);
        if (spots) spots.push(spot);
        else byParagraph.set(paragraph, [spot]);
      };
      if (numbering) listNumbering(numbering).forEach(note);
      list.paragraphs.forEach((paragraph, index) => {
        const text = paragraphText(paragraph);
        const spots = [...(byParagraph.get(index) ?? []), ...textSpots(text, address, scope)].sort(inTextOrder);
        const keyed = spotAt(addressKey(address), address, index, text);
        for (const spot of spots) found.push(keyed(spot));
      });
      return list;
    },
  });
  return withKeys(found);
}

/** By start; of two starting together the longer first, so 全部修正 takes the fix that covers the whole error (a nested quote with its half-width marks). */
function inTextOrder(a: Spot, b: Spot): number {
  return a.start - b.start || b.end - a.end;
}

/** Everything worked out once per check: compiled word lists, the checklist's numbers, how each list prints. */
interface Scope {
  notice: Notice;
  context: CheckContext;
  labels: Record<ItemStatus, string>;
  words: CompiledWords;
  claims: (text: string) => Spot[];
  strictStage: (text: string) => Spot[];
  looseStage: (text: string) => Spot[];
  placed: Map<string, Placement>;
  /** The number each part's heading prints with (part-numbers.ts). */
  partNumbers: Record<PartName, string>;
  lists: Map<string, ListContext>;
  items: Map<string, Item>;
}

const compiled = new WeakMap<CheckRules, CompiledWords>();

function prepare(notice: Notice, context: CheckContext): Scope {
  const labels = context.statusLabels ?? DEFAULT_STATUS_LABELS;
  let words = compiled.get(context.rules);
  if (!words) compiled.set(context.rules, (words = compileWords(context.rules.words)));
  const placed = placeChecklist(notice.checklist, context.layout);
  const items = new Map<string, Item>();
  const lists = new Map<string, ListContext>();
  for (const part of ['organisation', 'checklist', 'nextSteps'] as const) {
    const list = notice.parts[part].body;
    const parentLevel = context.layout.sections[part] === 'numbered' ? 1 : null;
    lists.set(addressKey({ kind: 'part', part, field: 'body' }), {
      list,
      printed: { enumeration: list.enumeration, start: 0 },
      parentLevel,
    });
  }
  const walk = (nodes: readonly ChecklistNode[]) => {
    for (const node of nodes) {
      if (node.kind === 'group') {
        walk(node.children);
        continue;
      }
      items.set(node.id, node);
      const { format, subFormat } = placedFormats(node, context.layout, placed);
      const numbering = itemNumbering(node, format, subFormat);
      const level = roleLevel(format.role);
      for (const field of ['measures', 'progress'] as const) {
        lists.set(addressKey({ kind: 'item', id: node.id, field }), {
          list: node[field],
          printed: numbering.own[field],
          parentLevel: level,
        });
      }
      node.subItems.forEach((sub, i) => {
        for (const field of ['measures', 'progress'] as const) {
          const inner = numbering.subItems[i]!.numbering;
          lists.set(addressKey({ kind: 'subItem', itemId: node.id, id: sub.id, field }), {
            list: sub[field],
            printed: inner[field],
            parentLevel: roleLevel(subFormat.role),
          });
        }
      });
    }
  };
  walk(notice.checklist);
  return {
    notice,
    context,
    labels,
    words,
    claims: figuresClaims(computeFigures(notice.checklist), labels),
    strictStage: stageWording(notice.meta.stage, true),
    looseStage: stageWording(notice.meta.stage, false),
    placed,
    partNumbers: partNumbers(notice, context.layout),
    lists,
    items,
  };
}

/** The rules that read any text the user typed. */
function textSpots(text: string, address: FieldAddress, scope: Scope): Spot[] {
  if (text === '') return [];
  const place: TextPlace = {
    problem: (address.kind === 'item' || address.kind === 'subItem') && address.field === 'problem',
    title: address.kind === 'meta' && address.field === 'titleOverride',
  };
  const spots = [
    ...halfWidthMarks(text),
    ...pairedMarks(text),
    ...repeatedMarks(text),
    ...ellipsisAndDashes(text),
    ...documentNumberYears(text),
    ...spacesInChinese(text),
    ...edgeSpaces(text),
    ...leadingZeros(text),
    ...otherDateForms(text),
    ...fullWidthDigits(text),
    ...repeatedCharacters(text, scope.context.rules.repeats),
    ...confusedWords(text, scope.words),
  ];
  if (address.kind === 'part') {
    if (address.field === 'body') append(spots, scope.claims(text));
    append(spots, scope.looseStage(text));
  }
  if (address.kind === 'meta' && (address.field === 'titleOverride' || address.field === 'openingOverride'))
    append(spots, scope.strictStage(text));
  const kept = protectedRanges(text);
  // Invisible characters are wrong even inside an address; everything else there is the address's own.
  let visible = kept.length === 0 ? spots : spots.filter((s) => !overlaps(kept, s.start, s.end));
  // A document number's year is one finding, its brackets' half-width marks and pairing part of it.
  const years = visible.filter((s) => s.rule === 'punctuation.document-number');
  if (years.length > 0)
    visible = visible.filter(
      (s) => s.rule === 'punctuation.document-number' || s.category !== 'punctuation' || !overlaps(years, s.start, s.end),
    );
  // The word rules leave 《…》 titles alone: a document is quoted by its published name.
  const titles = visible.some((s) => s.category === 'words') ? titleRanges(text) : [];
  if (titles.length > 0) visible = visible.filter((s) => s.category !== 'words' || !overlaps(titles, s.start, s.end));
  append(visible, invisibleCharacters(text, place));
  return visible;
}

/** Numbers typed into what the layout numbers: a part's heading, a group's title, an item's problem or lead. */
function headingSpots(text: string, address: FieldAddress, scope: Scope): Spot[] {
  const { layout } = scope.context;
  const spot = (() => {
    switch (address.kind) {
      case 'part':
        if (address.field !== 'heading' || layout.sections[address.part] !== 'numbered') return null;
        // A part that does not print has no number to type twice.
        return scope.partNumbers[address.part] === '' ? null : typedHeadingNumber(text, scope.partNumbers[address.part], '部分标题');
      case 'group':
        if (!layout.groups.print) return null;
        return typedHeadingNumber(text, scope.placed.get(address.id)?.label ?? '', '分组标题');
      case 'item':
        if (address.field === 'leadOverride') return typedHeadingNumber(text, scope.placed.get(address.id)?.label ?? '', '引导语');
        if (address.field === 'problem') return problemNumber(text, scope.placed.get(address.id)?.label ?? '');
        return null;
      case 'subItem':
        return address.field === 'problem' ? problemNumber(text, scope.placed.get(address.id)?.label ?? '') : null;
      default:
        return null;
    }
  })();
  return spot ? [spot] : [];
}

/** The layout quotes a problem (针对“{problem}”问题), so a number typed into it prints inside the quotes: an error, fixed by a human (it may number parts of the problem). */
function problemNumber(text: string, label: string): Spot | null {
  const spot = typedHeadingNumber(text, '', '反馈问题');
  if (!spot) return null;
  const typed = text.slice(spot.start, spot.end).trim();
  const printed = label === '' ? '' : `，将印成“${label}针对‘${typed}…’”`;
  const { fix: _dropped, ...rest } = spot;
  return {
    ...rest,
    severity: 'error',
    message: `反馈问题开头输入了编号“${typed}”，问题的编号由版式自动生成${printed}；如问题分为几部分，请拆为分项`,
  };
}

/** The number a part's heading prints with: parts without text and with nothing after them are left out, as the composer does. */
/** An item's or sub-item's missing parts, at its measures or progress field. */
function entryFindings(address: FieldAddress, scope: Scope): Unkeyed[] {
  if ((address.kind !== 'item' && address.kind !== 'subItem') || (address.field !== 'measures' && address.field !== 'progress')) return [];
  const item = scope.items.get(address.kind === 'item' ? address.id : address.itemId);
  if (!item) return [];
  const { format, subFormat } = placedFormats(item, scope.context.layout, scope.placed);
  const entry = address.kind === 'item' ? item : item.subItems.find((s) => s.id === address.id);
  if (!entry) return [];
  // 待更新 is told once, at the item's own progress, whether or not it is fed back in parts.
  const carried = entry === item && address.field === 'progress' ? [notUpdated(item)] : [];
  // An item fed back in parts says its measures in the parts.
  if (entry === item && item.subItems.length > 0) {
    return address.field === 'progress' ? [...carried, missingCompletionDate(item, scope.labels.done, '该问题')].filter(isFinding) : [];
  }
  const what = entry === item ? '该问题' : '该分项';
  if (address.field === 'measures') {
    const lead = entry === item && item.leadOverride !== null && item.leadOverride.trim() !== '' ? item.leadOverride : null;
    return [missingMeasures(entry, entry === item ? format : subFormat, lead, item.id, what)].filter(isFinding);
  }
  const progress = [...carried, missingProgress(entry, scope.notice.meta.stage, item.id, what)];
  if (entry === item) progress.push(missingCompletionDate(item, scope.labels.done, what));
  return progress.filter(isFinding);
}

function isFinding(value: Unkeyed | null): value is Unkeyed {
  return value !== null;
}

function placed(spot: Spot, address: FieldAddress, paragraph: number, text: string): Unkeyed {
  const match: FindMatch = { address, paragraph, start: spot.start, end: spot.end, text: text.slice(spot.start, spot.end) };
  return {
    rule: spot.rule,
    category: spot.category,
    severity: spot.severity,
    message: spot.message,
    match,
    selection: fieldLocation(address).selection,
    ...(spot.fix !== undefined ? { fix: spot.fix } : {}),
  };
}

/** Characters either side of a match that go into its key. */
const KEY_CONTEXT = 6;

/**
 * Keys that survive edits elsewhere: rule, field, the text matched and a
 * little of its paragraph either side, with an occurrence index only among
 * findings equal in all of these. So a new, equal mistake typed earlier in
 * the field does not take over an ignored one's key, and fixing an earlier
 * equal one does not move the key of a later one.
 */
function withKeys(found: readonly [Unkeyed, string, string][]): Finding[] {
  const seen = new Map<string, number>();
  return found.map(([finding, anchor, around]) => {
    const base = `${finding.rule}|${anchor}|${finding.match?.text ?? ''}|${around}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return { key: `${base}|${n}`, ...finding };
  });
}

/** The text either side of a spot, in its own paragraph: ‹before›…‹after›. */
function contextOf(text: string, spot: Spot): string {
  return `${text.slice(Math.max(0, spot.start - KEY_CONTEXT), spot.start)}…${text.slice(spot.end, spot.end + KEY_CONTEXT)}`;
}
