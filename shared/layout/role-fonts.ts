import type { RunRole } from '../document/blocks';
import type { FontSlot } from './style';

/** Which font setting each role of text takes (FORMAT.md: levels 3 and 4 are in the body font). */
export const FONT_OF_ROLE: Record<RunRole, FontSlot> = {
  title: 'title',
  body: 'body',
  heading1: 'heading1',
  heading2: 'heading2',
  heading3: 'body',
  heading4: 'body',
};
