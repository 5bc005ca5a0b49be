import { Alert, App as AntApp, Button, Input, List, Popconfirm, Spin, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { templateItemCount, type ItemTemplate } from '../../../../shared/library/item-templates';
import { errorText } from '../../../components/error-text';
import type { InsertHandler } from './SearchHitView';
import { ItemTemplateFormModal, type TemplateFields } from './ItemTemplateFormModal';
import type { ItemTemplateStore } from './use-item-templates';
import { shorten } from './library-labels';

/** 模板: the saved items and groups, filtered by name or tag, to insert, rename, retag or delete. */
export function ItemTemplatesTab({ active, store, onInsert }: { active: boolean; store: ItemTemplateStore; onInsert: InsertHandler }) {
  const { message } = AntApp.useApp();
  const [filter, setFilter] = useState('');
  const [editing, setEditing] = useState<ItemTemplate | null>(null);
  const { templates, error, reload } = store;

  useEffect(() => {
    if (active) void reload();
  }, [active, reload]);

  const shown = useMemo(() => matching(templates ?? [], filter), [templates, filter]);

  const saveEdit = async (fields: TemplateFields) => {
    if (!editing) return;
    await store.update(editing.id, fields);
    setEditing(null);
    message.success({ content: '模板已修改', className: 'library-message' });
  };
  const remove = async (template: ItemTemplate) => {
    try {
      await store.remove(template.id);
      message.success({ content: `已删除模板“${shorten(template.name)}”`, className: 'library-message' });
    } catch (failure) {
      message.error(errorText('删除模板', failure));
    }
  };

  return (
    <div className="library-tab">
      <div className="library-filters">
        <Input.Search
          aria-label="筛选模板"
          allowClear
          placeholder="按名称或标签筛选"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
        />
      </div>
      {error && <Alert type="error" showIcon title={error} />}
      {!templates && !error && <Spin className="library-loading" />}
      {templates && (
        <>
          <Typography.Text type="secondary" className="library-count">
            {filter.trim() ? `共 ${templates.length} 个模板，符合筛选的 ${shown.length} 个` : `共 ${templates.length} 个模板`}
          </Typography.Text>
          <List
            className="library-results"
            dataSource={shown}
            rowKey="id"
            locale={{
              emptyText:
                templates.length === 0
                  ? '还没有模板。在左侧清单中选中一个问题或分组，点击“存为模板”即可保存。'
                  : '没有名称或标签符合筛选的模板',
            }}
            renderItem={(template) => (
              <List.Item>
                <TemplateView template={template} onInsert={onInsert} onEdit={setEditing} onRemove={remove} onTag={setFilter} />
              </List.Item>
            )}
          />
        </>
      )}
      <ItemTemplateFormModal
        open={editing !== null}
        title="修改模板"
        okText="保存"
        initial={{ name: editing?.name ?? '', tags: editing?.tags ?? [] }}
        knownTags={store.tags}
        onSubmit={saveEdit}
        onCancel={() => setEditing(null)}
      />
    </div>
  );
}

function TemplateView({
  template,
  onInsert,
  onEdit,
  onRemove,
  onTag,
}: {
  template: ItemTemplate;
  onInsert: InsertHandler;
  onEdit: (template: ItemTemplate) => void;
  onRemove: (template: ItemTemplate) => Promise<void>;
  onTag: (tag: string) => void;
}) {
  const { node } = template;
  const preview = node.kind === 'item' ? node.problem.trim() || '（未填写反馈问题）' : node.title.trim() || '（未命名分组）';
  return (
    <div className="library-hit library-template" data-template-id={template.id}>
      <div className="library-template-head">
        <span className="library-template-name">{template.name}</span>
        <Tag className="library-kind">{node.kind === 'item' ? '问题' : `分组 · ${templateItemCount(node)} 个问题`}</Tag>
      </div>
      <div className="library-hit-snippet library-template-preview">{preview}</div>
      {template.tags.length > 0 && (
        <div className="library-template-tags">
          {template.tags.map((tag) => (
            <Tag key={tag} color="blue" className="library-tag" onClick={() => onTag(tag)}>
              {tag}
            </Tag>
          ))}
        </div>
      )}
      <div className="library-hit-actions">
        <Button
          size="small"
          type="primary"
          onClick={() => onInsert({ kind: 'template', id: template.id }, `模板“${shorten(template.name)}”`)}
        >
          插入
        </Button>
        <Button size="small" onClick={() => onEdit(template)}>
          修改
        </Button>
        <Popconfirm
          title="删除这个模板？"
          description={`模板“${shorten(template.name)}”将被删除；已插入通报的内容不受影响。`}
          okText="删除"
          okButtonProps={{ danger: true }}
          cancelText="取消"
          onConfirm={() => onRemove(template)}
        >
          <Button size="small" danger>
            删除
          </Button>
        </Popconfirm>
      </div>
    </div>
  );
}

/** Templates whose name or one of whose tags holds every word of the filter. */
function matching(templates: ItemTemplate[], filter: string): ItemTemplate[] {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return templates;
  return templates.filter((template) => {
    const text = [template.name, ...template.tags].join('\n').toLowerCase();
    return words.every((word) => text.includes(word));
  });
}
