import type { Locator, Page } from 'playwright-core';

/** 预览 beside the editing column, as a user reads and clicks it. */
export class PreviewPane {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.locator('.paged-preview');
  }

  get sheets(): Locator {
    return this.root.locator('.preview-sheet');
  }

  /** Opens the pane on 预览 (the toolbar's toggle) and waits for the first page. */
  async open(): Promise<void> {
    const toggle = this.page.locator('.side-toggles').getByRole('button', { name: '预览', exact: true });
    if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
    await this.sheets.first().waitFor();
  }

  /** 共 N 页 as the pane's head shows it. */
  async countText(): Promise<string> {
    return (await this.root.getByLabel('页数').textContent()) ?? '';
  }

  /** Every line of every page, top to bottom, as drawn (page numbers left out). */
  async lines(): Promise<string[]> {
    return this.root.locator('.preview-line').evaluateAll((lines) => lines.map((line) => line.textContent ?? ''));
  }

  /** The whole text of the pages, without the page numbers, as one string. */
  async text(): Promise<string> {
    return (await this.lines()).join('');
  }

  /** The text of the lines marked as the editor's selection. */
  async markedText(): Promise<string> {
    const marked = await this.root.locator('.preview-line-marked').evaluateAll((lines) => lines.map((line) => line.textContent ?? ''));
    return marked.join('');
  }

  /** The text of the lines that print the paragraph the caret is in. */
  async editingText(): Promise<string> {
    const lines = await this.root.locator('.preview-line-editing').evaluateAll((found) => found.map((line) => line.textContent ?? ''));
    return lines.join('');
  }

  /** The first line whose text holds `text`. */
  line(text: string): Locator {
    return this.root.locator('.preview-line', { hasText: text }).first();
  }

  /** The page numbers as printed in the footers, with their side. */
  async pageNumbers(): Promise<{ text: string; align: string }[]> {
    return this.root
      .locator('.preview-page-number')
      .evaluateAll((numbers) => numbers.map((n) => ({ text: n.textContent ?? '', align: (n as HTMLElement).style.textAlign })));
  }
}
