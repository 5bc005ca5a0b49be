import { App as AntApp, Drawer, Tabs } from 'antd';
import { memo, useCallback, useEffect, useRef, useState } from 'react';
import { MAX_ITEM_TEMPLATE_NAME_LENGTH, templateItemCount } from '../../../../shared/library/item-templates';
import type { ChecklistNode } from '../../../../shared/model/notice';
import { useServices } from '../../../app/services';
import { errorText } from '../../../components/error-text';
import { shorten } from './library-labels';
import type { InsertHandler } from './SearchHitView';
import { SearchTab } from './SearchTab';
import { ItemTemplateFormModal, type TemplateFields } from './ItemTemplateFormModal';
import { ItemTemplatesTab } from './ItemTemplatesTab';
import { useItemTemplates } from './use-item-templates';
import './library.css';

type TabKey = 'search' | 'templates';

export interface ItemLibraryProps {
  open: boolean;
  onClose: () => void;
  /** Puts a fresh copy into the notice being edited, at the selected place. */
  onInsert: (copy: ChecklistNode) => void;
  /** A node to save as a template (存为模板), as the window holds it; null when none is asked for. */
  nodeToSave: ChecklistNode | null;
  onSaveClosed: () => void;
}

/**
 * 条目库: a panel beside the editor (the outline stays usable, so the user
 * can pick where a copy goes) with the search over every item written and
 * the item templates; and the 存为模板 dialog, which shares the template list.
 * Its props are stable while the user types, so a keystroke never renders it.
 */
export const ItemLibrary = memo(function ItemLibrary({ open, onClose, onInsert, nodeToSave, onSaveClosed }: ItemLibraryProps) {
  const { api } = useServices();
  const { message } = AntApp.useApp();
  const store = useItemTemplates(api);
  const [tab, setTab] = useState<TabKey>('search');
  const inserting = useRef(false);
  const { reload } = store;

  // The dialog suggests the tags already in use.
  useEffect(() => {
    if (nodeToSave) void reload();
  }, [nodeToSave, reload]);

  const insert = useCallback<InsertHandler>(
    async (source, what) => {
      // A second click while the first copy is on its way would insert twice.
      if (inserting.current) return;
      inserting.current = true;
      try {
        onInsert(await api.copyForInsert(source));
        message.success({ content: `已插入${what}`, className: 'library-message' });
      } catch (error) {
        message.error(errorText('插入', error));
      } finally {
        inserting.current = false;
      }
    },
    [api, message, onInsert],
  );

  const saveItemTemplate = async (fields: TemplateFields) => {
    if (!nodeToSave) return;
    await store.save({ ...fields, node: nodeToSave });
    onSaveClosed();
    message.success({ content: `已存为模板“${shorten(fields.name)}”，可在条目库的“模板”中插入`, className: 'library-message' });
  };

  return (
    <>
      <Drawer
        title="条目库"
        className="library-drawer"
        open={open}
        onClose={onClose}
        size="var(--library-width)"
        mask={false}
        focusable={{ trap: false, focusTriggerAfterClose: false }}
        getContainer={false}
        styles={{ body: { padding: '0 16px 16px' } }}
      >
        {/* Its search box keeps the browser's own Ctrl+Z: the notice's undo is not for what is typed here (useUndoShortcuts). */}
        <div data-own-undo="">
          <Tabs
            activeKey={tab}
            onChange={(key) => setTab(key as TabKey)}
            items={[
              { key: 'search', label: '搜索问题', children: <SearchTab active={open && tab === 'search'} onInsert={insert} /> },
              {
                key: 'templates',
                label: '模板',
                children: <ItemTemplatesTab active={open && tab === 'templates'} store={store} onInsert={insert} />,
              },
            ]}
          />
        </div>
      </Drawer>
      <ItemTemplateFormModal
        open={nodeToSave !== null}
        title="存为模板"
        okText="保存"
        initial={{ name: nodeToSave ? defaultName(nodeToSave) : '', tags: [] }}
        knownTags={store.tags}
        description={nodeToSave ? describeNode(nodeToSave) : undefined}
        onSubmit={saveItemTemplate}
        onCancel={onSaveClosed}
      />
    </>
  );
});

function defaultName(node: ChecklistNode): string {
  const text = (node.kind === 'item' ? node.problem : node.title).replace(/\s+/g, ' ').trim();
  return text.slice(0, MAX_ITEM_TEMPLATE_NAME_LENGTH);
}

function describeNode(node: ChecklistNode): string {
  if (node.kind === 'group')
    return `将保存分组“${shorten(node.title) || '未命名分组'}”及其中的 ${templateItemCount(node)} 个问题，以后可从条目库的“模板”中插入副本。`;
  return `将保存选中的问题及其整改措施、落实情况和各项属性，以后可从条目库的“模板”中插入副本。`;
}
