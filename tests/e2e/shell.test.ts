import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type LaunchedApp } from './support/launch-app';

let app: LaunchedApp;
beforeAll(async () => {
  app = await launchApp();
});
afterAll(async () => {
  await app?.close();
});

describe('the app in Chromium', () => {
  it('starts with the notice list and the Chinese navigation', async () => {
    await app.page.getByRole('menuitem', { name: '通报列表' }).waitFor();
    expect(await app.page.getByRole('menuitem', { name: '设置' }).isVisible()).toBe(true);
    expect(await app.page.title()).toBe('整改通报');
  });

  it('makes no request outside the app itself', async () => {
    await app.page.getByRole('menuitem', { name: '设置' }).click();
    await app.page.getByRole('menuitem', { name: '通报列表' }).click();
    const outside = app.requests.filter((url) => !url.startsWith(app.appUrl));
    expect(outside).toEqual([]);
    expect(app.requests.length).toBeGreaterThan(1);
  });
});
