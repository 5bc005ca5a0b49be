import { z } from 'zod';
import { CONTACT_KINDS, STAGES } from '../model/notice';

/** The fixed sentences of the genre, read from templates/boilerplate.json. */
export const boilerplateSchema = z.object({
  title: z.string(),
  stagePhrases: z.record(z.enum(STAGES), z.string()),
  opening: z.string(),
  periodJoiner: z.string(),
  closing: z.string(),
  contactSeparator: z.string(),
  contactEnd: z.string(),
  contactLabelsWithoutColon: z.array(z.enum(CONTACT_KINDS)),
  partHeadings: z.object({ organisation: z.string(), checklist: z.string(), nextSteps: z.string() }),
  attachmentNote: z.string(),
});

export type Boilerplate = z.infer<typeof boilerplateSchema>;
