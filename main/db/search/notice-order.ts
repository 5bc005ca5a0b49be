import type { Database } from '../connections';
import { cachedStatement } from './statements';

/*
 * Index rowids are order_key × SLOTS + slot. A notice's order_key follows
 * notices.updated_at (its stamp), so FTS5 can return matches newest notice
 * first without sorting. Keys leave gaps (KEY_STRIDE): a notice that becomes
 * the newest takes the next stride at the top, and one stamped between two
 * others takes the midpoint, so no other notice moves. Only when a gap is used
 * up are all keys spread out again (every item is then indexed anew).
 * Rowids stay below 2^53, so JavaScript numbers hold them exactly.
 * The numbers are small because FTS5 stores each match as the distance from
 * the previous one: with a notice's rowids 2^14 from the next notice's, that
 * distance takes two or three bytes, where with 2^36 (the first release's
 * numbers) it took six and the index grew to twice the text it indexed.
 * A notice holds at most SLOTS items. A stride of 2 leaves room to place one
 * notice between two others before the keys are spread again, which is
 * rare: a save stamps the notice now, and the newest goes on top.
 */
export const SLOTS = 2 ** 13;
export const KEY_STRIDE = 2;
export const MAX_ORDER_KEY = 2 ** 40 - 1;

interface Place {
  order_key: number;
  stamp: string;
}

export function orderKeyOf(db: Database, noticeId: string): number | undefined {
  const row = cachedStatement(db, 'SELECT order_key FROM search_notices WHERE notice_id = ?').get(noticeId) as
    { order_key: number } | undefined;
  return row?.order_key;
}

/** The first and last index rowid a notice's items can have. */
export function rowidRange(orderKey: number): [number, number] {
  return [orderKey * SLOTS, orderKey * SLOTS + SLOTS - 1];
}

export function orderKeyOfRowid(rowid: number): number {
  return Math.floor(rowid / SLOTS);
}

export function forgetNotice(db: Database, noticeId: string): void {
  cachedStatement(db, 'DELETE FROM search_notices WHERE notice_id = ?').run(noticeId);
}

/**
 * Gives the notice the place its stamp calls for, keeping its key when the
 * order still holds (the usual case while one notice is being edited).
 * Returns the notices whose key changed: their indexed items must move.
 */
export function placeNotice(db: Database, noticeId: string, stamp: string, stride = KEY_STRIDE): string[] {
  const current = cachedStatement(db, 'SELECT order_key, stamp FROM search_notices WHERE notice_id = ?').get(noticeId) as Place | undefined;
  if (current) {
    if (current.stamp === stamp) return [];
    if (fitsBetweenNeighbours(db, current.order_key, stamp)) {
      cachedStatement(db, 'UPDATE search_notices SET stamp = ? WHERE notice_id = ?').run(stamp, noticeId);
      return [];
    }
    forgetNotice(db, noticeId);
  }
  let key = freeKey(db, stamp, stride);
  const moved = new Set<string>([noticeId]);
  if (key === null) {
    for (const id of spreadKeys(db, stride)) moved.add(id);
    key = freeKey(db, stamp, Math.max(2, stride))!;
  }
  cachedStatement(db, 'INSERT INTO search_notices (notice_id, order_key, stamp) VALUES (?, ?, ?)').run(noticeId, key, stamp);
  return [...moved];
}

function fitsBetweenNeighbours(db: Database, key: number, stamp: string): boolean {
  const before = cachedStatement(db, 'SELECT stamp FROM search_notices WHERE order_key < ? ORDER BY order_key DESC LIMIT 1').get(key) as
    Place | undefined;
  const after = cachedStatement(db, 'SELECT stamp FROM search_notices WHERE order_key > ? ORDER BY order_key LIMIT 1').get(key) as
    Place | undefined;
  return (!before || before.stamp <= stamp) && (!after || stamp <= after.stamp);
}

/** A key between the notices stamped at or before `stamp` and those after it, or null when there is no room. */
function freeKey(db: Database, stamp: string, stride: number): number | null {
  const below = cachedStatement(
    db,
    'SELECT order_key FROM search_notices WHERE stamp <= ? ORDER BY stamp DESC, order_key DESC LIMIT 1',
  ).get(stamp) as Place | undefined;
  const above = cachedStatement(db, 'SELECT order_key FROM search_notices WHERE stamp > ? ORDER BY stamp, order_key LIMIT 1').get(stamp) as
    Place | undefined;
  if (!above) {
    const key = (below?.order_key ?? 0) + stride;
    return key <= MAX_ORDER_KEY ? key : null;
  }
  const low = below?.order_key ?? -1;
  const key = Math.floor((low + above.order_key) / 2);
  return key > low && key < above.order_key ? key : null;
}

/** Spreads all keys out again, one stride apart in stamp order; returns the notices whose key changed. */
function spreadKeys(db: Database, requested: number): string[] {
  // At least 2 apart, so that after spreading there is a midpoint between any two.
  const stride = Math.max(2, requested);
  const rows = db.prepare('SELECT notice_id, order_key FROM search_notices ORDER BY stamp, order_key').all() as {
    notice_id: string;
    order_key: number;
  }[];
  // Two passes, so that no key is ever held twice (order_key is UNIQUE).
  const shift = db.prepare('UPDATE search_notices SET order_key = ? WHERE notice_id = ?');
  rows.forEach((row, index) => shift.run(-(index + 1), row.notice_id));
  rows.forEach((row, index) => shift.run((index + 1) * stride, row.notice_id));
  return rows.filter((row, index) => row.order_key !== (index + 1) * stride).map((row) => row.notice_id);
}
