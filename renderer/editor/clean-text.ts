import { normalizeText } from '../../shared/text/normalize';
import { sanitizeText } from '../../shared/text/sanitize';

/**
 * Text from the clipboard as the paragraphs it holds: one per line, control
 * characters removed, the indentation and blank lines Word and WPS put in
 * dropped (the export indents paragraphs itself), and normalised by the same
 * rules as the export and the importer (normalize.ts), so what the user sees
 * after pasting is what prints.
 */
export function textToParagraphs(text: string): string[] {
  return text
    .split(/\r\n|[\r\n\u2028\u2029\v\f]/)
    .map((line) => normalizeText(sanitizeText(line).replace(/\u00A0/g, ' ')).trim())
    .filter((line) => line !== '');
}
