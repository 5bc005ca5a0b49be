import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { label, reloadPage } from './list-page';
import { clickWhenStill } from './motion';

/** The font slots as the screen names them. */
export type FontSlotLabel = '标题' | '正文' | '一级标题' | '二级标题' | '页码' | '表格';

/** The text fields of 新通报的默认内容, by their labels. */
export type DefaultsField = '发文机关' | '简称' | '巡察机关' | '署名' | '联系方式引导语';

export interface ContactInput {
  /** The kind as the select shows it: 电话, 邮政信箱, 邮政编码, 电子邮箱, 其他. */
  kind: string;
  label: string;
  value: string;
}

/** 设置 as a user drives it. */
export class SettingsPage {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { name: '设置', exact: true });
  }

  async goto(): Promise<void> {
    await this.page.getByRole('menuitem', { name: '设置' }).click();
    await this.waitUntilLoaded();
  }

  /** Reloads the whole app, back on 设置 (the route lives in the URL's hash). */
  async reload(): Promise<void> {
    await this.page.evaluate(() => history.replaceState(null, '', '#/settings'));
    await reloadPage(this.page);
    await this.waitUntilLoaded();
  }

  async waitUntilLoaded(): Promise<void> {
    await this.heading.waitFor();
    await this.fontName('标题').waitFor();
  }

  fontName(slot: FontSlotLabel): Locator {
    return this.page.getByRole('combobox', { name: `${slot}字体名称`, exact: true });
  }

  private fallbackSelect(slot: FontSlotLabel): Locator {
    return this.page.locator('.ant-select', { has: this.page.getByRole('combobox', { name: `${slot}备用字体`, exact: true }) });
  }

  async fallbacks(slot: FontSlotLabel): Promise<string[]> {
    return this.fallbackSelect(slot).locator('.ant-select-selection-item-content').allInnerTexts();
  }

  async setFontName(slot: FontSlotLabel, name: string): Promise<void> {
    const input = this.fontName(slot);
    await input.fill(name);
    // Close the suggestions so they cover nothing else.
    await input.press('Escape');
  }

  async addFallback(slot: FontSlotLabel, name: string): Promise<void> {
    const input = this.page.getByRole('combobox', { name: `${slot}备用字体`, exact: true });
    await input.click();
    await input.pressSequentially(name);
    await input.press('Enter');
    await input.press('Escape');
  }

  async removeFallback(slot: FontSlotLabel, name: string): Promise<void> {
    await this.fallbackSelect(slot)
      .locator('.ant-select-selection-item', { hasText: name })
      .locator('.ant-select-selection-item-remove')
      .click();
  }

  async restoreFont(slot: FontSlotLabel): Promise<void> {
    await this.page.getByRole('button', { name: `${slot}恢复默认字体`, exact: true }).click();
  }

  get heading3Bold(): Locator {
    return this.page.getByRole('switch', { name: '三级标题加粗' });
  }

  field(name: DefaultsField): Locator {
    return this.page.getByLabel(name, { exact: true });
  }

  get contactRows(): Locator {
    return this.page.getByRole('group', { name: /^第\d+项联系方式$/ });
  }

  async addContact(contact: ContactInput): Promise<void> {
    const count = await this.contactRows.count();
    await this.page.getByRole('button', { name: '添加联系方式' }).click();
    const row = this.contactRows.nth(count);
    // The list of the row before may still be fading out: wait until it is gone, so only this row's list shows.
    await expect.poll(() => this.page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').count()).toBe(0);
    await row.getByRole('combobox', { name: '类别' }).click();
    const kind = this.page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: new RegExp(`^${contact.kind}$`) });
    await clickWhenStill(kind);
    await row.getByRole('textbox', { name: '名称' }).fill(contact.label);
    await row.getByRole('textbox', { name: '内容' }).fill(contact.value);
  }

  async readContacts(): Promise<ContactInput[]> {
    const rows = await this.contactRows.all();
    return Promise.all(
      rows.map(async (row) => ({
        kind: (await row.locator('.ant-select').first().innerText()).trim(),
        label: await row.getByRole('textbox', { name: '名称' }).inputValue(),
        value: await row.getByRole('textbox', { name: '内容' }).inputValue(),
      })),
    );
  }

  async moveContactUp(index: number): Promise<void> {
    await this.contactRows
      .nth(index)
      .getByRole('button', { name: label('上移') })
      .click();
  }

  async removeContact(index: number): Promise<void> {
    await this.contactRows
      .nth(index)
      .getByRole('button', { name: label('删除') })
      .click();
  }

  // ——— 送审检查：易混词（本单位补充） ———

  get checkWordRows(): Locator {
    return this.page.getByRole('group', { name: /^第\d+个易混词$/ });
  }

  async addCheckWord(word: { wrong: string; right: string; note?: string }): Promise<void> {
    const count = await this.checkWordRows.count();
    await this.page.getByRole('button', { name: '添加易混词' }).click();
    const row = this.checkWordRows.nth(count);
    await row.getByRole('textbox', { name: '误写' }).fill(word.wrong);
    await row.getByRole('textbox', { name: '应为' }).fill(word.right);
    if (word.note !== undefined) await row.getByRole('textbox', { name: '说明' }).fill(word.note);
  }

  async readCheckWords(): Promise<{ wrong: string; right: string; note: string }[]> {
    const rows = await this.checkWordRows.all();
    return Promise.all(
      rows.map(async (row) => ({
        wrong: await row.getByRole('textbox', { name: '误写' }).inputValue(),
        right: await row.getByRole('textbox', { name: '应为' }).inputValue(),
        note: await row.getByRole('textbox', { name: '说明' }).inputValue(),
      })),
    );
  }

  // ——— 整改台账 ———

  private ledgerRow(column: string): Locator {
    return this.page.getByRole('group', { name: `台账列：${column}`, exact: true });
  }

  /** The ledger columns as listed, each with whether it is ticked and its place text (第 N 列 / 不导出). */
  async ledgerColumns(): Promise<{ name: string; included: boolean; place: string }[]> {
    const rows = await this.page.getByRole('group', { name: /^台账列：/ }).all();
    return Promise.all(
      rows.map(async (row) => ({
        name: (await row.getAttribute('aria-label'))!.replace(/^台账列：/u, ''),
        included: await row.getByRole('checkbox').isChecked(),
        place: (await row.locator('.ledger-column-position').innerText()).trim(),
      })),
    );
  }

  /** The names of the ticked columns, in their order. */
  async chosenLedgerColumns(): Promise<string[]> {
    return (await this.ledgerColumns()).filter((c) => c.included).map((c) => c.name);
  }

  ledgerCheckbox(column: string): Locator {
    return this.ledgerRow(column).getByRole('checkbox');
  }

  async setLedgerColumn(column: string, include: boolean): Promise<void> {
    await this.ledgerCheckbox(column).setChecked(include);
  }

  async moveLedgerColumn(column: string, direction: '上移' | '下移'): Promise<void> {
    await this.ledgerRow(column)
      .getByRole('button', { name: `“${column}”${direction}`, exact: true })
      .click();
  }

  /** Drags a column by its handle with the mouse and drops it on another column's place. */
  async dragLedgerColumn(column: string, onto: string): Promise<void> {
    const handle = (await this.ledgerRow(column).locator('.ledger-column-handle').boundingBox())!;
    const target = (await this.ledgerRow(onto).boundingBox())!;
    await this.page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await this.page.mouse.down();
    // In steps, as a hand moves: the sorting follows the pointer.
    await this.page.mouse.move(handle.x + handle.width / 2, target.y + target.height / 2, { steps: 12 });
    await this.page.mouse.up();
  }

  async restoreLedgerColumns(): Promise<void> {
    await this.page.getByRole('button', { name: '恢复默认列', exact: true }).click();
  }

  /** The header row the preview beside the list shows. */
  async ledgerPreview(): Promise<string[]> {
    return this.page.getByLabel('台账表头预览', { exact: true }).locator('.ledger-preview-cell').allInnerTexts();
  }

  get databasePath(): Locator {
    return this.page.locator('.database-path');
  }

  /** 保存; with `expect: 'saved'` waits for 已保存. */
  async save(expect: 'saved' | 'invalid'): Promise<void> {
    // Just after a save the button's name may still carry its fading “loading” icon.
    await this.page.getByRole('button', { name: /^(loading\s*)?保\s*存\s*$/ }).click();
    // The header's own status, not the toast: an earlier save's toast may still be showing.
    if (expect === 'saved')
      await this.page
        .locator('.settings-header [aria-live="polite"]')
        .filter({ hasText: /^已保存/ })
        .waitFor();
    else await this.page.locator('.ant-form-item-explain-error').first().waitFor();
  }

  /** The red messages under the fields. */
  async errors(): Promise<string[]> {
    return this.page.locator('.ant-form-item-explain-error').allInnerTexts();
  }

  /** The latest toast (antd message), e.g. why nothing was saved. */
  get toast(): Locator {
    return this.page.locator('.ant-message-notice').last();
  }
}
