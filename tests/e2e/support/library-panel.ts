import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { artifactsDir } from './launch-app';
import { clickWhenStill, untilStill } from './motion';

/** About a second at 60 frames a second: longer than the panel takes to slide in. */
const WATCHED_FRAMES = 60;

/**
 * The 条目库 panel of the editor as a user drives it: opened from the
 * buttons above the outline, searched by typing, hits and templates read as
 * shown and inserted with their buttons; and the 存为模板 dialog.
 */
export class LibraryPanel {
  constructor(readonly page: Page) {}

  get drawer(): Locator {
    return this.page.locator('.library-drawer');
  }

  /** Opens the panel with the 条目库 button and waits for it. */
  async open(): Promise<void> {
    await this.page.locator('.outline-actions').getByRole('button', { name: '条目库', exact: true }).click();
    await this.drawer.locator('.ant-drawer-body').waitFor();
    // Its tabs are clicked next: only once the drawer has slid all the way in.
    await untilStill(this.drawer.locator('.ant-drawer-body'));
  }

  /** Opens the panel as open() does; returns how far the outline moved sideways at most, frame by frame, while the panel slid in. */
  async openWatchingOutline(): Promise<number> {
    const watched = this.page.evaluate(
      (frames) =>
        new Promise<number>((resolve) => {
          const outline = document.querySelector('.editor-outline')!;
          const start = outline.getBoundingClientRect().left;
          let most = 0;
          let seen = 0;
          const look = () => {
            most = Math.max(most, Math.abs(outline.getBoundingClientRect().left - start));
            if (++seen < frames) requestAnimationFrame(look);
            else resolve(most);
          };
          requestAnimationFrame(look);
        }),
      WATCHED_FRAMES,
    );
    await this.open();
    return watched;
  }

  async close(): Promise<void> {
    await this.drawer.getByRole('button', { name: /关闭|Close/ }).click();
    await this.drawer.locator('.ant-drawer-body').waitFor({ state: 'hidden' });
  }

  async showTab(name: '搜索问题' | '模板'): Promise<void> {
    await this.drawer.getByRole('tab', { name }).click();
    await this.drawer.getByRole('tab', { name, selected: true }).waitFor();
  }

  // ——— search ———

  searchBox(): Locator {
    return this.drawer.getByRole('searchbox', { name: '搜索问题' });
  }

  /** Types the query key by key, as a user does (each key may start a search). */
  async search(query: string): Promise<void> {
    const box = this.searchBox();
    await box.fill('');
    await box.pressSequentially(query);
  }

  /** The line above the hits: 找到 N 条 … */
  count(): Locator {
    return this.drawer.locator('.library-count');
  }

  hits(): Locator {
    return this.drawer.locator('.library-hit[data-item-id]');
  }

  /** The hit of one stored item. */
  hit(itemId: string): Locator {
    return this.drawer.locator(`.library-hit[data-item-id="${itemId}"]`);
  }

  /** What each hit shows highlighted, by item id. */
  async highlights(): Promise<Record<string, string[]>> {
    const pairs = await this.hits().evaluateAll((elements) =>
      elements.map(
        (e) => [e.getAttribute('data-item-id')!, Array.from(e.querySelectorAll('mark')).map((m) => m.textContent ?? '')] as const,
      ),
    );
    return Object.fromEntries(pairs);
  }

  /** Chooses statuses in the 整改状态 filter (by their labels). */
  async filterStatuses(labels: string[]): Promise<void> {
    const select = this.drawer.getByLabel('整改状态筛选');
    await select.click();
    for (const label of labels) {
      const option = this.page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: label });
      await clickWhenStill(option);
    }
    await this.page.keyboard.press('Escape');
  }

  async clearStatuses(): Promise<void> {
    const field = this.drawer.locator('.library-filter-status');
    await field.hover();
    await field.locator('.ant-select-clear').click();
  }

  /** Clicks 插入 (or 插入整组) on a hit and returns the success message. */
  async insert(itemId: string, what: 'item' | 'group' = 'item'): Promise<string> {
    const button = this.hit(itemId).getByRole('button', { name: what === 'item' ? '插入' : '插入整组', exact: true });
    return this.messageAfter(() => button.click());
  }

  // ——— templates ———

  templates(): Locator {
    return this.drawer.locator('.library-template');
  }

  template(name: string): Locator {
    return this.templates().filter({ has: this.page.locator('.library-template-name', { hasText: name }) });
  }

  /** The templates listed: name and tags, in order. */
  async templateList(): Promise<{ name: string; tags: string[]; kind: string }[]> {
    return this.templates().evaluateAll((elements) =>
      elements.map((e) => ({
        name: e.querySelector('.library-template-name')?.textContent ?? '',
        kind: e.querySelector('.library-kind')?.textContent ?? '',
        tags: Array.from(e.querySelectorAll('.library-tag')).map((t) => t.textContent ?? ''),
      })),
    );
  }

  async filterTemplates(text: string): Promise<void> {
    await this.drawer.getByRole('searchbox', { name: '筛选模板' }).fill(text);
  }

  async insertTemplate(name: string): Promise<string> {
    const button = this.template(name).getByRole('button', { name: '插入', exact: true });
    return this.messageAfter(() => button.click());
  }

  /** 修改: the same dialog as 存为模板, with the template's name and tags. */
  async editTemplate(name: string, fields: { name?: string; tags?: string[] }): Promise<void> {
    await this.template(name)
      .getByRole('button', { name: /修\s?改/ })
      .click();
    await this.fillTemplateDialog('修改模板', fields);
  }

  /** 删除, confirmed (or canceled) in the pop-up. */
  async deleteItemTemplate(name: string, confirm = true): Promise<void> {
    await this.template(name)
      .getByRole('button', { name: /删\s?除/ })
      .click();
    const popup = this.page.locator('.ant-popconfirm:visible');
    await popup.waitFor();
    await untilStill(popup);
    await popup.getByRole('button', { name: confirm ? /删\s?除/ : /取\s?消/ }).click();
    await popup.waitFor({ state: 'hidden' });
  }

  // ——— 存为模板 ———

  /** Clicks 存为模板 above the outline and fills the dialog; returns the dialog's description and starting name. */
  async saveAsTemplate(fields: { name?: string; tags?: string[] }): Promise<{ description: string; suggestedName: string }> {
    await this.page.locator('.outline-actions').getByRole('button', { name: '存为模板', exact: true }).click();
    const dialog = this.dialog('存为模板');
    await dialog.waitFor();
    const description = (await dialog.locator('.form-hint').textContent()) ?? '';
    const suggestedName = await dialog.getByLabel('模板名称').inputValue();
    await this.fillTemplateDialog('存为模板', fields);
    return { description, suggestedName };
  }

  dialog(title: string): Locator {
    return this.page.locator('.template-form-modal').filter({ has: this.page.locator('.ant-modal-title', { hasText: title }) });
  }

  private async fillTemplateDialog(title: string, fields: { name?: string; tags?: string[] }): Promise<void> {
    const dialog = this.dialog(title);
    await dialog.waitFor();
    await untilStill(dialog);
    if (fields.name !== undefined) await dialog.getByLabel('模板名称').fill(fields.name);
    if (fields.tags) {
      const tags = dialog.getByLabel('标签');
      // Remove what is there, then type each tag and press Enter.
      for (let remove = dialog.locator('.ant-select-selection-item-remove'); (await remove.count()) > 0;) await remove.first().click();
      for (const tag of fields.tags) {
        await tags.fill(tag);
        await tags.press('Enter');
      }
      // Away from the field, as a user would, so its suggestions no longer cover the buttons.
      await dialog.locator('.ant-modal-title').click();
      await dialog
        .locator('.ant-select-dropdown:visible')
        .waitFor({ state: 'hidden' })
        .catch(() => undefined);
    }
    await dialog.getByRole('button', { name: /保\s?存/ }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  // ——— messages and pictures ———

  /** Runs an action and returns the success message it brought up (messages shown before it are ignored). */
  async messageAfter(action: () => Promise<void>): Promise<string> {
    await this.page.locator('.library-message').evaluateAll((elements) => elements.forEach((e) => e.setAttribute('data-seen', '')));
    await action();
    const message = this.page.locator('.library-message:not([data-seen])').last();
    await message.waitFor();
    return (await message.textContent()) ?? '';
  }

  async screenshot(name: string): Promise<string> {
    mkdirSync(artifactsDir, { recursive: true });
    const path = join(artifactsDir, `${name}.png`);
    await this.page.mouse.move(700, 740);
    await this.page.screenshot({ path, animations: 'disabled' });
    return path;
  }
}
