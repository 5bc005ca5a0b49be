import { z } from 'zod';
import { ENUMERATIONS } from '../model/rich-text';

/**
 * A layout: how one notice prints its checklist. Each is a JSON file in
 * templates/layouts/, so a new layout seen in a real notice is a new file,
 * not new code. Numbers are patterns: `{cn}` is the count in Chinese numerals
 * (一、二), `{n}` in Arabic digits; `（{cn}）` gives （一）, `{n}.` gives 1.
 */

/** The font a generated line takes: the level of heading it is, or body text. */
export const ROLES = ['heading1', 'heading2', 'heading3', 'heading4', 'body'] as const;
export type Role = (typeof ROLES)[number];

const numberPattern = z.string().refine((s) => s.includes('{cn}') || s.includes('{n}'), { error: '编号格式必须包含 {cn} 或 {n}' });

/** How a part's level-1 heading prints: numbered (二、…), as a plain line, or not at all (a preamble). */
const sectionHeadingSchema = z.enum(['numbered', 'plain', 'none']);

const groupLevelSchema = z.object({
  number: numberPattern,
  /** The line: `{number}` and `{title}`. */
  text: z.string(),
  /** Appended to the title unless it already ends so (方面, 。). */
  suffix: z.string(),
  role: z.enum(ROLES),
});

const entrySchema = z.object({
  number: numberPattern,
  role: z.enum(ROLES),
  /** The lead sentence; `{problem}` is the problem as fed back. */
  head: z.string(),
  /** The lead sentence of an entry with no problem text (立行立改事项). */
  headWithoutProblem: z.string(),
  /** The lead stands as its own paragraph; otherwise the first measure runs on after it. */
  headAlone: z.boolean(),
  /** Before the first measure when the lead stands alone (整改措施：). */
  measuresLead: z.string(),
  /** Before the first paragraph of progress (具体整改落实情况如下：). */
  progressLead: z.string(),
});

export const layoutSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, { error: '版式编号只能由小写字母、数字和连字符组成' }),
  name: z.string().min(1),
  description: z.string(),
  sectionNumber: numberPattern,
  sections: z.object({
    organisation: sectionHeadingSchema,
    checklist: sectionHeadingSchema,
    nextSteps: sectionHeadingSchema,
  }),
  groups: z.object({
    /** False: the tree prints as one flat list, group titles left out. */
    print: z.boolean(),
    /** Level 1 for top groups, level 2 for groups inside them. */
    levels: z.array(groupLevelSchema).min(1).max(2),
  }),
  item: entrySchema.extend({
    /** Items count within their group, or on across the whole checklist. */
    counter: z.enum(['group', 'document']),
    /** An item alone in its group gets no number. */
    omitNumberWhenAlone: z.boolean(),
  }),
  subItem: entrySchema,
  /** Enumerations new items start with. */
  defaults: z.object({
    measures: z.enum(ENUMERATIONS),
    progress: z.enum(ENUMERATIONS),
  }),
});

export type Layout = z.infer<typeof layoutSchema>;
export type EntryFormat = Layout['subItem'];
