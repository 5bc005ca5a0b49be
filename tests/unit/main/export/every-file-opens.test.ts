import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../main/db/open-database';
import { exportLedgerDocx, exportNoticeDocx } from '../../../../main/export/export-notice';
import { exportLedgerXlsx } from '../../../../main/export/ledger-xlsx';
import { createServices } from '../../../../main/services/create-services';
import { loadLayoutTemplates, type LayoutTemplates } from '../../../../main/layout-templates/load-layout-templates';
import type { Api } from '../../../../shared/api';
import { DEFAULT_LEDGER_SETTINGS, LEDGER_COLUMNS } from '../../../../shared/ledger/ledger-columns';
import type { FontSettings } from '../../../../shared/layout/style';
import type { AppSettings } from '../../../../shared/model/settings';
import { attr, docxParts, nodes, parseXml } from '../../../support/docx-xml';
import { pdfPages, renderDocxToPdf } from '../../../support/render';
import { sampleNotice } from '../../../support/sample-notice';
import { loadWorkbook } from '../../../support/xlsx-sheet';

/**
 * Characters XML 1.0 forbids, typed or pasted anywhere (a control character
 * from an old system's export, U+FFFE from a broken conversion, half a
 * surrogate pair from a cut), must never make an exported file fail to open.
 */
const FORBIDDEN = [
  '\u0000',
  '\u0001',
  '\u0008',
  '\u000B',
  '\u000C',
  '\u000E',
  '\u001F',
  '\u007F',
  '\uFFFE',
  '\uFFFF',
  '\uD800',
  '\uDBFF',
  '\uDC00',
  '\uDFFF',
];
/** What no part of a .docx may hold, as its XML text decodes. */
const FORBIDDEN_IN_PART =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;
/** Fields whose strings have a format of their own (ids, dates, enums): the schema refuses them malformed rather than cleaning them. */
const FORMATTED = new Set([
  'id',
  'layoutId',
  'kind',
  'status',
  'stage',
  'enumeration',
  'type',
  'createdAt',
  'updatedAt',
  'sourceItemId',
  'deadline',
  'deadlineKind',
  'date',
  'completedOn',
  'inspectionStart',
  'inspectionEnd',
  'feedbackDate',
  'publicationDate',
  'columns',
]);

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * The value with forbidden characters put into every free-text string, one
 * at each of a few distinct places (an original character between any two,
 * so two halves never pair up into a real character).
 */
function dirty<T>(value: T, next: () => number, key = ''): T {
  if (typeof value === 'string') {
    if (FORMATTED.has(key)) return value;
    const chars = value.split('');
    const places = new Set(Array.from({ length: 1 + Math.floor(next() * 3) }, () => Math.floor(next() * (chars.length + 1))));
    for (const at of [...places].sort((a, b) => b - a)) chars.splice(at, 0, FORBIDDEN[Math.floor(next() * FORBIDDEN.length)]!);
    return chars.join('') as T;
  }
  if (Array.isArray(value)) return value.map((v) => dirty(v, next, key)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, dirty(v, next, k)])) as T;
  return value;
}

/** Every string of a value, for checking none holds a forbidden character. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** Every XML part parses strictly and holds no forbidden character. */
function expectEveryPartOpens(bytes: Uint8Array): Record<string, string> {
  const parts = docxParts(bytes);
  const xmlParts = Object.keys(parts).filter((name) => name.endsWith('.xml') || name.endsWith('.rels'));
  expect(xmlParts).toEqual(expect.arrayContaining(['docProps/core.xml', 'word/document.xml', 'word/styles.xml', 'word/fontTable.xml']));
  for (const name of xmlParts) {
    expect(() => parseXml(parts[name]!), name).not.toThrow();
    expect(parts[name], name).not.toMatch(FORBIDDEN_IN_PART);
  }
  return parts;
}

/** The file as LibreOffice reads it: converted to PDF, its text. */
async function pdfText(bytes: Uint8Array, dir: string, name: string): Promise<string> {
  const path = join(dir, `${name}.docx`);
  writeFileSync(path, bytes);
  return (await pdfPages(await renderDocxToPdf(path, dir))).join('\n').replace(/\s+/gu, '');
}

const FONTS: FontSettings = {
  title: { name: '方正小标宋简体', fallbacks: ['华文中宋', '宋体'] },
  body: { name: '仿宋_GB2312', fallbacks: ['仿宋'] },
  heading1: { name: '黑体', fallbacks: [] },
  heading2: { name: '楷体_GB2312', fallbacks: ['楷体'] },
  pageNumber: { name: '宋体', fallbacks: [] },
  table: { name: '仿宋_GB2312', fallbacks: ['仿宋'] },
};

let templates: LayoutTemplates;
let dir: string;
beforeAll(() => {
  templates = loadLayoutTemplates();
  dir = mkdtempSync(join(tmpdir(), 'every-file-opens-'));
});

describe('the exporter, given forbidden characters everywhere', () => {
  it.each([1, 2, 3])('writes a notice whose every part parses and which LibreOffice converts (seed %i)', async (seed) => {
    const next = random(seed);
    const clean = sampleNotice(templates, 'duizhao', 2, 2);
    clean.meta.titleOverride = '中共某某市民政局党组关于十四届市委第十轮\n巡察整改阶段性进展情况的通报';
    const notice = dirty(clean, next);
    const bytes = await exportNoticeDocx(notice, templates, { fonts: dirty(FONTS, next) });
    const parts = expectEveryPartOpens(bytes);

    // The title in the file's properties, and the font names in every part, as the user wrote them.
    const title = parseXml(parts['docProps/core.xml']!).getElementsByTagName('dc:title')[0]?.textContent;
    expect(title).toBe('中共某某市民政局党组关于十四届市委第十轮巡察整改阶段性进展情况的通报');
    const fontNames = nodes('//w:font', parseXml(parts['word/fontTable.xml']!)).map((f) => attr(f, 'name'));
    expect(fontNames).toEqual(
      expect.arrayContaining(['方正小标宋简体', '华文中宋', '宋体', '仿宋_GB2312', '仿宋', '黑体', '楷体_GB2312', '楷体']),
    );
    const styleFonts = nodes('//w:rFonts', parseXml(parts['word/styles.xml']!)).map((f) => attr(f, 'eastAsia'));
    expect(styleFonts).toEqual(['仿宋_GB2312', '方正小标宋简体', '仿宋_GB2312']);
    const runFonts = new Set(nodes('//w:rFonts', parseXml(parts['word/document.xml']!)).map((f) => attr(f, 'eastAsia')));
    expect([...runFonts].sort()).toEqual(['仿宋_GB2312', '方正小标宋简体', '楷体_GB2312', '黑体'].sort());

    if (seed === 1) {
      const text = await pdfText(bytes, dir, 'notice');
      expect(text).toContain('巡察整改阶段性进展情况的通报');
      expect(text).toContain('整改取得阶段性进展');
    }
  });

  it('writes a ledger whose title and properties carry the issuer clean', async () => {
    const notice = sampleNotice(templates, 'duizhao', 1, 2);
    notice.meta = dirty(notice.meta, random(7));
    const bytes = await exportLedgerDocx(notice, templates, { fonts: dirty(FONTS, random(8)) });
    const parts = expectEveryPartOpens(bytes);
    expect(parseXml(parts['docProps/core.xml']!).getElementsByTagName('dc:title')[0]?.textContent).toBe(
      '中共某某市民政局党组巡察反馈问题整改台账',
    );
    expect(await pdfText(bytes, dir, 'ledger')).toContain('中共某某市民政局党组巡察反馈问题整改台账');
  });
});

describe('the .xlsx ledger, given forbidden characters everywhere', () => {
  it('writes a workbook whose every part parses, which exceljs loads and LibreOffice converts', async () => {
    const clean = sampleNotice(templates, 'duizhao', 2, 2);
    const notice = dirty(clean, random(21));
    const ledgerColumns = [...LEDGER_COLUMNS];
    const bytes = await exportLedgerXlsx(notice, templates, { fonts: dirty(FONTS, random(22)), ledgerColumns });
    const parts = docxParts(bytes);
    const xmlParts = Object.keys(parts).filter((name) => name.endsWith('.xml') || name.endsWith('.rels'));
    expect(xmlParts).toEqual(
      expect.arrayContaining(['xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml', 'xl/styles.xml', 'docProps/core.xml']),
    );
    for (const name of xmlParts) {
      expect(() => parseXml(parts[name]!), name).not.toThrow();
      expect(parts[name], name).not.toMatch(FORBIDDEN_IN_PART);
    }
    // The font names as the user wrote them, cleaned.
    const fontNames = new Set(
      nodes('//*[local-name()="font"]/*[local-name()="name"]', parseXml(parts['xl/styles.xml']!)).map((n) => n.getAttribute('val')),
    );
    expect(fontNames).toEqual(new Set(['Calibri', '方正小标宋简体', '仿宋_GB2312']));
    const sheet = (await loadWorkbook(bytes)).worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe('中共某某市民政局党组巡察反馈问题整改台账');

    const path = join(dir, 'ledger.xlsx');
    writeFileSync(path, bytes);
    const text = (await pdfPages(await renderDocxToPdf(path, dir))).join('\n').replace(/\s+/gu, '');
    expect(text).toContain('中共某某市民政局党组巡察反馈问题整改台账');
  });
});

describe('what the store keeps', () => {
  let services: Api;
  let exportPath: string;
  beforeAll(() => {
    const store = mkdtempSync(join(tmpdir(), 'every-file-opens-store-'));
    exportPath = join(store, 'out.docx');
    services = createServices({
      db: openDatabase(join(store, 'notices.sqlite')),
      databasePath: join(store, 'notices.sqlite'),
      templates,
      dialogs: { chooseImportPath: async () => null, chooseExportPath: async () => exportPath, showInFolder: () => undefined },
      now: () => new Date('2026-11-23T02:00:00.000Z'),
    });
  });

  it('saves a notice without the forbidden characters and with every other character, line breaks included', async () => {
    const clean = sampleNotice(templates, 'fenlei', 2, 2);
    clean.meta.titleOverride = '中共某某市民政局党组关于十四届市委第十轮\n巡察整改阶段性进展情况的通报';
    clean.meta.contacts[0] = { ...clean.meta.contacts[0]!, colon: '', separator: '，' };
    await services.saveNotice(dirty(clean, random(11)));
    const stored = await services.getNotice(clean.id);
    expect(strings(stored).filter((s) => FORBIDDEN_IN_PART.test(s))).toEqual([]);
    expect({ ...stored, updatedAt: clean.updatedAt }).toEqual(clean);

    // What is stored exports, ledger attached, and opens.
    const outcome = await services.exportDocx(clean.id, { attachLedger: true });
    expect(outcome).toEqual({ status: 'saved', path: exportPath });
    const bytes = readFileSync(exportPath);
    expectEveryPartOpens(bytes);
    expect(await pdfText(bytes, dir, 'stored')).toContain('巡察反馈问题整改台账');
  });

  it('saves settings with font names and defaults cleaned, and refuses a font name that is nothing but control characters', async () => {
    const settings: AppSettings = {
      export: { fonts: FONTS, heading3Bold: false },
      defaults: {
        issuer: '中共某某市民政局党组',
        issuerShort: '市民政局党组',
        inspectingBody: '市委',
        signature: '中共某某市民政局党组',
        contactsLead: '联系方式：',
        contacts: [{ kind: 'phone', label: '电话', value: '0769-22832508', colon: '：' }],
      },
      ledger: DEFAULT_LEDGER_SETTINGS,
      check: { words: [] },
      tracking: { statusLabels: { done: '已整改', mostlyDone: '基本整改', ongoing: '整改中', longTerm: '长期坚持' }, dueSoonDays: 7 },
    };
    const saved = await services.saveSettings(dirty(settings, random(12)));
    expect(saved).toEqual(settings);
    expect(await services.getSettings()).toEqual(settings);

    const nothing = { ...settings, export: { ...settings.export, fonts: { title: { name: '\u0001\uFFFE', fallbacks: [] } } } };
    await expect(services.saveSettings(nothing)).rejects.toThrow(/字体名称不能为空/u);
    expect(await services.getSettings()).toEqual(settings);
  });
});
