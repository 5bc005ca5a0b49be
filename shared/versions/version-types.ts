import type { Notice } from '../model/notice';

/**
 * Why a version was taken. Automatic ones: `timed` (every 10 minutes of
 * editing), `export` (each Word or ledger export, noting the file), `stage`
 * (the state before the stage was changed), `next-stage` (the source of a
 * next-stage copy), `restore` (the state an older version replaced).
 * `named`: saved by hand with a name (送审稿, 定稿 …).
 */
export const VERSION_REASONS = ['timed', 'named', 'export', 'stage', 'next-stage', 'restore'] as const;
export type VersionReason = (typeof VERSION_REASONS)[number];

/** What the list shows for each reason. */
export const VERSION_REASON_LABELS: Record<VersionReason, string> = {
  timed: '编辑中自动保存',
  named: '手动保存',
  export: '导出时自动保存',
  stage: '修改阶段前自动保存',
  'next-stage': '生成下一阶段时自动保存',
  restore: '恢复旧版本前自动保存',
};

/** The names a hand-saved version is usually given. */
export const SUGGESTED_VERSION_NAMES = ['送审稿', '定稿', '修改稿'] as const;

/** The longest name a version may have. */
export const MAX_VERSION_NAME_LENGTH = 40;

/** One version in a notice's list, without its content. */
export interface VersionSummary {
  /** A small number, unique in the database; versions taken later have larger ones. */
  id: number;
  noticeId: string;
  /** When the version was taken (ISO time). */
  createdAt: string;
  reason: VersionReason;
  /** Given by hand, or describing an automatic one; null when none. */
  name: string | null;
  /** The exported file, for export versions. */
  file: string | null;
}

/** A version with the notice as it was then. */
export interface NoticeVersion extends VersionSummary {
  notice: Notice;
}

/** One side of a comparison: a version's id, or the notice as it is stored now. */
export type VersionRef = number | 'current';

/** How a version is restored: over the notice (which becomes a version first), or as a new notice. */
export type RestoreMode = 'current' | 'new';
