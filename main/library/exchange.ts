import { parseExchangeContents, toExchange, withFreshIds, type NoticeExchange } from '../../shared/model/exchange';
import type { Notice } from '../../shared/model/notice';
import { writeTransaction, type Database } from '../db/database';
import { anyNodeIdInUse, getNotice, saveNotice } from '../db/notices';
import { importItemTemplates, listItemTemplates, type ItemTemplateImport } from '../db/item-templates';

/** A notice as an exchange file, with every item template of the database travelling along. */
export function exportExchange(db: Database, notice: Notice, now = new Date()): NoticeExchange {
  return toExchange(notice, now, listItemTemplates(db));
}

export interface ExchangeImport {
  notice: Notice;
  /** The notice (or one of its items) was already here, so it came in under fresh ids. */
  copied: boolean;
  templates: ItemTemplateImport;
}

/**
 * Imports an exchange file's notice and templates in one transaction.
 * `checkNotice` may refuse the notice (an unknown layout) before anything is written.
 */
export function importExchange(db: Database, text: string, checkNotice: (notice: Notice) => void = () => undefined): ExchangeImport {
  const contents = parseExchangeContents(text);
  checkNotice(contents.notice);
  return writeTransaction(db, () => {
    // Ids are unique across the database: a notice (or any item of it) already here comes in as a copy.
    const copied = getNotice(db, contents.notice.id) !== null || anyNodeIdInUse(db, contents.notice);
    const notice = copied ? withFreshIds(contents.notice) : contents.notice;
    saveNotice(db, notice);
    return { notice, copied, templates: importItemTemplates(db, contents.templates) };
  });
}

/** One line on what became of the templates, or null when the file had none. */
export function describeTemplateImport(result: ItemTemplateImport): string | null {
  if (result.added === 0 && result.kept === 0) return null;
  const parts = [`导入条目模板 ${result.added} 个`];
  if (result.kept > 0) parts.push(`已有的 ${result.kept} 个保留本机版本`);
  if (result.renamed.length > 0) parts.push(`因重名改名：${result.renamed.map(([from, to]) => `“${from}”→“${to}”`).join('、')}`);
  return `${parts.join('；')}。`;
}
