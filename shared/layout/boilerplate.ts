import { z } from 'zod';
import { CONTACT_KINDS, ITEM_STATUSES, STAGES } from '../model/notice';

/** The fixed sentences of the genre, read from templates/boilerplate.json. */
export const boilerplateSchema = z.object({
  title: z.string(),
  stagePhrases: z.record(z.enum(STAGES), z.string()),
  opening: z.string(),
  periodJoiner: z.string(),
  closing: z.string(),
  /** Between a contact's label and value, and between two contacts, where the contact does not say (see Contact). */
  contactColon: z.string(),
  /**
   * Kinds printed with no colon when the contact does not record one: how
   * notices stored before contacts kept their own colon printed (电话22832508),
   * so those notices print as they always did.
   */
  contactKindsWithoutColon: z.array(z.enum(CONTACT_KINDS)),
  contactSeparator: z.string(),
  contactEnd: z.string(),
  partHeadings: z.object({ organisation: z.string(), checklist: z.string(), nextSteps: z.string() }),
  attachmentNote: z.string(),
  /** The sentence of summary figures inserted into the organisation part; clauses whose figure is 0 are left out. */
  figuresSentence: z.object({
    opening: z.string(),
    statusClauses: z.record(z.enum(ITEM_STATUSES), z.string()),
    rate: z.string(),
    moneyRecovered: z.string(),
    moneyToRecover: z.string(),
    rulesMade: z.string(),
    peopleHeld: z.string(),
    separator: z.string(),
    groupSeparator: z.string(),
    end: z.string(),
  }),
});

export type Boilerplate = z.infer<typeof boilerplateSchema>;
