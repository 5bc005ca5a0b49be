import { DocumentGridType } from 'docx';
import type { DocumentStyle } from '../../shared/layout/style';

/**
 * The document grid: 22 lines of 579 twips. Characters are not snapped to a
 * grid; the runs' character spacing makes 28 fit a line instead, which Word,
 * WPS and LibreOffice all lay out the same way.
 */
export function documentGrid(style: DocumentStyle) {
  return { type: DocumentGridType.LINES, linePitch: style.page.linePitch };
}
