import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AutosavePage, type Keystroke } from './support/autosave-page';
import { launchApp, type LaunchedApp } from './support/launch-app';
import { clickWhenStill } from './support/motion';

/**
 * Autosave end to end: the real renderer in Chromium, the real services on a
 * real SQLite file, which the tests read through a connection of their own.
 * Closing goes through window.lifecycle and main's close guard as in Electron.
 */
const FIELD = '正文';
const PART = 'organisation';
// Typed into the 一、 part's body, long enough for 10 s at one key every 150 ms.
const SENTENCES =
  '局党组召开专题会议研究部署巡察整改工作，成立整改工作领导小组，建立问题清单、任务清单、责任清单，逐项明确责任领导和完成时限。';
const KEY_INTERVAL_MS = 150;
// Promised: saved within 2 s of the change; the test allows the reading a little slack.
const PROMISED_MS = 2500;

async function openOrganisationPart(app: LaunchedApp): Promise<{ page: AutosavePage; noticeId: string }> {
  const page = new AutosavePage(app);
  const notice = await page.createNotice({ kind: 'layout', layoutId: 'duizhao' });
  await page.openNotice(notice.id);
  await page.select('part:organisation');
  await page.field(FIELD).waitFor();
  return { page, noticeId: notice.id };
}

const textOf = (typed: Keystroke[]) => typed.map((key) => key.text).join('');

/** Each test starts from everything saved, with the part's body showing: one failing test does not fail the next. */
async function ready(page: AutosavePage): Promise<void> {
  page.allowSaves();
  await page.waitSaved();
  if ((await page.selectedKey()) !== 'part:organisation') await page.select('part:organisation');
  await page.field(FIELD).waitFor();
}

describe('autosave while the user types', () => {
  let app: LaunchedApp;
  let page: AutosavePage;
  let noticeId: string;
  beforeAll(async () => {
    app = await launchApp();
    ({ page, noticeId } = await openOrganisationPart(app));
  });
  afterAll(async () => {
    page?.closeReader();
    await app?.close();
  });

  it('has what was typed more than 2.5 s ago in the SQLite file while typing goes on for 10 s', async () => {
    await ready(page);
    const before = page.storedPartText(noticeId, PART);
    const text = [...SENTENCES.repeat(2)].slice(0, Math.ceil(10_000 / KEY_INTERVAL_MS)).join('');
    let checks = 0;
    const late: string[] = [];
    const typed = await page.typeSteadily(FIELD, text, KEY_INTERVAL_MS, (sofar) => {
      const now = Date.now();
      const due = textOf(sofar.filter((key) => now - key.at > PROMISED_MS));
      if (due === '') return;
      checks += 1;
      const stored = page.storedPartText(noticeId, PART);
      // Stored: what was there, then a prefix of what was typed, at least up to what is due.
      if (!stored.startsWith(before + due))
        late.push(`${now - sofar[0]!.at} ms 时库中为“${stored.slice(before.length)}”，应至少有“${due}”`);
    });
    expect(typed.at(-1)!.at - typed[0]!.at).toBeGreaterThan(9_500);
    expect(checks).toBeGreaterThan(40);
    expect(late).toEqual([]);
    await page.waitSaved();
    expect(page.storedPartText(noticeId, PART)).toBe(before + text);
  });

  it('keeps what was typed when the page is reloaded 100 ms after the last key', async () => {
    await ready(page);
    const before = page.storedPartText(noticeId, PART);
    // Steady typing first, so saves of the longest wait are under way when the reload comes.
    const typed = await page.typeSteadily(FIELD, '重新载入前输入的文字不丢失', KEY_INTERVAL_MS);
    await page.page.waitForTimeout(100);
    await page.reload();
    expect(page.storedPartText(noticeId, PART)).toBe(before + textOf(typed));
    await page.select('part:organisation');
    expect((await page.richText(FIELD)).join('\n')).toBe(before + textOf(typed));
  });

  it('keeps 保存失败 and 重试 when saves fail; leaving by the top bar asks, staying keeps the text, 重试 saves', async () => {
    await ready(page);
    const before = page.storedPartText(noticeId, PART);
    page.failSaves();
    await page.typeInField(FIELD, '数据库拒绝写入时输入');
    const failed = page.failedIndicator();
    await failed.waitFor();
    expect(await failed.textContent()).toContain('保存失败');
    const retry = failed.getByRole('button', { name: /重\s?试/ });
    expect(await retry.isVisible()).toBe(true);

    for (const label of ['通报列表', '设置'] as const) {
      await page.topBar(label);
      const dialog = page.leaveDialog();
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain('修改未能保存，仍要离开？');
      // Staying is the default: Enter would keep the user here.
      await expect.poll(async () => (await page.focusedButton()).replace(/\s/g, '')).toBe('留在此页');
      await clickWhenStill(dialog.getByRole('button', { name: /留在此页/ }));
      await dialog.waitFor({ state: 'detached' });
      expect(await page.page.locator('.editor-screen').isVisible()).toBe(true);
      expect((await page.richText(FIELD)).join('\n')).toBe(`${before}数据库拒绝写入时输入`);
      expect(await retry.isVisible()).toBe(true);
    }
    expect(page.storedPartText(noticeId, PART)).toBe(before);

    page.allowSaves();
    await retry.click();
    await page.waitSaved();
    expect(page.storedPartText(noticeId, PART)).toBe(`${before}数据库拒绝写入时输入`);
    // Saved now: the top bar leaves without asking.
    await page.topBar('通报列表');
    await page.page.locator('.editor-screen').waitFor({ state: 'detached' });
    expect(await page.leaveDialog().count()).toBe(0);
  });
});

describe('closing the window', () => {
  const LIMIT_MS = 1000;
  let app: LaunchedApp;
  let page: AutosavePage;
  let noticeId: string;
  beforeAll(async () => {
    app = await launchApp({ closeTimeLimitMs: LIMIT_MS });
    ({ page, noticeId } = await openOrganisationPart(app));
  });
  afterAll(async () => {
    page?.closeReader();
    await app?.close();
  });

  it('asks when saves fail, waits for the user past the time limit, and stays with the text', async () => {
    await ready(page);
    const before = page.storedPartText(noticeId, PART);
    page.failSaves();
    await page.typeInField(FIELD, '关闭前未能保存');
    await page.failedIndicator().waitFor();
    const outcome = app.lifecycle.requestClose();
    const dialog = page.leaveDialog();
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('修改未能保存，仍要关闭？');
    await expect.poll(async () => (await page.focusedButton()).replace(/\s/g, '')).toBe('留在此页');
    // The user reads the dialog longer than the time limit: the window waits for the answer.
    await page.page.waitForTimeout(LIMIT_MS * 2);
    expect(app.lifecycle.closed).toBe(false);
    await clickWhenStill(dialog.getByRole('button', { name: /留在此页/ }));
    expect(await outcome).toBe('stayed');
    expect(app.lifecycle.answers).toEqual(['asking', 'stay']);
    expect((await page.richText(FIELD)).join('\n')).toBe(`${before}关闭前未能保存`);
    expect(await page.failedIndicator().isVisible()).toBe(true);

    page.allowSaves();
    await page
      .failedIndicator()
      .getByRole('button', { name: /重\s?试/ })
      .click();
    await page.waitSaved();
    expect(page.storedPartText(noticeId, PART)).toBe(`${before}关闭前未能保存`);
  });

  it('keeps what was typed when the window is closed 100 ms after the last key', async () => {
    await ready(page);
    const before = page.storedPartText(noticeId, PART);
    const typed = await page.typeSteadily(FIELD, '关闭窗口前输入的文字不丢失', KEY_INTERVAL_MS);
    await page.page.waitForTimeout(100);
    expect(await app.lifecycle.requestClose()).toBe('closed');
    expect(app.lifecycle.answers.at(-1)).toBe('close');
    expect(page.storedPartText(noticeId, PART)).toBe(before + textOf(typed));
  });
});
