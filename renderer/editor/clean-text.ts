import { sanitizeText } from '../../shared/text/sanitize';

/**
 * Text from the clipboard as the paragraphs it holds: one per line, control
 * characters removed, the indentation and blank lines Word and WPS put in
 * dropped (the export indents paragraphs itself).
 */
export function textToParagraphs(text: string): string[] {
  return text
    .split(/\r\n|[\r\n\u2028\u2029\v\f]/)
    .map((line) => sanitizeText(line).replace(/\u00A0/g, ' ').trim())
    .filter((line) => line !== '');
}
