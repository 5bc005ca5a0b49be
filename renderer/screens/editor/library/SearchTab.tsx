import { Alert, Input, List, Select, Spin, Typography, type InputRef } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ItemSearchFilters, ItemSearchResult } from '../../../../shared/library/search-types';
import { ITEM_STATUSES, type ItemStatus } from '../../../../shared/model/notice';
import { useStatusLabels } from '../../../app/status-labels';
import type { NoticeSummary } from '../../../../shared/model/notice-summary';
import { useServices } from '../../../app/services';
import { SearchHitView, type InsertHandler } from './SearchHitView';
import { useItemSearch } from './use-item-search';

/** 搜索问题: every item ever written, found as the user types, each ready to insert. */
export function SearchTab({ active, onInsert }: { active: boolean; onInsert: InsertHandler }) {
  const { api } = useServices();
  const statusLabels = useStatusLabels();
  const [query, setQuery] = useState('');
  const [statuses, setStatuses] = useState<ItemStatus[]>([]);
  const [noticeId, setNoticeId] = useState<string | undefined>(undefined);
  const [groupTitle, setGroupTitle] = useState('');
  const notices = useNotices(active);
  const input = useRef<InputRef>(null);

  const filters = useMemo<ItemSearchFilters>(
    () => ({
      ...(statuses.length > 0 ? { statuses } : {}),
      ...(noticeId ? { noticeId } : {}),
      ...(groupTitle.trim() ? { groupTitle: groupTitle.trim() } : {}),
    }),
    [statuses, noticeId, groupTitle],
  );
  const { result, searching, error } = useItemSearch(api, query, filters, active);

  useEffect(() => {
    // The panel is still sliding in from beyond the right edge: a focus that scrolled to the box would push
    // the whole window's content sideways (its frame hides the scrollbar) and let it slide back.
    if (active) input.current?.focus({ preventScroll: true });
  }, [active]);

  return (
    <div className="library-tab">
      <div className="library-filters">
        <Input.Search
          ref={input}
          aria-label="搜索问题"
          placeholder="输入反馈问题、整改措施或落实情况中的文字"
          allowClear
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          loading={searching}
        />
        <div className="library-filter-row">
          <Select
            aria-label="整改状态筛选"
            mode="multiple"
            allowClear
            placeholder="全部状态"
            maxTagCount="responsive"
            value={statuses}
            onChange={setStatuses}
            options={ITEM_STATUSES.map((status) => ({ value: status, label: statusLabels[status] }))}
            className="library-filter-status"
          />
          <Input
            aria-label="分组标题筛选"
            allowClear
            placeholder="分组标题包含…"
            value={groupTitle}
            onChange={(event) => setGroupTitle(event.target.value)}
          />
        </div>
        <Select
          aria-label="通报筛选"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder="全部通报"
          value={noticeId}
          onChange={setNoticeId}
          options={notices.map((notice) => ({ value: notice.id, label: notice.title || '（未命名通报）' }))}
          popupMatchSelectWidth
        />
      </div>
      {error ? (
        <Alert type="error" showIcon title={error} />
      ) : (
        <ResultList result={result} query={query} loading={searching && !result} onInsert={onInsert} />
      )}
    </div>
  );
}

function ResultList({
  result,
  query,
  loading,
  onInsert,
}: {
  result: ItemSearchResult | null;
  query: string;
  loading: boolean;
  onInsert: InsertHandler;
}) {
  const list = useRef<HTMLDivElement>(null);
  // A new answer is read from its first hit.
  useEffect(() => {
    if (list.current) list.current.scrollTop = 0;
  }, [result]);
  if (loading || !result) return <Spin className="library-loading" />;
  const count = countText(result, query.trim() === '');
  return (
    <>
      <Typography.Text type="secondary" className="library-count">
        {count}
      </Typography.Text>
      <List
        ref={list}
        className="library-results"
        dataSource={result.hits}
        rowKey="itemId"
        locale={{ emptyText: query.trim() === '' ? '还没有写过问题' : '没有找到包含这些文字的问题，可减少字数或换个说法再试' }}
        renderItem={(hit) => (
          <List.Item>
            <SearchHitView hit={hit} onInsert={onInsert} />
          </List.Item>
        )}
      />
    </>
  );
}

function countText({ total, totalCapped, hits }: ItemSearchResult, browsing: boolean): string {
  const all = totalCapped ? `超过 ${total} 条` : `${total} 条`;
  const shown = total > hits.length || totalCapped ? `，显示${browsing ? '最近' : '前'} ${hits.length} 条` : '';
  return browsing ? `以往写过的问题：共 ${all}${shown}` : `找到 ${all}${shown}`;
}

/** The notices to filter by, read when the tab is first shown. */
function useNotices(active: boolean): NoticeSummary[] {
  const { api } = useServices();
  const [notices, setNotices] = useState<NoticeSummary[]>([]);
  useEffect(() => {
    if (!active) return;
    let live = true;
    api.listNotices().then(
      (list) => live && setNotices(list),
      () => undefined, // Filtering by notice is a convenience; the search itself still works.
    );
    return () => {
      live = false;
    };
  }, [api, active]);
  return notices;
}
