import type { z } from 'zod';
import { DEFAULT_TRACKING_SETTINGS, SETTINGS_KEYS, trackingSettingsSchema, type TrackingSettings } from '../../shared/model/settings';
import type { Database } from './database';
import { InvalidInputError } from './errors';
import { idSchema, parseInput } from './validate';

/**
 * The stored value of a setting, checked against its schema. A value that
 * is missing or no longer fits (written by another release, edited by
 * hand) gives the fallback: a bad preference must never stop the program.
 */
export function getSetting<T>(db: Database, key: string, schema: z.ZodType<T>, fallback: T): T {
  const name = parseInput(idSchema, key, '设置项名称');
  const text = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(name) as string | undefined;
  if (text === undefined) return fallback;
  const parsed = schema.safeParse(JSON.parse(text));
  return parsed.success ? parsed.data : fallback;
}

/**
 * Stores a setting as JSON. With a schema the value is checked first (the
 * IPC layer passes the key's schema); without one it must at least survive
 * JSON unchanged in kind, so `undefined` or a function cannot be stored.
 */
export function setSetting<T>(db: Database, key: string, value: T, schema?: z.ZodType<T>): void {
  const name = parseInput(idSchema, key, '设置项名称');
  const checked = schema ? parseInput(schema, value, `设置项“${name}”`) : value;
  const text = JSON.stringify(checked);
  if (text === undefined) throw new InvalidInputError(`设置项“${name}”的值无法保存`);
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(name, text);
}

/** Removes a setting, so readers get their fallback again. */
export function deleteSetting(db: Database, key: string): void {
  const name = parseInput(idSchema, key, '设置项名称');
  db.prepare('DELETE FROM settings WHERE key = ?').run(name);
}

/** 整改跟踪 as stored: the office's status labels and warning days, the defaults where none are saved. */
export function trackingSettings(db: Database): TrackingSettings {
  return getSetting(db, SETTINGS_KEYS.tracking, trackingSettingsSchema, DEFAULT_TRACKING_SETTINGS);
}
