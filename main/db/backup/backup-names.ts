import type { AutomaticBackupKind } from '../../../shared/model/backup';

/**
 * The names of the files the app writes by itself. Only names that match
 * these patterns exactly are ever listed as automatic backups, and only
 * those of kind start or quit are ever deleted when pruning: a file the
 * user put in the folder, a manual backup and the copy kept before a
 * restore are never touched.
 */
const PREFIX = '整改通报';
const KIND_WORDS: Record<AutomaticBackupKind, string> = { start: '自动备份', quit: '退出备份', 'before-restore': '恢复前备份' };
const PATTERN = /^整改通报-(自动备份|退出备份|恢复前备份)-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})(?:-(\d{1,3}))?\.sqlite$/u;

/** Local date and time, as the user reads them in the folder: 20261123-083000. */
export function localStamp(at: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}${two(at.getMonth() + 1)}${two(at.getDate())}-${two(at.getHours())}${two(at.getMinutes())}${two(at.getSeconds())}`;
}

/** The day part of localStamp, to tell whether today's backup was taken. */
export function localDay(at: Date): string {
  return localStamp(at).slice(0, 8);
}

/** 整改通报-自动备份-20261123-083000.sqlite; a repeat within the same second gets -2, -3 … */
export function automaticBackupName(kind: AutomaticBackupKind, at: Date, repeat = 1): string {
  return `${PREFIX}-${KIND_WORDS[kind]}-${localStamp(at)}${repeat > 1 ? `-${repeat}` : ''}.sqlite`;
}

/** What the name of a manual backup starts as in the save dialog. */
export function manualBackupName(at: Date): string {
  return `${PREFIX}备份-${localStamp(at)}.sqlite`;
}

export interface ParsedBackupName {
  kind: AutomaticBackupKind;
  /** Local time from the name. */
  takenAt: Date;
  /** For sorting: stamp then repeat, as text of equal length. */
  order: string;
}

export function parseAutomaticBackupName(name: string): ParsedBackupName | null {
  const match = PATTERN.exec(name);
  if (!match) return null;
  const [, word, y, mo, d, h, mi, s, repeat] = match;
  const kind = (Object.keys(KIND_WORDS) as AutomaticBackupKind[]).find((k) => KIND_WORDS[k] === word)!;
  const takenAt = new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  // 20261399 is no date: Date would roll it over into the next year.
  if (localStamp(takenAt) !== `${y}${mo}${d}-${h}${mi}${s}`) return null;
  return { kind, takenAt, order: `${y}${mo}${d}${h}${mi}${s}-${(repeat ?? '1').padStart(3, '0')}` };
}
