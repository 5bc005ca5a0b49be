import { z } from 'zod';

/**
 * What templates/check/*.json holds: the word lists of the pre-submission
 * check, data rather than code, so an office (or a release) can extend them
 * without touching a rule.
 */

function compiles(source: string): boolean {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
}

const nonEmpty = (what: string) => z.string({ error: `${what}必须是文字` }).min(1, { error: `${what}不能为空` });

/** A word often written wrong in official writing, and what it should be. */
export const confusedWordSchema = z.object({
  wrong: nonEmpty('误写的词（wrong）'),
  right: z.string({ error: '应为的词（right）必须是文字' }),
  /**
   * A regular expression (u flag) found instead of `wrong` itself, so that
   * lookarounds can give the context (截止(?=目前)); what it matches is
   * replaced by `right`.
   */
  context: z.string().refine(compiles, { error: '上下文（context）不是有效的正则表达式' }).optional(),
  /** Phrases that contain the word and are right (精减人员): a match inside one is left alone. */
  except: z.array(nonEmpty('例外（except）')).optional(),
  /** The message shown instead of the usual one (误写 应为 right). */
  message: z.string().optional(),
  severity: z.enum(['error', 'hint'], { error: '严重程度（severity）只能是 error 或 hint' }),
  /** True when replacing it needs no human reading. */
  fix: z.boolean({ error: '是否可自动修正（fix）必须是 true 或 false' }),
});
export type ConfusedWord = z.infer<typeof confusedWordSchema>;

/** Doubled characters (的的): which are typos, which are words. */
export const repeatsSchema = z.object({
  /** Characters whose doubling is always a typo (的的, 了了): an error with the fix to one. */
  errorCharacters: z.string({ error: '重复即为错误的字（errorCharacters）必须是文字' }),
  /** Reduplicated words that are right (常常, 人人, 层层): never reported, whatever the list of characters. */
  allowedWords: z.array(nonEmpty('允许的叠词（allowedWords）')),
  /** Longer phrases that hold a doubled character and are right (不了了之, 是是非非). */
  allowedPhrases: z.array(nonEmpty('允许的短语（allowedPhrases）')),
});
export type RepeatRules = z.infer<typeof repeatsSchema>;

export const checkRulesSchema = z.object({
  words: z.array(confusedWordSchema, { error: '易混词（words）必须是列表' }),
  repeats: repeatsSchema,
});
export type CheckRules = z.infer<typeof checkRulesSchema>;
