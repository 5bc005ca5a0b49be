import { z } from 'zod';
import { describeIssues } from '../../shared/model/schemas';
import { InvalidInputError } from './errors';

/** Parses with a shared schema; on failure throws the issues in Chinese, prefixed by what was being checked. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new InvalidInputError(`${what}格式有误：\n${describeIssues(result.error)}`);
  return result.data;
}

/** Ids arrive over IPC as anything; checked by the one id rule before they reach SQL. */
export { idSchema } from '../../shared/model/id-schema';
