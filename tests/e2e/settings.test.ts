import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadLayoutTemplates } from '../../main/layout-templates/load-layout-templates';
import type { ExportOutcome } from '../../shared/api';
import { DEFAULT_LEDGER_COLUMNS, DEFAULT_LEDGER_SETTINGS, LEDGER_COLUMNS, LEDGER_COLUMN_HEADERS } from '../../shared/ledger/ledger-columns';

import {
  DEFAULT_CHECK_SETTINGS,
  DEFAULT_EXPORT_SETTINGS,
  DEFAULT_NOTICE_DEFAULTS,
  DEFAULT_TRACKING_SETTINGS,
} from '../../shared/model/settings';
import { docxParts, nodes, parseXml, text } from '../support/docx-xml';
import { ledgerNotice } from '../support/ledger-notice';
import { artifactsDir, launchApp, type LaunchedApp } from './support/launch-app';
import { ListPage } from './support/list-page';
import { SettingsPage } from './support/settings-page';
import { EditorPage } from './support/editor-page';
import { untilStill } from './support/motion';

/** The columns an office may add, listed unticked after the usual ones. */
const ADDED = LEDGER_COLUMNS.filter((c) => !DEFAULT_LEDGER_COLUMNS.includes(c)).map((c) => LEDGER_COLUMN_HEADERS[c]);
const unticked = (name: string) => ({ name, included: false, place: '不导出' });

let app: LaunchedApp;
let settings: SettingsPage;

beforeAll(async () => {
  app = await launchApp();
  settings = new SettingsPage(app.page);
});
afterAll(async () => {
  await app?.close();
});
// Each test starts from the settings a fresh install has, on a freshly loaded 设置.
beforeEach(async () => {
  await app.services.saveSettings({
    export: DEFAULT_EXPORT_SETTINGS,
    defaults: DEFAULT_NOTICE_DEFAULTS,
    ledger: DEFAULT_LEDGER_SETTINGS,
    check: DEFAULT_CHECK_SETTINGS,
    tracking: DEFAULT_TRACKING_SETTINGS,
  });
  await settings.reload();
});

describe('设置', () => {
  it('shows the fonts of templates/style.json when none is set, and where the database is', async () => {
    expect(await settings.fontName('标题').inputValue()).toBe('方正小标宋简体');
    expect(await settings.fallbacks('标题')).toEqual(['华文中宋', '宋体']);
    expect(await settings.fontName('正文').inputValue()).toBe('仿宋_GB2312');
    expect(await settings.fallbacks('正文')).toEqual(['仿宋']);
    expect(await settings.fontName('一级标题').inputValue()).toBe('黑体');
    expect(await settings.fallbacks('一级标题')).toEqual([]);
    expect(await settings.fontName('二级标题').inputValue()).toBe('楷体_GB2312');
    expect(await settings.fallbacks('二级标题')).toEqual(['楷体']);
    expect(await settings.fontName('页码').inputValue()).toBe('宋体');
    expect(await settings.fontName('表格').inputValue()).toBe('仿宋_GB2312');
    expect(await settings.heading3Bold.getAttribute('aria-checked')).toBe('false');
    expect(await settings.field('巡察机关').inputValue()).toBe('市委');
    expect(await settings.field('联系方式引导语').inputValue()).toBe('联系方式：');
    expect((await settings.databasePath.innerText()).trim()).toBe(app.dbPath);
  });

  it('saves every setting, keeps them over a reload, and gives them to the next new notice', async () => {
    await settings.setFontName('正文', '方正仿宋_GBK');
    await settings.addFallback('正文', '华文仿宋');
    await settings.heading3Bold.click();
    await settings.field('发文机关').fill('中共某某市民政局党组');
    await settings.field('简称').fill('市民政局党组');
    await settings.field('巡察机关').fill('区委');
    await app.page.getByRole('button', { name: '同发文机关' }).click();
    await settings.field('联系方式引导语').fill('联系方式如下：');
    await settings.addContact({ kind: '电话', label: '电话', value: '0769-22832508' });
    await settings.addContact({ kind: '邮政信箱', label: '通讯地址', value: '某某市某某路1号' });
    await settings.addContact({ kind: '电子邮箱', label: '电子邮箱', value: 'dangwei@example.gov.cn' });
    await settings.moveContactUp(2);
    expect(await app.page.getByText('有未保存的修改').isVisible()).toBe(true);
    await settings.save('saved');

    // Channels added in 设置 are written 名称：内容, the colon kept with each.
    const contacts = [
      { kind: 'phone', label: '电话', colon: '：', value: '0769-22832508' },
      { kind: 'email', label: '电子邮箱', colon: '：', value: 'dangwei@example.gov.cn' },
      { kind: 'address', label: '通讯地址', colon: '：', value: '某某市某某路1号' },
    ];
    const stored = await app.services.getSettings();
    // Only the slot the user changed is stored; the others keep following templates/style.json.
    expect(stored.export).toEqual({ fonts: { body: { name: '方正仿宋_GBK', fallbacks: ['仿宋', '华文仿宋'] } }, heading3Bold: true });
    expect(stored.defaults).toEqual({
      issuer: '中共某某市民政局党组',
      issuerShort: '市民政局党组',
      inspectingBody: '区委',
      signature: '中共某某市民政局党组',
      contactsLead: '联系方式如下：',
      contacts,
    });

    await settings.reload();
    expect(await settings.fontName('正文').inputValue()).toBe('方正仿宋_GBK');
    expect(await settings.fallbacks('正文')).toEqual(['仿宋', '华文仿宋']);
    expect(await settings.heading3Bold.getAttribute('aria-checked')).toBe('true');
    expect(await settings.field('发文机关').inputValue()).toBe('中共某某市民政局党组');
    expect(await settings.field('署名').inputValue()).toBe('中共某某市民政局党组');
    expect(await settings.readContacts()).toEqual([
      { kind: '电话', label: '电话', value: '0769-22832508' },
      { kind: '电子邮箱', label: '电子邮箱', value: 'dangwei@example.gov.cn' },
      { kind: '邮政信箱', label: '通讯地址', value: '某某市某某路1号' },
    ]);

    const list = new ListPage(app.page);
    await list.goto();
    const before = (await app.services.listNotices()).map((n) => n.id);
    await list.createBlank();
    const id = (await app.services.listNotices()).map((n) => n.id).find((n) => !before.includes(n))!;
    const notice = await app.services.getNotice(id);
    expect(notice.meta).toMatchObject({
      issuer: '中共某某市民政局党组',
      issuerShort: '市民政局党组',
      inspectingBody: '区委',
      signature: '中共某某市民政局党组',
      contactsLead: '联系方式如下：',
      contacts,
    });

    // The real exporter writes the saved body font and its fallbacks.
    const exported = await app.services.exportDocx(id);
    if (exported.status !== 'saved') throw new Error('export was canceled');
    const parts = docxParts(readFileSync(exported.path));
    expect(parts['word/document.xml']).toContain('w:eastAsia="方正仿宋_GBK"');
    expect(parts['word/fontTable.xml']).toContain('方正仿宋_GBK');
    expect(parts['word/fontTable.xml']).toContain('华文仿宋');
  });

  it('restores a font to its default, which is then stored as unset', async () => {
    await app.services.saveSettings({
      export: { fonts: { title: { name: '华文中宋', fallbacks: ['宋体'] } }, heading3Bold: false },
      defaults: DEFAULT_NOTICE_DEFAULTS,
      ledger: DEFAULT_LEDGER_SETTINGS,
    });
    await settings.reload();
    expect(await settings.fontName('标题').inputValue()).toBe('华文中宋');

    await settings.restoreFont('标题');
    expect(await settings.fontName('标题').inputValue()).toBe('方正小标宋简体');
    expect(await settings.fallbacks('标题')).toEqual(['华文中宋', '宋体']);
    await settings.save('saved');
    expect((await app.services.getSettings()).export.fonts).toEqual({});
  });

  it('refuses an empty font name or an empty contact with a message in Chinese, and saves nothing', async () => {
    await settings.field('发文机关').fill('中共某某市民政局党组');
    await settings.setFontName('标题', '');
    await settings.addContact({ kind: '电话', label: '电话', value: '' });
    await settings.save('invalid');

    const errors = await settings.errors();
    expect(errors).toContain('请填写标题的字体名称');
    expect(errors).toContain('请填写联系方式的内容');
    await settings.toast.filter({ hasText: '请按红字提示改正后再保存' }).waitFor();
    expect(await app.services.getSettings()).toEqual({
      export: DEFAULT_EXPORT_SETTINGS,
      defaults: DEFAULT_NOTICE_DEFAULTS,
      ledger: DEFAULT_LEDGER_SETTINGS,
      check: DEFAULT_CHECK_SETTINGS,
      tracking: DEFAULT_TRACKING_SETTINGS,
    });

    // The form keeps what was typed, and once corrected it saves.
    await settings.setFontName('标题', '方正小标宋_GBK');
    await settings.removeContact(0);
    await settings.save('saved');
    const stored = await app.services.getSettings();
    expect(stored.export.fonts.title).toEqual({ name: '方正小标宋_GBK', fallbacks: ['华文中宋', '宋体'] });
    expect(stored.defaults.issuer).toBe('中共某某市民政局党组');
  });

  it('drops a fallback that repeats the font name, which could never be used', async () => {
    await settings.addFallback('一级标题', '黑体');
    await settings.addFallback('一级标题', '微软雅黑');
    await settings.save('saved');
    expect((await app.services.getSettings()).export.fonts).toEqual({ heading1: { name: '黑体', fallbacks: ['微软雅黑'] } });
    expect(await settings.fallbacks('一级标题')).toEqual(['微软雅黑']);
  });

  it('refuses a font name Word could not keep (over 31 characters)', async () => {
    await settings.setFontName('页码', '宋'.repeat(32));
    await settings.save('invalid');
    expect(await settings.errors()).toContain('字体名称不能超过 31 个字');
    expect((await app.services.getSettings()).export.fonts).toEqual({});
  });

  it('takes Chinese typed through an IME, without dropping or doubling a character', async () => {
    const cdp = await app.context.newCDPSession(app.page);
    const compose = async (keys: string, text: string) => {
      for (let i = 1; i <= keys.length; i++) {
        const typed = keys.slice(0, i);
        await cdp.send('Input.imeSetComposition', { text: typed, selectionStart: i, selectionEnd: i });
      }
      await cdp.send('Input.insertText', { text });
    };
    await settings.field('发文机关').click();
    await compose('zhonggong', '中共');
    await compose('moushi', '某市');
    // 仿宋 is also the start of a suggestion (仿宋_GB2312): Enter must keep what was typed.
    await settings.fontName('正文').fill('');
    // The pointer rests on the field itself, not over the suggestions it opens.
    await settings.fontName('正文').click();
    await compose('fangsong', '仿宋');
    await settings.fontName('正文').press('Enter');
    await settings.fontName('正文').press('Escape');
    const fallbackInput = app.page.getByRole('combobox', { name: '一级标题备用字体', exact: true });
    await fallbackInput.click();
    await compose('fangsong', '仿宋');
    await fallbackInput.press('Enter');
    await fallbackInput.press('Escape');
    await settings.save('saved');

    expect(await settings.field('发文机关').inputValue()).toBe('中共某市');
    expect(await settings.fallbacks('一级标题')).toEqual(['仿宋']);
    const stored = await app.services.getSettings();
    expect(stored.defaults.issuer).toBe('中共某市');
    expect(stored.export.fonts.heading1).toEqual({ name: '黑体', fallbacks: ['仿宋'] });
    expect(stored.export.fonts.body).toEqual({ name: '仿宋', fallbacks: [] });
    await cdp.detach();
  });

  it('asks before leaving with unsaved changes, and stays if told to', async () => {
    await settings.field('发文机关').fill('尚未保存的名称');
    await app.page.getByRole('menuitem', { name: '通报列表' }).click();
    const question = app.page.getByRole('dialog').filter({ hasText: '离开设置？' });
    await question.waitFor();
    await untilStill(question);
    expect(await question.innerText()).toContain('离开后这些修改将丢失');

    await question.getByRole('button', { name: '留在此页' }).click();
    await question.waitFor({ state: 'hidden' });
    expect(await settings.field('发文机关').inputValue()).toBe('尚未保存的名称');

    await app.page.getByRole('menuitem', { name: '通报列表' }).click();
    await question.waitFor();
    await untilStill(question);
    await question.getByRole('button', { name: '离开' }).click();
    await new ListPage(app.page).waitUntilLoaded();
    expect((await app.services.getSettings()).defaults.issuer).toBe('');

    // Nothing unsaved: no question.
    await settings.goto();
    await new ListPage(app.page).goto();
  });

  it('lists every ledger column, the usual ones ticked in the default order, then the ones an office may add', async () => {
    const defaults = DEFAULT_LEDGER_COLUMNS.map((c) => LEDGER_COLUMN_HEADERS[c]);
    expect(await settings.ledgerColumns()).toEqual([
      ...defaults.map((name, i) => ({ name, included: true, place: `第 ${i + 1} 列` })),
      ...ADDED.map(unticked),
    ]);
    expect(await settings.ledgerPreview()).toEqual(defaults);
    expect(await app.page.getByRole('button', { name: '恢复默认列' }).isDisabled()).toBe(true);
  });

  it('saves the ledger columns chosen and their order, and the exported ledger has exactly those', async () => {
    await settings.setLedgerColumn('问题类别', false);
    await settings.setLedgerColumn('责任领导', false);
    await settings.moveLedgerColumn('完成情况', '上移');
    await settings.moveLedgerColumn('完成情况', '上移');
    await settings.dragLedgerColumn('整改进展', '整改措施');
    // Past a column left out: the list changes, the table does not.
    const listed = async () => (await settings.ledgerColumns()).map((c) => c.name);
    const before = await listed();
    await settings.moveLedgerColumn('序号', '下移');
    // Wait for the list to show the move before the next click, or the click lands on the old layout.
    await expect.poll(listed).not.toEqual(before);
    expect((await settings.chosenLedgerColumns())[0]).toBe('序号');
    await settings.moveLedgerColumn('序号', '下移');
    const chosen = ['反馈问题', '序号', '整改进展', '整改措施', '完成情况', '责任单位', '整改时限'];
    await expect.poll(() => settings.chosenLedgerColumns()).toEqual(chosen);
    // An unticked column keeps its place in the list until the next visit.
    expect((await settings.ledgerColumns()).map((c) => c.name)).toEqual([
      '问题类别',
      '反馈问题',
      '序号',
      '整改进展',
      '整改措施',
      '责任领导',
      '完成情况',
      '责任单位',
      '整改时限',
      ...ADDED,
    ]);
    expect((await settings.ledgerColumns()).find((c) => c.name === '责任领导')!.place).toBe('不导出');
    expect(await settings.ledgerPreview()).toEqual(chosen);
    expect(await app.page.getByText('有未保存的修改').isVisible()).toBe(true);
    await app.page.locator('.ledger-columns').scrollIntoViewIfNeeded();
    // Away from the buttons, and long enough for their hover colours to fade.
    await app.page.mouse.move(1300, 700);
    await app.page.waitForTimeout(400);
    await app.page.screenshot({ path: join(artifactsDir, 'settings-ledger.png') });
    await settings.save('saved');

    const byHeader = Object.fromEntries(LEDGER_COLUMNS.map((c) => [LEDGER_COLUMN_HEADERS[c], c]));
    expect((await app.services.getSettings()).ledger.columns).toEqual(chosen.map((name) => byHeader[name]));
    await settings.reload();
    expect(await settings.chosenLedgerColumns()).toEqual(chosen);
    // After a reload the columns left out are listed after the chosen ones.
    expect((await settings.ledgerColumns()).slice(chosen.length)).toEqual([
      unticked('问题类别'),
      unticked('责任领导'),
      ...ADDED.map(unticked),
    ]);

    // The real exporter, alone and attached to the notice, writes these columns in this order.
    const notice = ledgerNotice(loadLayoutTemplates(), 4);
    await app.services.saveNotice(notice);
    const headerOf = (outcome: ExportOutcome) => {
      if (outcome.status !== 'saved') throw new Error('export was canceled');
      const document = parseXml(docxParts(readFileSync(outcome.path))['word/document.xml']!);
      return nodes('w:tc', nodes('//w:tbl/w:tr', document)[0]!).map(text);
    };
    expect(headerOf(await app.services.exportLedger(notice.id))).toEqual(chosen);
    expect(headerOf(await app.services.exportDocx(notice.id, { attachLedger: true }))).toEqual(chosen);
  });

  it('keeps at least one ledger column, and restores the default columns', async () => {
    for (const column of DEFAULT_LEDGER_COLUMNS.slice(1)) await settings.setLedgerColumn(LEDGER_COLUMN_HEADERS[column], false);
    expect(await settings.chosenLedgerColumns()).toEqual(['序号']);
    // The last column ticked cannot be unticked.
    expect(await settings.ledgerCheckbox('序号').isDisabled()).toBe(true);
    await settings.save('saved');
    expect((await app.services.getSettings()).ledger.columns).toEqual(['number']);

    await settings.moveLedgerColumn('整改进展', '上移');
    await settings.restoreLedgerColumns();
    const defaults = DEFAULT_LEDGER_COLUMNS.map((c) => LEDGER_COLUMN_HEADERS[c]);
    expect((await settings.ledgerColumns()).map((c) => c.name)).toEqual([...defaults, ...ADDED]);
    expect(await settings.chosenLedgerColumns()).toEqual(defaults);
    expect(await app.page.getByRole('button', { name: '恢复默认列' }).isDisabled()).toBe(true);
    await settings.save('saved');
    expect((await app.services.getSettings()).ledger).toEqual(DEFAULT_LEDGER_SETTINGS);
  });

  it('puts back what was saved on 放弃修改', async () => {
    await settings.field('发文机关').fill('随手写错的名称');
    await app.page.getByRole('button', { name: '放弃修改' }).click();
    expect(await settings.field('发文机关').inputValue()).toBe('');
    expect(await app.page.getByRole('button', { name: '放弃修改' }).isDisabled()).toBe(true);
  });

  it('keeps the office’s own words for the 送审检查, refusing a row whose two words are the same', async () => {
    await settings.addCheckWord({ wrong: '莞城区', right: '莞城街道', note: '本市无莞城区' });
    await settings.addCheckWord({ wrong: '市府办', right: '市府办' });
    await settings.save('invalid');
    expect(await settings.errors()).toContain('误写与应为不能相同');
    await settings.checkWordRows.nth(1).getByRole('textbox', { name: '应为' }).fill('市政府办公室');
    await settings.save('saved');
    expect((await app.services.getSettings()).check).toEqual({
      words: [
        { wrong: '莞城区', right: '莞城街道', note: '本市无莞城区' },
        { wrong: '市府办', right: '市政府办公室' },
      ],
    });
    await settings.reload();
    expect(await settings.readCheckWords()).toEqual([
      { wrong: '莞城区', right: '莞城街道', note: '本市无莞城区' },
      { wrong: '市府办', right: '市政府办公室', note: '' },
    ]);
    await settings.checkWordRows.first().scrollIntoViewIfNeeded();
    await app.page.screenshot({ path: join(artifactsDir, 'settings-check-words.png') });
  });

  it('renames a status in 整改跟踪, refuses two statuses of one name, and the editor shows the new name', async () => {
    const label = app.page.getByLabel('已完成的名称');
    await label.fill('持续推进');
    await settings.save('invalid');
    expect(await settings.errors()).toContain('与其他状态的名称相同');
    expect((await app.services.getSettings()).tracking).toEqual(DEFAULT_TRACKING_SETTINGS);
    await label.fill('已整改');
    await app.page.getByLabel('到期前提醒天数').fill('7');
    await settings.save('saved');
    expect((await app.services.getSettings()).tracking).toEqual({
      statusLabels: { ...DEFAULT_TRACKING_SETTINGS.statusLabels, done: '已整改' },
      dueSoonDays: 7,
    });

    // Items 1–3 of the ledger notice are done, the fourth still being worked on.
    const notice = ledgerNotice(loadLayoutTemplates(), 4);
    await app.services.saveNotice(notice);
    const editor = new EditorPage(app);
    await editor.openNotice(notice.id);
    const statuses = () => app.page.locator('.outline-tree .outline-status').allInnerTexts();
    await expect.poll(statuses).toEqual(['已整改', '已整改', '已整改', '持续推进']);
    await new ListPage(app.page).goto();
  });
});
