/** True for characters a CJK typesetter draws half an em wide (ASCII and half-width forms). */
export function isHalfWidth(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xff61 && code <= 0xffdc) || (code >= 0xffe8 && code <= 0xffee);
}

/** Width in full-width characters: a half-width digit or letter counts as half. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += isHalfWidth(char) ? 0.5 : 1;
  return width;
}
