import type { Locator, Page } from 'playwright-core';
import { clickWhenStill, untilStill } from './motion';

/**
 * A button's accessible name. antd puts a space between the two characters
 * of a two-character Chinese label (删 除), so match with or without it.
 */
export function label(text: string): RegExp {
  const escaped = [...text].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^\\s*${escaped.join('\\s*')}\\s*$`);
}

/**
 * Reloads the page. Another test run building the renderer into out/ at the
 * same moment (several people share one checkout) empties it for a second:
 * try again rather than fail on someone else's build.
 */
export async function reloadPage(page: Page): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await page.reload();
      return;
    } catch (error) {
      if (attempt === 3 || !String(error).includes('ERR_HTTP_RESPONSE_CODE_FAILURE')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  }
}

/** What a row of the list shows. */
export interface ListRow {
  id: string;
  title: string;
  stage: string;
  status: string;
  updatedAt: string;
}

/** 通报列表 as a user drives it. */
export class ListPage {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { name: '通报列表' });
  }

  /** The rows of the table, each carrying its notice's id. */
  get rows(): Locator {
    return this.page.locator('.notice-list-screen tbody tr[data-row-key]');
  }

  row(id: string): Locator {
    return this.page.locator(`.notice-list-screen tbody tr[data-row-key="${id}"]`);
  }

  /** The empty state with its call to action. */
  get emptyState(): Locator {
    return this.page.locator('.notice-list-empty');
  }

  async goto(): Promise<void> {
    await this.page.getByRole('menuitem', { name: '通报列表' }).click();
    await this.waitUntilLoaded();
  }

  /** Reloads the app on the list (the route lives in the URL's hash, which a reload keeps). */
  async reload(): Promise<void> {
    await this.page.evaluate(() => history.replaceState(null, '', '#/'));
    await reloadPage(this.page);
    await this.waitUntilLoaded();
  }

  /** The list (or its empty state) is shown and no longer loading. */
  async waitUntilLoaded(): Promise<void> {
    await this.heading.waitFor();
    await this.page.locator('.notice-list-screen .ant-table-wrapper, .notice-list-empty').first().waitFor();
    await this.page.locator('.notice-list-screen .ant-spin-spinning').waitFor({ state: 'detached' });
  }

  async ids(): Promise<string[]> {
    return this.rows.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-row-key') ?? ''));
  }

  async readRows(): Promise<ListRow[]> {
    const ids = await this.ids();
    return Promise.all(ids.map((id) => this.readRow(id)));
  }

  async readRow(id: string): Promise<ListRow> {
    const cells = await this.row(id).locator('td').allInnerTexts();
    const [title = '', stage = '', status = '', updatedAt = ''] = cells.map((text) => text.trim());
    return { id, title, stage, status, updatedAt };
  }

  /** Opens the 新建通报 dialog and answers it. */
  async openNewDialog(): Promise<Locator> {
    await this.page.getByRole('button', { name: label('新建通报') }).click();
    const dialog = this.page.getByRole('dialog', { name: '新建通报' });
    await dialog.waitFor();
    await untilStill(dialog);
    return dialog;
  }

  async createBlank(): Promise<void> {
    const dialog = await this.openNewDialog();
    await dialog.getByText('空白通报', { exact: true }).click();
    await this.confirmNew(dialog);
  }

  /** Chooses a layout by the name the templates give it (对照式 …). */
  async createFromLayout(layoutName: string): Promise<void> {
    const dialog = await this.openNewDialog();
    await dialog.getByText('按版式新建', { exact: true }).click();
    await dialog.getByRole('radio', { name: new RegExp(`^${layoutName}`) }).check();
    await this.confirmNew(dialog);
  }

  /** Copies the notice whose title is given, chosen in the dialog's list. */
  async createCopyOf(title: string): Promise<void> {
    const dialog = await this.openNewDialog();
    await dialog.getByText('复制已有通报', { exact: true }).click();
    await dialog.getByRole('combobox', { name: '要复制的通报' }).click();
    const option = this.page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: title }).first();
    await clickWhenStill(option);
    await this.confirmNew(dialog);
  }

  /** 新建 opens the new notice in the editor, so the list goes away. */
  private async confirmNew(dialog: Locator): Promise<void> {
    await dialog.getByRole('button', { name: label('新建') }).click();
    await this.heading.waitFor({ state: 'detached' });
  }

  // ——— 导入 ———

  /** Found by its text: antd keeps the spinner's 'loading' label in the name while the spinner fades out. */
  get importButton(): Locator {
    return this.page
      .locator('.notice-list-header')
      .getByRole('button')
      .filter({ hasText: label('导入通报') });
  }

  /** 核对导入结果: what the importer read, before anything is saved. */
  get importReview(): Locator {
    return this.page.getByRole('dialog', { name: '核对导入结果' });
  }

  /** The dialog that says why a file could not be imported. */
  get importFailure(): Locator {
    return this.page.getByRole('dialog').filter({ hasText: '无法导入这个文件' });
  }

  /** Clicks 导入通报 and waits until the file is read (or the open dialog was canceled). */
  async startImport(): Promise<void> {
    await this.importButton.click();
    await this.page.locator('.notice-list-header [aria-busy="true"]').waitFor({ state: 'detached' });
  }

  /** 正在读取文件… with its 取消, while the main process reads the chosen file. */
  get importReading(): Locator {
    return this.page.locator('.import-reading');
  }

  /** Clicks 导入通报 and, while the file is read, 取消; waits until the read has stopped. */
  async stopImportWhileReading(): Promise<void> {
    await this.importButton.click();
    await this.importReading.getByRole('button', { name: label('取消') }).click();
    await this.page.locator('.notice-list-header [aria-busy="true"]').waitFor({ state: 'detached' });
  }

  /** Imports the file the open dialog answers with and waits for the review. */
  async openImportReview(): Promise<Locator> {
    await this.startImport();
    await this.importReview.waitFor();
    // Its tree is clicked next: only once the dialog has finished zooming open.
    await untilStill(this.importReview);
    return this.importReview;
  }

  /** The review's facts table (文件, 标题, 版式 …) as label → text. */
  async readImportFacts(): Promise<Record<string, string>> {
    return this.importReview.locator('.import-review-facts').evaluate((table) => {
      const labels = Array.from(table.querySelectorAll('.ant-descriptions-item-label'));
      return Object.fromEntries(
        labels.map((label) => [label.textContent?.trim() ?? '', label.nextElementSibling?.textContent?.trim() ?? '']),
      );
    });
  }

  /** Every line of the review's checklist tree as shown: number then text, in order. */
  async readImportTree(): Promise<string[]> {
    return this.importReview
      .locator('.import-review-tree .outline-title')
      .evaluateAll((titles) =>
        titles.map((title) => `${title.getAttribute('data-number') ?? ''}${title.querySelector('.outline-text')?.textContent ?? ''}`),
      );
  }

  /** The warnings table's rows: 位置, 提示, 原文. */
  async readImportWarnings(): Promise<string[][]> {
    const rows = this.importReview.locator('.import-review-warnings tbody tr.ant-table-row');
    return rows.evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent?.trim() ?? '')));
  }

  /** 保存并打开: the notice opens in the editor, so the list goes away. */
  async acceptImport(): Promise<void> {
    await this.importReview.getByRole('button', { name: '保存并打开' }).click();
    await this.heading.waitFor({ state: 'detached' });
  }

  async cancelImport(): Promise<void> {
    await this.importReview.getByRole('button', { name: label('取消') }).click();
    await this.importReview.waitFor({ state: 'hidden' });
  }

  /** Reads the failure dialog and closes it; returns what it said. */
  async dismissImportFailure(): Promise<string> {
    await this.importFailure.waitFor();
    await untilStill(this.importFailure);
    const text = await this.importFailure.innerText();
    await this.importFailure.getByRole('button', { name: '知道了' }).click();
    await this.importFailure.waitFor({ state: 'hidden' });
    return text;
  }

  async open(id: string): Promise<void> {
    await this.row(id)
      .getByRole('button', { name: label('打开') })
      .click();
    await this.heading.waitFor({ state: 'detached' });
  }

  /** The row action 复制: the copy appears on top of the list. */
  async copy(id: string): Promise<void> {
    const before = (await this.ids()).length;
    await this.row(id)
      .getByRole('button', { name: label('复制') })
      .click();
    await this.page.getByText('已复制为新的草稿').waitFor();
    await this.page.waitForFunction(
      (count) => document.querySelectorAll('.notice-list-screen tbody tr[data-row-key]').length === count,
      before + 1,
    );
  }

  /** Asks to delete and answers the confirmation; returns the confirmation's text. */
  async delete(id: string, answer: 'confirm' | 'cancel'): Promise<string> {
    await this.row(id)
      .getByRole('button', { name: label('删除') })
      .click();
    const dialog = this.page.getByRole('dialog').filter({ hasText: '删除这份通报？' });
    await dialog.waitFor();
    await untilStill(dialog);
    const text = await dialog.innerText();
    await dialog.getByRole('button', { name: label(answer === 'confirm' ? '删除' : '取消') }).click();
    await dialog.waitFor({ state: 'hidden' });
    if (answer === 'confirm') await this.row(id).waitFor({ state: 'detached' });
    return text;
  }
}
