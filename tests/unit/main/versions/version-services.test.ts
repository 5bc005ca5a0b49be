import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Item, Notice } from '../../../../shared/model/notice';
import { plainList } from '../../../../shared/model/rich-text';
import { allItems } from '../../../../shared/model/tree';
import { dispatchApiCall } from '../../../../main/ipc/dispatch';
import { seedNotices } from '../library/support';
import { useVersionFixture } from './support';

const f = useVersionFixture();

/** A seed saved as the editor saves it, at the fixture's clock. */
async function savedSeed(index = 0): Promise<Notice> {
  const seed = seedNotices()[index]!;
  const stamp = f.clock.now().toISOString();
  await f.services.saveNotice({ ...seed, createdAt: stamp, updatedAt: stamp });
  return f.services.getNotice(seed.id);
}

const firstItem = (notice: Notice): Item => allItems(notice.checklist)[0]!;

/** The notice with its first item's problem replaced. */
function withProblem(notice: Notice, problem: string): Notice {
  const copy = structuredClone(notice);
  firstItem(copy).problem = problem;
  return copy;
}

describe('timed versions', () => {
  it('keep the state before a save once ten minutes of editing have passed, and only when it changed', async () => {
    const notice = await savedSeed();
    f.clock.advance(5);
    await f.services.saveNotice(withProblem(notice, '第一次修改'));
    expect(await f.services.listVersions(notice.id)).toEqual([]);

    f.clock.advance(6); // 11 minutes after creation
    await f.services.saveNotice(withProblem(notice, '第二次修改'));
    const [first, ...rest] = await f.services.listVersions(notice.id);
    expect(rest).toEqual([]);
    expect(first).toMatchObject({ reason: 'timed', createdAt: f.clock.now().toISOString(), name: null, file: null });
    // What was stored before this save: the first change.
    expect(firstItem((await f.services.getVersion(notice.id, first!.id)).notice).problem).toBe('第一次修改');

    f.clock.advance(9);
    await f.services.saveNotice(withProblem(notice, '第三次修改'));
    expect(await f.services.listVersions(notice.id)).toHaveLength(1);
    f.clock.advance(2);
    await f.services.saveNotice(withProblem(notice, '第四次修改'));
    const versions = await f.services.listVersions(notice.id);
    expect(versions).toHaveLength(2);
    expect(firstItem((await f.services.getVersion(notice.id, versions[0]!.id)).notice).problem).toBe('第三次修改');
  });

  it('are not taken when nothing changed since the newest version', async () => {
    const notice = await savedSeed();
    await f.services.saveVersion(notice.id, '送审稿');
    f.clock.advance(30);
    // The stored state is the named version's: nothing new to keep.
    await f.services.saveNotice(withProblem(notice, '改了一处'));
    expect((await f.services.listVersions(notice.id)).map((v) => v.reason)).toEqual(['named']);
    f.clock.advance(30);
    await f.services.saveNotice(withProblem(notice, '又改了一处'));
    expect((await f.services.listVersions(notice.id)).map((v) => v.reason)).toEqual(['timed', 'named']);
  });

  it('are thinned as they age; named and export versions are kept', async () => {
    const notice = await savedSeed();
    f.exportTo(join(f.dir, '通报.docx'));
    await f.services.exportDocx(notice.id);
    await f.services.saveVersion(notice.id, '定稿');
    // Three weeks of editing, a save every 15 minutes for 2 hours a day.
    for (let day = 0; day < 21; day++) {
      for (let save = 0; save < 8; save++) {
        f.clock.advance(15);
        await f.services.saveNotice(withProblem(notice, `第${day}天第${save}次`));
      }
      f.clock.advance(24 * 60 - 8 * 15);
    }
    const versions = await f.services.listVersions(notice.id);
    const timed = versions.filter((v) => v.reason === 'timed');
    const lastDay = timed.filter((v) => f.clock.now().getTime() - Date.parse(v.createdAt) < 24 * 3_600_000);
    // The last day's all kept (8 of them), then one per earlier day at most.
    expect(lastDay.length).toBe(8);
    expect(timed.length - lastDay.length).toBeLessThanOrEqual(21);
    expect(timed.length).toBeLessThan(21 * 8);
    expect(versions.filter((v) => v.reason !== 'timed').map((v) => v.reason)).toEqual(['named', 'export']);
  });
});

describe('export, stage and next-stage versions', () => {
  it('keep the notice as exported, noting the file, for Word and the ledger', async () => {
    const notice = await savedSeed();
    const word = join(f.dir, '通报.docx');
    f.exportTo(word);
    expect(await f.services.exportDocx(notice.id, { attachLedger: true })).toEqual({ status: 'saved', path: word });
    const ledger = join(f.dir, '台账.docx');
    f.exportTo(ledger);
    await f.services.exportLedger(notice.id);
    f.exportTo(null as unknown as string);
    expect(await f.services.exportDocx(notice.id)).toEqual({ status: 'canceled' });

    const versions = await f.services.listVersions(notice.id);
    expect(versions.map((v) => [v.reason, v.name, v.file])).toEqual([
      ['export', '整改台账', ledger],
      ['export', 'Word 文件（附整改台账）', word],
    ]);
    const exported = await f.services.getVersion(notice.id, versions[1]!.id);
    expect({ ...exported.notice }).toEqual(notice);
  });

  it('keep the state before a stage change', async () => {
    const notice = await savedSeed();
    f.clock.advance(1);
    await f.services.saveNotice({ ...withProblem(notice, '阶段改变时的修改'), meta: { ...notice.meta, stage: 'final' } });
    const [version] = await f.services.listVersions(notice.id);
    expect(version).toMatchObject({ reason: 'stage', name: '阶段：阶段性进展' });
    const kept = (await f.services.getVersion(notice.id, version!.id)).notice;
    expect(kept.meta.stage).toBe('interim');
    expect(firstItem(kept).problem).toBe(firstItem(notice).problem);
    expect((await f.services.getNotice(notice.id)).meta.stage).toBe('final');
  });

  it('keep the source of a next-stage copy', async () => {
    const notice = await savedSeed();
    const next = await f.services.createNextStage(notice.id);
    expect(next.id).not.toBe(notice.id);
    const [version] = await f.services.listVersions(notice.id);
    expect(version).toMatchObject({ reason: 'next-stage', name: '生成下一阶段（进展）' });
    expect(await f.services.listVersions(next.id)).toEqual([]);
  });
});

describe('named versions', () => {
  it('are saved with the name given, trimmed; an empty or long name is refused in Chinese', async () => {
    const notice = await savedSeed();
    const version = await f.services.saveVersion(notice.id, '  送审稿 ');
    expect(version).toMatchObject({ reason: 'named', name: '送审稿', noticeId: notice.id, createdAt: f.clock.now().toISOString() });
    expect(await dispatchApiCall(f.services, 'saveVersion', [notice.id, '  '])).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument', message: expect.stringContaining('请填写版本名称') },
    });
    expect(await dispatchApiCall(f.services, 'saveVersion', [notice.id, '定'.repeat(41)])).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('版本名称不能超过 40 个字') },
    });
  });
});

describe('restore', () => {
  it('as the current state keeps what it replaces as a version first', async () => {
    const notice = await savedSeed();
    const draft = await f.services.saveVersion(notice.id, '送审稿');
    f.clock.advance(3);
    const edited = withProblem(notice, '送审后又改的文字');
    firstItem(edited).measures = plainList(['新增的措施']);
    await f.services.saveNotice(edited);

    f.clock.advance(1);
    const restored = await f.services.restoreVersion(notice.id, draft.id, 'current');
    expect(restored.id).toBe(notice.id);
    expect(restored.updatedAt).toBe(f.clock.now().toISOString());
    const stored = await f.services.getNotice(notice.id);
    expect(stored).toEqual(restored);
    expect(firstItem(stored).problem).toBe(firstItem(notice).problem);

    const [before] = await f.services.listVersions(notice.id);
    expect(before).toMatchObject({ reason: 'restore', name: `恢复到版本 ${draft.id} 之前` });
    expect(firstItem((await f.services.getVersion(notice.id, before!.id)).notice).problem).toBe('送审后又改的文字');
    // And the restore can itself be undone.
    await f.services.restoreVersion(notice.id, before!.id, 'current');
    expect(firstItem(await f.services.getNotice(notice.id)).problem).toBe('送审后又改的文字');
  });

  it('reaches the versions of a notice whose stored metadata is damaged, and restores the good one over it', async () => {
    const notice = await savedSeed();
    const good = await f.services.saveVersion(notice.id, '送审稿');
    f.db.pragma('ignore_check_constraints = 1');
    f.db.prepare("UPDATE notices SET meta = '{截断' WHERE id = ?").run(notice.id);
    f.db.pragma('ignore_check_constraints = 0');
    expect((await f.services.listVersions(notice.id)).map((v) => v.id)).toEqual([good.id]);
    f.clock.advance(1);
    await f.services.restoreVersion(notice.id, good.id, 'current');
    expect((await f.services.getNotice(notice.id)).meta).toEqual(notice.meta);
  });

  it('as a new notice under fresh ids, leaving the notice as it is', async () => {
    const notice = await savedSeed();
    const draft = await f.services.saveVersion(notice.id, '送审稿');
    await f.services.saveNotice(withProblem(notice, '之后的修改'));
    const copy = await f.services.restoreVersion(notice.id, draft.id, 'new');
    expect(copy.id).not.toBe(notice.id);
    expect(copy.status).toBe('draft');
    expect(firstItem(copy).id).not.toBe(firstItem(notice).id);
    expect(firstItem(copy).problem).toBe(firstItem(notice).problem);
    expect(await f.services.getNotice(copy.id)).toEqual(copy);
    expect(firstItem(await f.services.getNotice(notice.id)).problem).toBe('之后的修改');
    expect((await f.services.listNotices()).length).toBe(2);
  });
});

describe('compare through the services', () => {
  it('compares a version with the current state and two versions', async () => {
    const notice = await savedSeed();
    const draft = await f.services.saveVersion(notice.id, '送审稿');
    const edited = withProblem(notice, `${firstItem(notice).problem}（已补充）`);
    await f.services.saveNotice(edited);
    const result = await f.services.compareVersions(notice.id, draft.id, 'current');
    expect(result.identical).toBe(false);
    const change = result.changes.find((c) => c.field === '反馈问题')!;
    expect(
      change.segments
        .filter((s) => s.change === 'added')
        .map((s) => s.text)
        .join(''),
    ).toBe('（已补充）');
    const final = await f.services.saveVersion(notice.id, '定稿');
    expect((await f.services.compareVersions(notice.id, final.id, 'current')).identical).toBe(true);
    expect((await f.services.compareVersions(notice.id, draft.id, final.id)).changes).toEqual(result.changes);
  });
});

describe('refusals and cascade', () => {
  it("refuses unknown notices, unknown versions and another notice's versions, in Chinese", async () => {
    const a = await savedSeed(0);
    const b = await savedSeed(1);
    const versionOfB = await f.services.saveVersion(b.id, '送审稿');
    const calls: [string, unknown[]][] = [
      ['listVersions', ['没有这份']],
      ['getVersion', [a.id, 999]],
      ['getVersion', [a.id, versionOfB.id]],
      ['restoreVersion', [a.id, versionOfB.id, 'current']],
      ['compareVersions', [a.id, versionOfB.id, 'current']],
      ['saveVersion', ['没有这份', '送审稿']],
    ];
    for (const [method, args] of calls) {
      const answer = await dispatchApiCall(f.services, method, args);
      expect(answer, method).toMatchObject({ ok: false, error: { code: 'not-found' } });
      if (!answer.ok) expect(answer.error.message, method).toMatch(/找不到这份通报|没有编号为 \d+ 的历史版本/);
    }
    for (const args of [
      [a.id, 'x'],
      [a.id, 0],
      [a.id, 1.5],
      [a.id, -1],
    ]) {
      const answer = await dispatchApiCall(f.services, 'getVersion', args);
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-argument', message: expect.stringMatching(/版本编号/) } });
    }
    expect(await dispatchApiCall(f.services, 'restoreVersion', [b.id, versionOfB.id, 'replace'])).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('恢复方式只能是') },
    });
    expect(await dispatchApiCall(f.services, 'compareVersions', [b.id, 'now', 'current'])).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('比较的一方必须是版本编号或“当前”') },
    });
  });

  it('deleting a notice deletes its versions, and only its own', async () => {
    const a = await savedSeed(0);
    const b = await savedSeed(1);
    await f.services.saveVersion(a.id, '送审稿');
    await f.services.saveVersion(b.id, '送审稿');
    await f.services.deleteNotice(a.id);
    const count = (id: string) => f.db.prepare('SELECT count(*) FROM versions WHERE notice_id = ?').pluck().get(id);
    expect(count(a.id)).toBe(0);
    expect(count(b.id)).toBe(1);
  });

  it('refuses a version whose stored data is damaged, in Chinese', async () => {
    const notice = await savedSeed();
    const version = await f.services.saveVersion(notice.id, '送审稿');
    f.db.prepare('UPDATE versions SET data = ? WHERE id = ?').run(Buffer.from('不是压缩数据'), version.id);
    expect(await dispatchApiCall(f.services, 'getVersion', [notice.id, version.id])).toMatchObject({
      ok: false,
      error: { code: 'database', message: `历史版本（编号 ${version.id}）的数据已损坏，无法读取。` },
    });
  });

  it('lets a good save replace a damaged stored notice, keeping no version of the damage', async () => {
    const notice = await savedSeed();
    f.db.prepare("UPDATE notices SET meta = json_set(meta, '$.stage', 'unknown') WHERE id = ?").run(notice.id);
    f.clock.advance(30);
    await f.services.saveNotice(withProblem(notice, '修好了'));
    expect(firstItem(await f.services.getNotice(notice.id)).problem).toBe('修好了');
    expect(await f.services.listVersions(notice.id)).toEqual([]);
  });

  it('stores the notice compressed, with the digest of its content', async () => {
    const notice = await savedSeed();
    await f.services.saveVersion(notice.id, '送审稿');
    const row = f.db.prepare('SELECT length(data) AS size, digest FROM versions').get() as { size: number; digest: string };
    expect(row.size).toBeLessThan(Buffer.byteLength(JSON.stringify(notice)) / 3);
    expect(row.digest).toMatch(/^[0-9a-f]{64}$/);
  });
});
