import { createHash } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Notice } from '../../shared/model/notice';
import { describeIssues, noticeSchema } from '../../shared/model/schemas';
import { StoredDataError } from './errors';

/**
 * The SHA-256 of a notice's content, `updatedAt` left out: a save that
 * changes nothing but the time is no change. Keys are sorted, so the same
 * content digests the same however its objects were built.
 */
export function noticeDigest(notice: Notice): string {
  const { updatedAt: _ignored, ...content } = notice;
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

/** The notice as stored in a version row: its JSON, deflated (notices are text, a fifth of the size or less). */
export function packNotice(notice: Notice): Buffer {
  return deflateRawSync(Buffer.from(JSON.stringify(notice), 'utf8'));
}

/** The notice a version row holds, checked as strictly as a notice row is. */
export function unpackNotice(data: Uint8Array, versionId: number): Notice {
  let candidate: unknown;
  try {
    candidate = JSON.parse(inflateRawSync(data).toString('utf8'));
  } catch {
    throw new StoredDataError(`历史版本（编号 ${versionId}）的数据已损坏，无法读取。`);
  }
  // A version written by an older release may no longer fit the model: say so rather than open it half right.
  const parsed = noticeSchema.safeParse(candidate);
  if (!parsed.success) throw new StoredDataError(`历史版本（编号 ${versionId}）的数据已损坏，无法读取：\n${describeIssues(parsed.error)}`);
  return parsed.data;
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
