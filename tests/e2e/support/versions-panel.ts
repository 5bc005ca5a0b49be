import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { artifactsDir } from './launch-app';

/** The 历史版本 drawer as a user drives it: from the toolbar's button, by the words on screen. */
export class VersionsPanel {
  constructor(readonly page: Page) {}

  get drawer(): Locator {
    return this.page.locator('.versions-drawer');
  }

  async open(): Promise<void> {
    await this.page.locator('.editor-toolbar').getByRole('button', { name: '历史版本', exact: true }).click();
    await this.drawer.locator('.version-table').waitFor();
  }

  async close(): Promise<void> {
    await this.drawer.getByRole('button', { name: 'Close' }).or(this.drawer.locator('.ant-drawer-close')).first().click();
    await this.drawer.waitFor({ state: 'hidden' });
  }

  /** 保存当前版本 with a name typed into the dialog. */
  async saveVersion(name: string): Promise<void> {
    await this.drawer.getByRole('button', { name: '保存当前版本' }).click();
    const dialog = this.page.locator('.save-version-modal');
    await dialog.getByRole('textbox', { name: '版本名称' }).fill(name);
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await this.row(name).waitFor();
  }

  /** The list's row holding this text (a name, a reason). */
  row(text: string): Locator {
    return this.drawer.locator('.version-table tbody tr.ant-table-row').filter({ hasText: text }).first();
  }

  /** The rows' texts, newest first. */
  async rowTexts(): Promise<string[]> {
    return this.drawer.locator('.version-table tbody tr.ant-table-row').allInnerTexts();
  }

  async view(rowText: string): Promise<Locator> {
    await this.row(rowText).getByRole('button', { name: '查看' }).click();
    const reader = this.drawer.locator('.version-reader');
    await reader.waitFor();
    return reader;
  }

  async compareWithCurrent(rowText: string): Promise<Locator> {
    await this.row(rowText).getByRole('button', { name: '与当前比较' }).click();
    const view = this.drawer.locator('.version-comparison');
    await view.waitFor();
    return view;
  }

  async backToList(): Promise<void> {
    await this.drawer.getByRole('button', { name: '返回版本列表' }).click();
    await this.drawer.locator('.version-table').waitFor();
  }

  /** 恢复 on a row, then one of the dialog's two ways; `screenshot` names a picture of the dialog taken first. */
  async restore(rowText: string, mode: '恢复为当前' | '另存为新通报', screenshot?: string): Promise<void> {
    await this.row(rowText).getByRole('button', { name: '恢复' }).click();
    const dialog = this.page.locator('.restore-version-modal');
    await dialog.getByRole('button', { name: mode }).waitFor();
    if (screenshot) {
      // After antd's zoom-in, so the picture shows the dialog as it settles.
      await this.page.waitForTimeout(500);
      await this.screenshot(screenshot);
    }
    await dialog.getByRole('button', { name: mode }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  async screenshot(name: string): Promise<string> {
    const path = join(artifactsDir, `versions-${name}.png`);
    await this.page.mouse.move(10, 760);
    await this.page.screenshot({ path });
    return path;
  }
}
