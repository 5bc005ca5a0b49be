import { readFileSync } from 'node:fs';
import type { Notice } from '../../shared/model/notice';

/** The real notices kept as fixtures; 000 is the largest (28 items, long progress paragraphs). */
export const LARGEST_SEED = '000_fca5672edf850d55';

/** A real notice from tests/fixtures/seeds (validated by seed-reproduction.test.ts). */
export function seedNotice(name: string): Notice {
  return JSON.parse(readFileSync(new URL(`../fixtures/seeds/${name}.json`, import.meta.url), 'utf8')) as Notice;
}
