import { join } from 'node:path';
import type { CDPSession, Locator, Page } from 'playwright-core';
import type { CreateNoticeInput } from '../../../shared/api';
import type { Notice, NoticeMeta } from '../../../shared/model/notice';
import { artifactsDir, type LaunchedApp } from './launch-app';
import { clickWhenStill, untilStill } from './motion';

/** Metadata the form can fill; dates as ISO `YYYY-MM-DD`. */
export type MetadataInput = Partial<
  Pick<
    NoticeMeta,
    | 'issuer'
    | 'issuerShort'
    | 'inspectingBody'
    | 'round'
    | 'inspectionGroup'
    | 'inspectionStart'
    | 'inspectionEnd'
    | 'feedbackDate'
    | 'publicationDate'
    | 'signature'
  >
>;

const DATE_LABELS = {
  inspectionStart: '巡察开始日期',
  inspectionEnd: '巡察结束日期',
  feedbackDate: '反馈日期',
  publicationDate: '成文日期',
} as const;

const TEXT_LABELS = {
  issuer: '发文机关',
  issuerShort: '简称',
  inspectingBody: '巡察机关',
  round: '巡察轮次',
  inspectionGroup: '巡察组',
  signature: '署名',
} as const;

/**
 * The 编辑 screen as a user drives it: through the outline, the buttons, the
 * fields and the keyboard (IME composition through CDP, as a Pinyin IME
 * produces it). Tests read what the screen shows here and what was stored
 * through `app.services`.
 */
export class EditorPage {
  readonly page: Page;
  private cdp: CDPSession | null = null;

  constructor(readonly app: LaunchedApp) {
    this.page = app.page;
  }

  /** A new notice, made by the services as the list screen would. */
  async createNotice(input: CreateNoticeInput = { kind: 'layout', layoutId: 'duizhao' }): Promise<Notice> {
    return this.app.services.createNotice(input);
  }

  /** Opens a notice in the editor and waits until it is shown. */
  async openNotice(id: string): Promise<void> {
    await this.page.evaluate((noticeId) => {
      location.hash = `#/editor/${encodeURIComponent(noticeId)}`;
    }, id);
    // The page follows the hash a moment later (and loads the notice): until then the one being left is still shown.
    await this.page.locator(`.editor-screen[data-notice-id=${JSON.stringify(id)}]`).waitFor();
  }

  /** Reloads the page (the route is in the hash) and waits for the editor again. */
  async reload(): Promise<void> {
    // Another test run in the same checkout may be rebuilding out/renderer at
    // this moment (global setup empties it first): wait for it rather than fail.
    for (let attempt = 1; ; attempt++) {
      try {
        await this.page.reload();
        break;
      } catch (error) {
        if (attempt === 5) throw error;
        await this.page.waitForTimeout(3000);
      }
    }
    await this.page.locator('.editor-screen').waitFor();
  }

  // ——— outline ———

  outlineNode(key: string): Locator {
    return this.page.locator(`.outline-tree [data-outline-key="${key}"]`);
  }

  async select(key: string): Promise<void> {
    await this.outlineNode(key).click();
    await this.page.locator('.ant-tree-treenode-selected [data-outline-key="' + key + '"]').waitFor();
  }

  /** The key of the node selected in the outline. */
  async selectedKey(): Promise<string> {
    return (await this.page.locator('.ant-tree-treenode-selected [data-outline-key]').getAttribute('data-outline-key'))!;
  }

  async openMetadata(): Promise<void> {
    await this.select('meta');
    await this.page.locator('.metadata-form').waitFor();
  }

  /** Clicks a button above the outline (新增分组, 上移, 降级 …). */
  async outlineCommand(label: string): Promise<void> {
    await this.page.locator('.outline-actions').getByRole('button', { name: label, exact: true }).click();
  }

  /** 新增分组, then types its title; returns the new group's id. */
  async addGroup(title: string): Promise<string> {
    await this.outlineCommand('新增分组');
    const field = this.page.getByRole('textbox', { name: '分组标题' });
    await field.waitFor();
    await field.fill(title);
    return this.selectedKey();
  }

  /** 新增问题, then types the problem; returns the new item's id. */
  async addItem(problem: string): Promise<string> {
    await this.outlineCommand('新增问题');
    const field = this.page.getByRole('textbox', { name: '反馈问题', exact: true });
    await field.waitFor();
    await field.fill(problem);
    return this.selectedKey();
  }

  /** Selects a checklist node by id. */
  async selectNode(id: string): Promise<void> {
    await this.select(id);
  }

  /**
   * Drags one outline node onto another with the mouse. `where`: onto the
   * target's lower half (a group that is open takes it as its first child;
   * otherwise it goes after the target) or its upper half (before it).
   */
  async dragNode(fromKey: string, toKey: string, where: 'onto' | 'above' = 'onto'): Promise<void> {
    const target = this.outlineNode(toKey);
    const box = (await target.boundingBox())!;
    await this.outlineNode(fromKey).dragTo(target, {
      targetPosition: { x: Math.min(40, box.width / 2), y: where === 'onto' ? box.height * 0.75 : box.height * 0.2 },
    });
  }

  /** The numbers the outline shows, by node id (checklist nodes only). */
  async numbering(): Promise<Map<string, string>> {
    const pairs = await this.page
      .locator('.outline-tree [data-outline-key]')
      .evaluateAll((elements) =>
        elements.map((e) => [e.getAttribute('data-outline-key')!, e.getAttribute('data-number') ?? ''] as [string, string]),
      );
    return new Map(pairs.filter(([key]) => key !== 'meta' && !key.startsWith('part:')));
  }

  /** The outline's lines as shown, number and text. */
  async outlineLines(): Promise<string[]> {
    return this.page
      .locator('.outline-tree .outline-title')
      .evaluateAll((elements) =>
        elements.map(
          (e) => (e.querySelector('.outline-number')?.textContent ?? '') + (e.querySelector('.outline-text')?.textContent ?? ''),
        ),
      );
  }

  // ——— fields ———

  /** A field by its accessible name: a rich-text field (整改措施), an input (反馈问题, 责任单位). */
  field(name: string): Locator {
    return this.page.getByRole('textbox', { name, exact: true });
  }

  /** The paragraphs of a rich-text field as shown (generated enumerators are not text). */
  async richText(name: string): Promise<string[]> {
    return this.field(name).evaluate((editable) =>
      // Text leaves only: a placeholder or the zero-width marker of an empty line is not text.
      Array.from(editable.querySelectorAll(':scope > [data-slate-node="element"]')).map((p) =>
        Array.from(p.querySelectorAll('[data-slate-string]'))
          .map((leaf) => leaf.textContent ?? '')
          .join(''),
      ),
    );
  }

  /** Clicks into a field and puts the caret at the end of its text. */
  async focusEnd(name: string): Promise<void> {
    const field = this.field(name);
    await field.click();
    await this.page.keyboard.press('Control+End');
  }

  /** Types at the end of a field with real key presses. */
  async typeInField(name: string, text: string): Promise<void> {
    await this.focusEnd(name);
    await this.page.keyboard.type(text);
  }

  /** Moves the caret `count` characters to the left. */
  async caretLeft(count: number): Promise<void> {
    for (let i = 0; i < count; i++) await this.page.keyboard.press('ArrowLeft');
  }

  /**
   * Types Chinese as a Pinyin IME does, where the caret is: the composition
   * grows one Latin letter per key stroke (imeSetComposition), then the
   * chosen characters are committed (insertText).
   */
  async imeType(pinyin: string, text: string): Promise<void> {
    this.cdp ??= await this.page.context().newCDPSession(this.page);
    for (let i = 1; i <= pinyin.length; i++) {
      const composing = pinyin.slice(0, i);
      await this.cdp.send('Input.imeSetComposition', { text: composing, selectionStart: composing.length, selectionEnd: composing.length });
    }
    await this.cdp.send('Input.insertText', { text });
  }

  /**
   * Pastes with Ctrl+V through the system clipboard, as from Word or WPS:
   * the clipboard is filled with exactly these types first.
   */
  async paste(data: Record<string, string>): Promise<void> {
    await this.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: this.app.appUrl });
    await this.page.evaluate(async (entries) => {
      const blobs = Object.fromEntries(Object.entries(entries).map(([type, text]) => [type, new Blob([text], { type })]));
      await navigator.clipboard.write([new ClipboardItem(blobs)]);
    }, data);
    await this.page.keyboard.press('Control+v');
  }

  /**
   * Pastes exactly these clipboard types where the caret is, as Chromium
   * delivers a paste: a trusted-looking `paste` ClipboardEvent first (Slate
   * takes plain-text-only pastes there), then, unless it was cancelled, the
   * `beforeinput` insertFromPaste event carrying the same DataTransfer
   * (Slate takes HTML there). Unlike `paste`, the HTML arrives byte for
   * byte, as Word wrote it: the system clipboard would sanitise it.
   */
  async dispatchPaste(data: Record<string, string>): Promise<void> {
    await this.settleCaret();
    await this.page.evaluate((entries) => {
      const target = document.activeElement;
      if (!(target instanceof HTMLElement) || !target.isContentEditable) throw new Error('no rich-text field has the focus');
      const clipboardData = new DataTransfer();
      for (const [type, text] of Object.entries(entries)) clipboardData.setData(type, text);
      const paste = new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true });
      if (!target.dispatchEvent(paste)) return;
      target.dispatchEvent(
        new InputEvent('beforeinput', { inputType: 'insertFromPaste', dataTransfer: clipboardData, bubbles: true, cancelable: true }),
      );
    }, data);
    // Slate renders the change on the next frame.
    await this.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  }

  /**
   * Waits until Slate has read where a click or a key left the caret: it
   * reads selectionchange at most every 100 ms, and a synthetic event or a
   * Slate-handled key (ArrowLeft) sent sooner acts on the caret before.
   */
  async settleCaret(): Promise<void> {
    await this.page.waitForTimeout(150);
  }

  /** Chooses how a rich-text field numbers its paragraphs (its 编号方式 select), by the option's text. */
  async chooseEnumeration(field: string, option: string): Promise<void> {
    await this.page.getByLabel(`${field}的编号方式`).click();
    const choice = this.page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option });
    await clickWhenStill(choice);
    // Closed, so it covers no text in a screenshot.
    await this.page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
  }

  /** The paragraphs of a rich-text field as shown, each with the bold parts of its text and whether it takes a number. */
  async richParagraphs(name: string): Promise<{ text: string; bold: string[]; numbered: boolean }[]> {
    return this.field(name).evaluate((editable) =>
      Array.from(editable.querySelectorAll(':scope > [data-slate-node="element"]')).map((p) => ({
        text: Array.from(p.querySelectorAll('[data-slate-string]'))
          .map((leaf) => leaf.textContent ?? '')
          .join(''),
        bold: Array.from(p.querySelectorAll('strong')).map((strong) => strong.textContent ?? ''),
        numbered: p.hasAttribute('data-numbered'),
      })),
    );
  }

  /** Ctrl+Z in the focused field. */
  async undo(): Promise<void> {
    await this.page.keyboard.press('Control+z');
  }

  async redo(): Promise<void> {
    await this.page.keyboard.press('Control+y');
  }

  /** Fills the 标题与开头 form; dates are typed into the Chinese date pickers. */
  async fillMetadata(meta: MetadataInput): Promise<void> {
    await this.openMetadata();
    for (const [key, label] of Object.entries(TEXT_LABELS) as [keyof typeof TEXT_LABELS, string][]) {
      const value = meta[key];
      if (value !== undefined) await this.field(label).fill(value);
    }
    for (const [key, label] of Object.entries(DATE_LABELS) as [keyof typeof DATE_LABELS, string][]) {
      const value = meta[key];
      if (value) await this.typeDate(label, value);
    }
  }

  /** Types a date as the picker shows it (2020年5月19日) and confirms with Enter. */
  async typeDate(label: string, iso: string): Promise<void> {
    const [year, month, day] = iso.split('-').map(Number);
    const input = this.page.getByLabel(label, { exact: true });
    await input.click();
    await input.fill(`${year}年${month}月${day}日`);
    await input.press('Enter');
  }

  // ——— save and export ———

  saveIndicator(): Locator {
    return this.page.locator('.save-indicator');
  }

  /** Waits until the indicator says 已保存 (every change is in the database). */
  async waitSaved(): Promise<void> {
    // Let the last input's rendering finish first, so 已保存 is not read from before it.
    await this.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    await this.page.locator('.save-indicator[data-save-state="saved"]').waitFor();
  }

  /** The notice as stored in the database. */
  async stored(id: string): Promise<Notice> {
    return this.app.services.getNotice(id);
  }

  /** Clicks 导出 Word and returns the success message's text. */
  async exportDocx(): Promise<string> {
    return this.runExport('导出 Word');
  }

  /** Clicks 导出台账 and returns the success message's text. */
  async exportLedger(): Promise<string> {
    return this.runExport('导出台账');
  }

  /** 附带台账, beside 导出 Word: the ledger goes into the Word file as 附件. */
  get attachLedger(): Locator {
    return this.page.getByRole('checkbox', { name: '附带台账', exact: true });
  }

  /**
   * An export button by its text, not its accessible name: antd's fading
   * loading icon can leave "loading" in the name for a while after the
   * previous export.
   */
  exportButton(button: '导出 Word' | '导出台账'): Locator {
    return this.page.locator('.editor-toolbar button').filter({ hasText: new RegExp(`^\\s*${button}\\s*$`) });
  }

  /** What 导出 Word asks when the 送审检查 finds errors: 仍然导出 or 返回修改. */
  get checkQuestion(): Locator {
    return this.page.locator('.export-check-question');
  }

  /** The path of the file the app showed in its folder last (every export does). */
  get lastExported(): string {
    return this.app.shown.at(-1)!;
  }

  /**
   * Clicks an export button and waits until this export's file was shown in
   * its folder and its message is on screen: an earlier export's message may
   * still be showing the same words.
   */
  private async runExport(button: '导出 Word' | '导出台账'): Promise<string> {
    const before = this.app.shown.length;
    await this.exportButton(button).click();
    for (let waited = 0; this.app.shown.length === before; waited += 50) {
      if (waited > 20_000) throw new Error(`${button}: no file was exported`);
      // The notices these tests export are not all ready to send (no date …): the 送审检查's question is answered 仍然导出.
      // Once answered, the question fades out while the export runs: wait until it is gone, or a second click would chase a closing dialog.
      if (await this.checkQuestion.isVisible()) {
        await untilStill(this.checkQuestion);
        await this.checkQuestion.getByRole('button', { name: '仍然导出' }).click();
        await this.checkQuestion.waitFor({ state: 'hidden' });
      }
      await this.page.waitForTimeout(50);
    }
    const message = this.page.locator('.export-success').filter({ hasText: this.lastExported });
    await message.waitFor();
    return (await message.textContent()) ?? '';
  }

  async screenshot(name: string): Promise<string> {
    const path = join(artifactsDir, `editor-${name}.png`);
    // Away from the buttons, so no hover tooltip covers the screen.
    await this.page.mouse.move(700, 740);
    await this.page.screenshot({ path });
    return path;
  }
}
