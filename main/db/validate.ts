import { z } from 'zod';
import { describeIssues } from '../../shared/model/schemas';
import { InvalidInputError } from './errors';

/** Parses with a shared schema; on failure throws the issues in Chinese, prefixed by what was being checked. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new InvalidInputError(`${what}格式有误：\n${describeIssues(result.error)}`);
  return result.data;
}

/** Ids arrive over IPC as anything; check them before they reach SQL. */
export const idSchema = z.string({ error: '编号必须是文字' }).min(1, { error: '编号不能为空' });
