import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import type { LayoutTemplates } from '../../shared/api';
import { boilerplateSchema } from '../../shared/layout/boilerplate';
import { layoutSchema, type Layout } from '../../shared/layout/layout';
import { styleSchema } from '../../shared/layout/style';
import { describeIssues } from '../../shared/model/schemas';
import { checkRulesSchema, type CheckRules } from '../../shared/check/rules-schema';
import { systemReason } from '../db/translate-error';

/**
 * Everything in templates/: the layouts, the boilerplate sentences, the GB/T
 * 9704 style values, the check's word lists. One type with what the API
 * hands the window (shared/api.ts), which is this, loaded once at start.
 */
export type { LayoutTemplates };

/** A template file that is missing or broken: the program cannot start without it. The message is Chinese, ready to show. */
export class LayoutTemplatesError extends Error {
  override name = 'LayoutTemplatesError';
}

/** The templates folder of this checkout (the packaged app passes its own). */
export function defaultLayoutTemplatesDirectory(): string {
  return fileURLToPath(new URL('../../templates/', import.meta.url));
}

function readJson<T>(path: string, schema: z.ZodType<T>): T {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    // Node's and JSON's own messages are English: the reason in words instead.
    const reason = error instanceof SyntaxError ? '内容不是有效的 JSON' : (systemReason(error) ?? '读取时出错');
    throw new LayoutTemplatesError(`模板文件无法读取：${path}（${reason}）`, { cause: error });
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new LayoutTemplatesError(`模板文件格式有误：${path}\n${describeIssues(parsed.error)}`);
  return parsed.data;
}

/** Reads and validates every template; a broken file is named in the error. */
export function loadLayoutTemplates(directory = defaultLayoutTemplatesDirectory()): LayoutTemplates {
  const layoutDir = join(directory, 'layouts');
  let names: string[];
  try {
    names = readdirSync(layoutDir);
  } catch (error) {
    throw new LayoutTemplatesError(`版式模板文件夹无法读取：${layoutDir}（${systemReason(error) ?? '读取时出错'}）`, { cause: error });
  }
  const layouts = names
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => readJson(join(layoutDir, name), layoutSchema));
  const ids = new Set<string>();
  for (const layout of layouts) {
    if (ids.has(layout.id)) throw new LayoutTemplatesError(`版式编号重复：${layout.id}`);
    ids.add(layout.id);
  }
  return {
    layouts,
    boilerplate: readJson(join(directory, 'boilerplate.json'), boilerplateSchema),
    style: readJson(join(directory, 'style.json'), styleSchema),
    check: loadCheckRules(join(directory, 'check')),
  };
}

/**
 * The check's lists: every JSON file in templates/check is one part of the
 * rules (words.json the confused words, repeats.json the doubled
 * characters), merged and validated as one, the file named in an error.
 */
function loadCheckRules(directory: string): CheckRules {
  let names: string[];
  try {
    names = readdirSync(directory)
      .filter((name) => name.endsWith('.json'))
      .sort();
  } catch (error) {
    throw new LayoutTemplatesError(`检查规则文件夹无法读取：${directory}（${systemReason(error) ?? '读取时出错'}）`, { cause: error });
  }
  const merged: Record<string, unknown> = {};
  for (const name of names) {
    const path = join(directory, name);
    const part = readJson(path, checkRulesSchema.partial());
    for (const [key, value] of Object.entries(part)) {
      if (key in merged) throw new LayoutTemplatesError(`检查规则重复定义了“${key}”：${path}`);
      merged[key] = value;
    }
  }
  const parsed = checkRulesSchema.safeParse(merged);
  if (!parsed.success) throw new LayoutTemplatesError(`检查规则不完整：${directory}\n${describeIssues(parsed.error)}`);
  return parsed.data;
}

/** The layout with this id, or a clear error naming the ones there are. */
export function findLayout(templates: LayoutTemplates, id: string): Layout {
  const layout = templates.layouts.find((l) => l.id === id);
  if (!layout)
    throw new LayoutTemplatesError(`找不到版式“${id}”。可用的版式：${templates.layouts.map((l) => `${l.id}（${l.name}）`).join('、')}`);
  return layout;
}
