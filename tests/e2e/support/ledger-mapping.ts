import type { Locator, Page } from 'playwright-core';
import { label } from './list-page';
import { clickWhenStill } from './motion';

/** 指定各列内容, the ledger import's mapping step, as a user drives it. */
export class LedgerMappingStep {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: '指定各列内容' });
  }

  /** Each column row as shown: header, sample values, the chosen content. */
  async readColumns(): Promise<{ header: string; samples: string; chosen: string }[]> {
    return this.dialog.locator('.ledger-mapping-columns tbody tr.ant-table-row').evaluateAll((rows) =>
      rows.map((row) => {
        const cells = Array.from(row.querySelectorAll('td'));
        return {
          header: cells[0]?.textContent?.trim() ?? '',
          samples: cells[1]?.textContent?.trim() ?? '',
          chosen: cells[2]?.querySelector('.ant-select-content, .ant-select-selection-item')?.textContent?.trim() ?? '',
        };
      }),
    );
  }

  /** Chooses what the column with this header holds, by the label the list shows (整改措施, 不导入 …). */
  async choose(header: string, content: string): Promise<void> {
    await this.dialog.getByRole('combobox', { name: `“${header}”列的内容` }).click();
    const option = this.page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: new RegExp(`^${content}$`) });
    // The list slides in: a click while it moves can miss, leaving it open with nothing chosen.
    await clickWhenStill(option);
    await this.page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
  }

  async continueImport(): Promise<void> {
    await this.dialog.getByRole('button', { name: '继续导入' }).click();
    await this.dialog.waitFor({ state: 'hidden' });
  }

  async cancel(): Promise<void> {
    await this.dialog.getByRole('button', { name: label('取消') }).click();
    await this.dialog.waitFor({ state: 'hidden' });
  }
}
