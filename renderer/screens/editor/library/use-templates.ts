import { useCallback, useMemo, useState } from 'react';
import type { Api } from '../../../../shared/api';
import type { ItemTemplate, SaveTemplateInput, TemplateChanges } from '../../../../shared/library/templates';
import { errorText } from '../../../components/error-text';

export interface TemplateStore {
  /** Null until first loaded. */
  templates: ItemTemplate[] | null;
  error: string | null;
  /** Every tag in use, for the tag pickers' suggestions. */
  tags: string[];
  reload(): Promise<void>;
  /** Each of these throws (after nothing is changed) when the main process refused; the list follows on success. */
  save(input: SaveTemplateInput): Promise<ItemTemplate>;
  update(id: string, changes: TemplateChanges): Promise<void>;
  remove(id: string): Promise<void>;
}

/** The item templates, as one list shared by the 模板 tab and the 存为模板 dialog. */
export function useTemplates(api: Api): TemplateStore {
  const [templates, setTemplates] = useState<ItemTemplate[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      setTemplates(await api.listTemplates());
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
        const saved = await api.saveTemplate(input);
        await reload();
        return saved;
      },
      async update(id, changes) {
        await api.updateTemplate(id, changes);
        await reload();
      },
      async remove(id) {
        await api.deleteTemplate(id);
        await reload();
      },
    };
  }, [api, templates, error, reload]);
}
