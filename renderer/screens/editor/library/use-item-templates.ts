import { useCallback, useMemo, useState } from 'react';
import type { Api } from '../../../../shared/api';
import type { ItemTemplate, SaveItemTemplateInput, ItemTemplateChanges } from '../../../../shared/library/item-templates';
import { errorText } from '../../../components/error-text';

export interface ItemTemplateStore {
  /** Null until first loaded. */
  templates: ItemTemplate[] | null;
  error: string | null;
  /** Every tag in use, for the tag pickers' suggestions. */
  tags: string[];
  reload(): Promise<void>;
  /** Each of these throws (after nothing is changed) when the main process refused; the list follows on success. */
  save(input: SaveItemTemplateInput): Promise<ItemTemplate>;
  update(id: string, changes: ItemTemplateChanges): Promise<void>;
  remove(id: string): Promise<void>;
}

/** The item templates, as one list shared by the 模板 tab and the 存为模板 dialog. */
export function useItemTemplates(api: Api): ItemTemplateStore {
  const [templates, setTemplates] = useState<ItemTemplate[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      setTemplates(await api.listItemTemplates());
      setError(null);
    } catch (failure) {
      setError(errorText('读取模板', failure));
    }
  }, [api]);

  return useMemo(() => {
    const tags = [...new Set((templates ?? []).flatMap((template) => template.tags))];
    return {
      templates,
      error,
      tags,
      reload,
      async save(input) {
        const saved = await api.saveItemTemplate(input);
        await reload();
        return saved;
      },
      async update(id, changes) {
        await api.updateItemTemplate(id, changes);
        await reload();
      },
      async remove(id) {
        await api.deleteItemTemplate(id);
        await reload();
      },
    };
  }, [api, templates, error, reload]);
}
