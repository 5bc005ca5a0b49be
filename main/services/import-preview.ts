import { basename } from 'node:path';
import type { ImportPreview } from '../../shared/api';
import { describePlace } from '../../shared/import/source';
import { reviewSourceLines } from '../../shared/import/review/review-source';
import { importFile } from '../import/import-file';
import type { LayoutTemplates } from '../layout-templates/load-layout-templates';

/**
 * Reads a chosen file with the importer into what the window reviews: the
 * unsaved notice (stamped now, so it sorts as the newest once saved), the
 * layout it matched and each warning with its place in the source.
 * An unreadable or unrecognisable file throws ImportError, one Chinese sentence.
 */
export function previewImportFile(path: string, templates: LayoutTemplates, now: Date): Extract<ImportPreview, { status: 'ready' }> {
  const result = importFile(path, templates);
  const stamp = now.toISOString();
  const best = result.layouts[0];
  return {
    status: 'ready',
    fileName: basename(path),
    notice: { ...result.notice, createdAt: stamp, updatedAt: stamp },
    layoutName: best?.name ?? '',
    similarity: best?.similarity ?? 0,
    warnings: result.warnings.map((w) => ({
      place: w.line === null ? '全文' : describePlace(w.line, result.unit),
      message: w.message,
      excerpt: w.excerpt,
      line: w.line,
    })),
    source: { unit: result.unit, lines: reviewSourceLines(result.source, result.dropped) },
  };
}
