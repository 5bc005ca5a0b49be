import type { Database } from '../connections';
import { cachedStatement } from './statements';

/*
 * Index rowids are order_key × slots + slot. A notice's order_key follows
 * notices.updated_at (its stamp), so FTS5 can return matches newest notice
 * first without sorting. Keys leave gaps (KEY_STRIDE): a notice that becomes
 * the newest takes the next stride at the top, and one stamped between two
 * others takes the midpoint, so no other notice moves. Only when a gap is used
 * up are all keys spread out again (every item is then indexed anew).
 * Rowids stay below 2^53, so JavaScript numbers hold them exactly.
 *
 * The numbers are small because FTS5 stores each match as the distance from
 * the previous one: with a notice's rowids 2^14 from the next notice's, that
 * distance takes two or three bytes, where with 2^36 (the first release's
 * numbers) it took six and the index grew to twice the text it indexed.
 * A notice holds at most `slots` items (search_slots, at least MIN_SLOTS):
 * a notice that outgrows them makes the index be built anew with room for
 * it (index-writes.ts). Keys start in the middle of their range, so a notice
 * newer or older than all (an import keeps its file's date) takes the next
 * stride above or below. A stride of 2 leaves room to place one notice
 * between two others; after that the few notices on consecutive keys beside
 * the place move aside by one (makeRoom), and only when that would move
 * many are all keys spread out again.
 */
export const MIN_SLOTS = 2 ** 13;
export const KEY_STRIDE = 2;

/** How many items a notice's rowid range holds. */
export function slotsOf(db: Database): number {
  return (cachedStatement(db, 'SELECT slots FROM search_slots').get() as { slots: number }).slots;
}

/** Room for `items` in every notice's range: a power of two, at least MIN_SLOTS. Only while the index is empty (a rebuild). */
export function setSlotsFor(db: Database, items: number): void {
  let slots = MIN_SLOTS;
  while (slots < items) slots *= 2;
  cachedStatement(db, 'UPDATE search_slots SET slots = ?').run(slots);
}

function maxOrderKey(db: Database): number {
  return Math.floor(2 ** 53 / slotsOf(db)) - 1;
}

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
export function rowidRange(db: Database, orderKey: number): [number, number] {
  const slots = slotsOf(db);
  return [orderKey * slots, orderKey * slots + slots - 1];
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
  const moved = new Set<string>([noticeId]);
  let key = freeKey(db, stamp, stride);
  if (key === null) {
    const room = makeRoom(db, stamp);
    if (room) {
      key = room.key;
      for (const id of room.moved) moved.add(id);
    }
  }
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

/** The keys of the notices stamped at or before `stamp` (the last of them) and after it (the first). */
function neighbours(db: Database, stamp: string): { below: number | undefined; above: number | undefined } {
  const below = cachedStatement(
    db,
    'SELECT order_key FROM search_notices WHERE stamp <= ? ORDER BY stamp DESC, order_key DESC LIMIT 1',
  ).get(stamp) as Place | undefined;
  const above = cachedStatement(db, 'SELECT order_key FROM search_notices WHERE stamp > ? ORDER BY stamp, order_key LIMIT 1').get(stamp) as
    Place | undefined;
  return { below: below?.order_key, above: above?.order_key };
}

/**
 * The key notices are spread from: the middle of the range, so that a notice
 * older than all (an imported one keeps its date) has as much room below as
 * a new one above. Only distances between rowids cost index space.
 */
export function spreadKey(db: Database, index: number, stride = KEY_STRIDE): number {
  return Math.floor(maxOrderKey(db) / 2) + index * stride;
}

/** A key between the notices stamped at or before `stamp` and those after it, or null when there is no room. */
function freeKey(db: Database, stamp: string, stride: number): number | null {
  const { below, above } = neighbours(db, stamp);
  if (below === undefined && above === undefined) return spreadKey(db, 0);
  if (above === undefined) {
    const key = below! + stride;
    return key <= maxOrderKey(db) ? key : null;
  }
  if (below === undefined) {
    const key = above - stride;
    return key >= 1 ? key : null;
  }
  const key = Math.floor((below + above) / 2);
  return key > below && key < above ? key : null;
}

/** How many notices may move aside to make room, before all are spread out again instead. */
const SHIFT_LIMIT = 64;

interface KeyedNotice {
  notice_id: string;
  order_key: number;
}

/**
 * Room between two notices on adjacent keys: the notices on consecutive
 * keys next to the place move one key toward the nearest free one, the
 * shorter way, so only those few are indexed anew.
 */
function makeRoom(db: Database, stamp: string): { key: number; moved: string[] } | null {
  const { below, above } = neighbours(db, stamp);
  if (below === undefined || above === undefined) return null;
  const down = consecutive(
    db
      .prepare('SELECT notice_id, order_key FROM search_notices WHERE order_key <= ? ORDER BY order_key DESC LIMIT ?')
      .all(below, SHIFT_LIMIT + 1) as KeyedNotice[],
    -1,
  );
  const up = consecutive(
    db
      .prepare('SELECT notice_id, order_key FROM search_notices WHERE order_key >= ? ORDER BY order_key LIMIT ?')
      .all(above, SHIFT_LIMIT + 1) as KeyedNotice[],
    1,
  );
  const downFits = down.length <= SHIFT_LIMIT && below - down.length >= 1;
  const upFits = up.length <= SHIFT_LIMIT && above + up.length <= maxOrderKey(db);
  if (!downFits && !upFits) return null;
  const [run, step, key] = downFits && (!upFits || down.length <= up.length) ? [down, -1, below] : [up, 1, above];
  const shift = cachedStatement(db, 'UPDATE search_notices SET order_key = ? WHERE notice_id = ?');
  // The far end first, into the free key, so that no key is ever held twice (order_key is UNIQUE).
  for (let at = run.length - 1; at >= 0; at -= 1) shift.run(run[at]!.order_key + step, run[at]!.notice_id);
  return { key, moved: run.map((notice) => notice.notice_id) };
}

/** The leading notices whose keys follow one another by `step`. */
function consecutive(rows: readonly KeyedNotice[], step: -1 | 1): KeyedNotice[] {
  const run: KeyedNotice[] = [];
  for (const row of rows) {
    if (run.length > 0 && row.order_key !== run[run.length - 1]!.order_key + step) break;
    run.push(row);
  }
  return run;
}

/** Spreads all keys out again, one stride apart in stamp order; returns the notices whose key changed. */
function spreadKeys(db: Database, requested: number): string[] {
  // At least 2 apart, so that after spreading there is a midpoint between any two.
  const stride = Math.max(2, requested);
  const rows = db.prepare('SELECT notice_id, order_key FROM search_notices ORDER BY stamp, order_key').all() as KeyedNotice[];
  // Two passes, so that no key is ever held twice (order_key is UNIQUE).
  const shift = db.prepare('UPDATE search_notices SET order_key = ? WHERE notice_id = ?');
  rows.forEach((row, index) => shift.run(-(index + 1), row.notice_id));
  rows.forEach((row, index) => shift.run(spreadKey(db, index, stride), row.notice_id));
  return rows.filter((row, index) => row.order_key !== spreadKey(db, index, stride)).map((row) => row.notice_id);
}
