import BetterSqlite3 from 'better-sqlite3';
import type { Locator } from 'playwright-core';
import { getNotice } from '../../../main/db/notices';
import { paragraphText } from '../../../shared/model/rich-text';
import type { NoticeParts } from '../../../shared/model/notice';
import { EditorPage } from './editor-page';
import type { LaunchedApp } from './launch-app';

/** A key typed at a moment: `at` is Date.now() when the key had been pressed. */
export interface Keystroke {
  text: string;
  at: number;
}

/**
 * The editor as the autosave tests drive it: steady typing, the top bar, the
 * dialog that asks before leaving, saves made to fail by the database
 * itself; and the SQLite file read through a connection of its own, so what
 * counts is what was committed to the file.
 */
export class AutosavePage extends EditorPage {
  private reader: BetterSqlite3.Database | null = null;

  constructor(app: LaunchedApp) {
    super(app);
  }

  /**
   * Types `text` one character every `intervalMs` at the end of a field,
   * calling `between` after each key (the test looks at the file there).
   */
  async typeSteadily(
    field: string,
    text: string,
    intervalMs: number,
    between: (typed: Keystroke[]) => void = () => {},
  ): Promise<Keystroke[]> {
    await this.focusEnd(field);
    const typed: Keystroke[] = [];
    const start = Date.now();
    for (const [index, character] of [...text].entries()) {
      // On a schedule, not a pause after each key: a slow key does not slow the typing down.
      const wait = start + index * intervalMs - Date.now();
      if (wait > 0) await this.page.waitForTimeout(wait);
      await this.page.keyboard.type(character);
      typed.push({ text: character, at: Date.now() });
      between(typed);
    }
    return typed;
  }

  /** A part's body as committed to the SQLite file, its paragraphs joined. */
  storedPartText(noticeId: string, part: keyof NoticeParts): string {
    this.reader ??= new BetterSqlite3(this.app.dbPath, { readonly: true, fileMustExist: true });
    return getNotice(this.reader, noticeId)!.parts[part].body.paragraphs.map(paragraphText).join('\n');
  }

  /** The database refuses every write from now on (real SQLite: `attempt to write a readonly database`). */
  failSaves(): void {
    this.app.db.pragma('query_only = 1');
  }

  allowSaves(): void {
    this.app.db.pragma('query_only = 0');
  }

  /** 通报列表 or 设置 in the top bar. */
  async topBar(label: '通报列表' | '设置'): Promise<void> {
    await this.page.getByRole('menuitem', { name: label }).click();
  }

  /** The dialog asking whether to leave although saving failed. */
  leaveDialog(): Locator {
    return this.page.locator('.ant-modal-confirm').filter({ hasText: '修改未能保存' });
  }

  /** The text of the button that has the focus (the dialog's default). */
  async focusedButton(): Promise<string> {
    return this.page.evaluate(() =>
      document.activeElement instanceof HTMLButtonElement ? (document.activeElement.textContent ?? '') : '',
    );
  }

  failedIndicator(): Locator {
    return this.page.locator('.save-indicator[data-save-state="failed"]');
  }

  closeReader(): void {
    this.reader?.close();
    this.reader = null;
  }
}
