import {
  itemTemplateSchema,
  MAX_ITEM_TEMPLATE_NAME_LENGTH,
  itemTemplateChangesSchema,
  itemTemplateNameSchema,
  itemTemplateNodeSchema,
  itemTemplateTagsSchema,
  type ItemTemplate,
  type ItemTemplateChanges,
} from '../../shared/library/item-templates';
import { newId } from '../../shared/model/factory';
import type { ChecklistNode } from '../../shared/model/notice';
import { describeIssues } from '../../shared/model/schemas';
import { writeTransaction, type Database } from './database';
import { InvalidInputError, NotFoundError, StoredDataError } from './errors';
import { idSchema, parseInput } from './validate';

/**
 * Item templates (条目模板): named copies of an item or a group, kept for reuse.
 * Their table keeps the name `templates` it was created with (migration 0040):
 * renaming a table takes a migration of its own, and the SQL is only here.
 */

interface TemplateRow {
  id: string;
  name: string;
  tags: string;
  node: string;
  created_at: string;
  updated_at: string;
}

function fromRow(row: TemplateRow): ItemTemplate {
  const parsed = itemTemplateSchema.safeParse({
    id: row.id,
    name: row.name,
    tags: JSON.parse(row.tags),
    node: JSON.parse(row.node),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
  if (!parsed.success) throw new StoredDataError(`模板“${row.name}”的数据已损坏：\n${describeIssues(parsed.error)}`);
  return parsed.data;
}

/** Every template, the most recently changed first. */
export function listItemTemplates(db: Database): ItemTemplate[] {
  const rows = db.prepare('SELECT * FROM templates ORDER BY updated_at DESC, name').all() as TemplateRow[];
  return rows.map(fromRow);
}

export function getItemTemplate(db: Database, id: string): ItemTemplate | null {
  const templateId = parseInput(idSchema, id, '模板编号');
  const row = db.prepare('SELECT * FROM templates WHERE id = ?').get(templateId) as TemplateRow | undefined;
  return row ? fromRow(row) : null;
}

function requireTemplate(db: Database, id: string): ItemTemplate {
  const template = getItemTemplate(db, id);
  if (!template) throw new NotFoundError(`找不到这个模板（编号 ${id}），可能已被删除`);
  return template;
}

function assertNameFree(db: Database, name: string, except: string | null): void {
  const holder = db.prepare('SELECT id FROM templates WHERE name = ?').pluck().get(name) as string | undefined;
  if (holder !== undefined && holder !== except) throw new InvalidInputError(`已有名为“${name}”的模板，请换一个名称`);
}

/** Saves a node as a new template; the node is kept exactly, ids included. */
export function createItemTemplate(
  db: Database,
  input: { name: string; tags?: string[]; node: ChecklistNode },
  now = new Date(),
): ItemTemplate {
  const name = parseInput(itemTemplateNameSchema, input.name, '模板名称');
  const tags = parseInput(itemTemplateTagsSchema, input.tags ?? [], '模板标签');
  const node = parseInput(itemTemplateNodeSchema, input.node, '模板内容');
  const stamp = now.toISOString();
  const template: ItemTemplate = { id: newId(), name, tags, node, createdAt: stamp, updatedAt: stamp };
  writeTransaction(db, () => {
    assertNameFree(db, name, null);
    insertTemplate(db, template);
  });
  return template;
}

/** Renames and/or retags a template. */
export function updateItemTemplate(db: Database, id: string, changes: ItemTemplateChanges, now = new Date()): ItemTemplate {
  const templateId = parseInput(idSchema, id, '模板编号');
  const given = parseInput(itemTemplateChangesSchema, changes, '模板修改');
  return writeTransaction(db, () => {
    const current = requireTemplate(db, templateId);
    const next: ItemTemplate = {
      ...current,
      ...(given.name !== undefined ? { name: given.name } : {}),
      ...(given.tags !== undefined ? { tags: given.tags } : {}),
      updatedAt: now.toISOString(),
    };
    assertNameFree(db, next.name, templateId);
    db.prepare('UPDATE templates SET name = ?, tags = ?, updated_at = ? WHERE id = ?').run(
      next.name,
      JSON.stringify(next.tags),
      next.updatedAt,
      templateId,
    );
    return next;
  });
}

/** Returns false when there was no such template. */
export function deleteItemTemplate(db: Database, id: string): boolean {
  const templateId = parseInput(idSchema, id, '模板编号');
  return writeTransaction(db, () => db.prepare('DELETE FROM templates WHERE id = ?').run(templateId).changes > 0);
}

export interface ItemTemplateImport {
  added: number;
  /** Already here under the same id: the local one is kept. */
  kept: number;
  /** Added under another name because the name was taken: [given name, name used]. */
  renamed: [string, string][];
}

/**
 * Adds templates that came with an exchange file. One with an id already
 * here is the same template (the local copy, perhaps edited since, wins);
 * a different one whose name is taken comes in as “name（导入）”, “name（导入2）” ….
 */
export function importItemTemplates(db: Database, templates: readonly ItemTemplate[]): ItemTemplateImport {
  const checked = templates.map((template, index) => parseInput(itemTemplateSchema, template, `第 ${index + 1} 个模板`));
  return writeTransaction(db, () => {
    const result: ItemTemplateImport = { added: 0, kept: 0, renamed: [] };
    for (const template of checked) {
      if (db.prepare('SELECT 1 FROM templates WHERE id = ?').get(template.id)) {
        result.kept += 1;
        continue;
      }
      const name = freeName(db, template.name);
      if (name !== template.name) result.renamed.push([template.name, name]);
      insertTemplate(db, { ...template, name });
      result.added += 1;
    }
    return result;
  });
}

function freeName(db: Database, name: string): string {
  const taken = (candidate: string) => db.prepare('SELECT 1 FROM templates WHERE name = ?').get(candidate) !== undefined;
  if (!taken(name)) return name;
  for (let n = 1; ; n += 1) {
    const suffix = `（导入${n === 1 ? '' : n}）`;
    // The name with its suffix must still fit the limit; cut by characters, never inside one.
    const base = Array.from(name)
      .slice(0, MAX_ITEM_TEMPLATE_NAME_LENGTH - suffix.length)
      .join('');
    const candidate = `${base}${suffix}`;
    if (!taken(candidate)) return candidate;
  }
}

function insertTemplate(db: Database, template: ItemTemplate): void {
  db.prepare('INSERT INTO templates (id, name, tags, node, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    template.id,
    template.name,
    JSON.stringify(template.tags),
    JSON.stringify(template.node),
    template.createdAt,
    template.updatedAt,
  );
}
