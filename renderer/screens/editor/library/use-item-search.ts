import { useEffect, useRef, useState } from 'react';
import type { Api } from '../../../../shared/api';
import type { ItemSearchFilters, ItemSearchResult } from '../../../../shared/library/search-types';
import { errorText } from '../../../components/error-text';

/** How long typing must pause before the search runs. */
export const SEARCH_DELAY_MS = 150;
/** Hits shown at once; the count says how many more there are. */
export const SEARCH_PAGE = 50;

export interface ItemSearchState {
  result: ItemSearchResult | null;
  searching: boolean;
  error: string | null;
}

/**
 * Searches as the user types: a short pause first, and only the answer to
 * the latest query is shown (an earlier, slower answer arriving late is
 * dropped). Runs only while `active`, so a closed panel costs nothing.
 */
export function useItemSearch(api: Api, query: string, filters: ItemSearchFilters, active: boolean): ItemSearchState {
  const [state, setState] = useState<ItemSearchState>({ result: null, searching: false, error: null });
  const latest = useRef(0);
  const filtersKey = JSON.stringify(filters);

  useEffect(() => {
    if (!active) return;
    const request = ++latest.current;
    setState((current) => ({ ...current, searching: true }));
    const timer = setTimeout(() => {
      api.searchItems(query, JSON.parse(filtersKey) as ItemSearchFilters, { limit: SEARCH_PAGE }).then(
        (result) => request === latest.current && setState({ result, searching: false, error: null }),
        (error: unknown) => request === latest.current && setState({ result: null, searching: false, error: errorText('搜索', error) }),
      );
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [api, query, filtersKey, active]);

  return state;
}
