import type { Api } from '../../shared/api';
import { NotFoundError } from '../db/errors';
import { searchItems } from '../db/search/search-items';
import { createItemTemplate, deleteItemTemplate, listItemTemplates, updateItemTemplate } from '../db/item-templates';
import { copyForInsert, storedNode } from '../library/copy-for-insert';
import { createNextStage } from '../library/next-stage';
import type { ServiceContext } from './service-context';

export type LibraryApi = Pick<
  Api,
  | 'searchItems'
  | 'copyForInsert'
  | 'listItemTemplates'
  | 'saveItemTemplate'
  | 'updateItemTemplate'
  | 'deleteItemTemplate'
  | 'createNextStage'
>;

/** The 条目库 and reuse methods of the contract: search, copies to insert, templates, the next stage. */
export function createLibraryServices(context: ServiceContext): LibraryApi {
  const { db, templates } = context;
  const now = context.now ?? (() => new Date());
  return {
    async searchItems(query, filters, options) {
      return searchItems(db, query, filters, options, templates.boilerplate);
    },
    async copyForInsert(source) {
      return copyForInsert(db, source);
    },
    async listItemTemplates() {
      return listItemTemplates(db);
    },
    async saveItemTemplate(input) {
      const node = 'nodeId' in input ? storedNode(db, input.nodeId) : input.node;
      return createItemTemplate(db, { name: input.name, tags: input.tags ?? [], node }, now());
    },
    async updateItemTemplate(id, changes) {
      return updateItemTemplate(db, id, changes, now());
    },
    async deleteItemTemplate(id) {
      if (!deleteItemTemplate(db, id)) throw new NotFoundError(`找不到这个模板（编号 ${id}），可能已被删除。`);
    },
    async createNextStage(noticeId, options) {
      return createNextStage(db, noticeId, templates.boilerplate, now(), options);
    },
  };
}
