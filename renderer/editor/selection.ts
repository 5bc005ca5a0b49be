import { META_SELECTION, partSelection } from '../../shared/document/notice-fields';
import { PART_KEYS, type PartKey } from './outline';

/**
 * What the editor shows in the middle: the metadata (标题与开头), one of the
 * three parts, or a checklist node by its id. One string, so it can be a key
 * of the outline tree as it is.
 */
export type SelectionKey = string;

/** The same keys as the find module's (notice-fields.ts), which shows its matches by them. */
export const META_KEY = META_SELECTION;

export function partKey(part: PartKey): SelectionKey {
  return partSelection(part);
}

export function partOfKey(key: SelectionKey): PartKey | null {
  const part = key.startsWith('part:') ? key.slice(5) : '';
  return (PART_KEYS as readonly string[]).includes(part) ? (part as PartKey) : null;
}

/** True for the keys of checklist nodes (everything that is not metadata or a part). */
export function isNodeKey(key: SelectionKey): boolean {
  return key !== META_KEY && partOfKey(key) === null;
}
