/**
 * Headings that name a category of problems rather than a problem: a
 * group's title in the forms notices use — （一）关于“…”方面（的问题）,
 * 一、…方面的问题, 一、关于…方面存在的问题, 在“…”方面, …方面问题. (第一方面问题，…
 * is told by its enumerator, markers.ts.) Titles ending in …情况 are groups
 * only where items stand under them, which the tree decides.
 */
const ASPECT_END = /方面(?:存在)?(?:的)?(?:突出)?(?:问题|情况)?[。：；，]?$/u;
const IN_ASPECT = /^(?:关于)?在“[^“”]{1,60}”方面(?:存在)?(?:的)?(?:突出)?(?:问题)?[。：；，]?$/u;
/** Longer than this it is a sentence, whatever it ends with. */
const MAX_TITLE = 80;

/** True when the text (after its enumerator) names a category of problems. */
export function isGroupTitle(text: string): boolean {
  if (text.length > MAX_TITLE * 2 || Array.from(text).length > MAX_TITLE) return false;
  return ASPECT_END.test(text) || IN_ASPECT.test(text);
}
