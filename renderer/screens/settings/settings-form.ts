import type { DocumentStyle, FontChoice, FontSettings, FontSlot } from '../../../shared/layout/style';
import type { Contact, ItemStatus } from '../../../shared/model/notice';
import type { LedgerColumn } from '../../../shared/ledger/ledger-columns';
import { DEFAULT_TRACKING_SETTINGS, type AppSettings } from '../../../shared/model/settings';

/** The export's font slots in the order a document uses them, with what each one sets. */
export const FONT_SLOTS: { slot: FontSlot; label: string; use: string }[] = [
  { slot: 'title', label: '标题', use: '通报标题，二号' },
  { slot: 'body', label: '正文', use: '正文和三、四级标题，三号' },
  { slot: 'heading1', label: '一级标题', use: '“一、”标题，三号' },
  { slot: 'heading2', label: '二级标题', use: '“（一）”标题，三号' },
  { slot: 'pageNumber', label: '页码', use: '页脚页码，四号' },
  { slot: 'table', label: '表格', use: '附件台账表格，小四号' },
];

/**
 * Names offered while typing: the GB/T 9704 fonts and what Windows, WPS and
 * the domestic systems (UOS, Kylin) commonly have instead. Any other name
 * can still be typed.
 */
export const FONT_SUGGESTIONS = [
  '方正小标宋简体',
  '方正小标宋_GBK',
  '华文中宋',
  '宋体',
  '仿宋_GB2312',
  '仿宋',
  '方正仿宋_GBK',
  '华文仿宋',
  '黑体',
  '方正黑体_GBK',
  '楷体_GB2312',
  '楷体',
  '方正楷体_GBK',
  '华文楷体',
  '微软雅黑',
];

/** The form's values: every font slot filled in, so the user sees what the export will use. */
export interface SettingsFormValues {
  fonts: Record<FontSlot, FontChoice>;
  heading3Bold: boolean;
  issuer: string;
  issuerShort: string;
  inspectingBody: string;
  signature: string;
  contactsLead: string;
  contacts: Contact[];
  /** The ledger's columns, in order. */
  ledgerColumns: LedgerColumn[];
  /** 易混词（本单位补充）: the office's own words for the 送审检查. */
  checkWords: CheckWordRow[];
  /** 整改跟踪: the office's names of the four statuses, and the days of warning before a deadline. */
  statusLabels: Record<ItemStatus, string>;
  dueSoonDays: number;
}

/** One row of the office's words as the form edits it: the note is a field, empty when there is none. */
export interface CheckWordRow {
  wrong: string;
  right: string;
  note: string;
}

/** Unset slots show the template's font, as the export would use it. */
export function toFormValues(settings: AppSettings, style: DocumentStyle): SettingsFormValues {
  const fonts = Object.fromEntries(
    FONT_SLOTS.map(({ slot }) => [slot, copyFont(settings.export.fonts[slot] ?? style.fonts[slot])]),
  ) as Record<FontSlot, FontChoice>;
  return {
    fonts,
    heading3Bold: settings.export.heading3Bold,
    ...settings.defaults,
    contacts: settings.defaults.contacts.map((c) => ({ ...c })),
    ledgerColumns: [...settings.ledger.columns],
    checkWords: (settings.check?.words ?? []).map((w) => ({ wrong: w.wrong, right: w.right, note: w.note ?? '' })),
    statusLabels: { ...(settings.tracking ?? DEFAULT_TRACKING_SETTINGS).statusLabels },
    dueSoonDays: (settings.tracking ?? DEFAULT_TRACKING_SETTINGS).dueSoonDays,
  };
}

/**
 * What is saved. A slot equal to the template's font is left unset, so that
 * a later change of templates/style.json reaches users who never changed it.
 * Text is trimmed: a stray space would end up in every title.
 */
export function fromFormValues(values: SettingsFormValues, style: DocumentStyle): AppSettings {
  const fonts: FontSettings = {};
  for (const { slot } of FONT_SLOTS) {
    const font = cleanFont(values.fonts[slot]);
    if (!sameFont(font, style.fonts[slot])) fonts[slot] = font;
  }
  return {
    export: { fonts, heading3Bold: values.heading3Bold },
    defaults: {
      issuer: values.issuer.trim(),
      issuerShort: values.issuerShort.trim(),
      inspectingBody: values.inspectingBody.trim(),
      signature: values.signature.trim(),
      contactsLead: values.contactsLead.trim(),
      // A contact's colon and separator are kept as written (read from an imported notice), not trimmed.
      contacts: values.contacts.map(({ kind, label, value, colon, separator }) => ({
        kind,
        label: label.trim(),
        value: value.trim(),
        ...(colon !== undefined ? { colon } : {}),
        ...(separator !== undefined ? { separator } : {}),
      })),
    },
    ledger: { columns: [...values.ledgerColumns] },
    // A row left wholly empty is an unfinished addition, not a word.
    check: {
      words: values.checkWords
        .map((w) => ({ wrong: w.wrong.trim(), right: w.right.trim(), note: w.note.trim() }))
        .filter((w) => w.wrong !== '' || w.right !== '' || w.note !== '')
        .map(({ wrong, right, note }) => ({ wrong, right, ...(note !== '' ? { note } : {}) })),
    },
    tracking: {
      statusLabels: Object.fromEntries(Object.entries(values.statusLabels).map(([status, label]) => [status, label.trim()])) as Record<
        ItemStatus,
        string
      >,
      dueSoonDays: values.dueSoonDays,
    },
  };
}

export function sameFont(a: FontChoice, b: FontChoice): boolean {
  return a.name === b.name && a.fallbacks.length === b.fallbacks.length && a.fallbacks.every((name, i) => name === b.fallbacks[i]);
}

/** Trimmed; a fallback that repeats the name or an earlier fallback is dropped, as it could never be used. */
export function cleanFont(font: FontChoice): FontChoice {
  const name = font.name.trim();
  const fallbacks = [...new Set(font.fallbacks.map((fallback) => fallback.trim()))].filter(
    (fallback) => fallback !== '' && fallback !== name,
  );
  return { name, fallbacks };
}

function copyFont(font: FontChoice): FontChoice {
  return { name: font.name, fallbacks: [...font.fallbacks] };
}
