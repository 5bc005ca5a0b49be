import { createContext, useContext } from 'react';
import { DEFAULT_STATUS_LABELS, type ItemStatus } from '../../shared/model/notice';
import type { AppSettings } from '../../shared/model/settings';

/**
 * What the office calls each status (设置 → 整改跟踪), for every place the
 * window shows one: the editor, the outline, the overview, the library.
 * The default words until the settings are read.
 */
const StatusLabelsContext = createContext<Record<ItemStatus, string>>(DEFAULT_STATUS_LABELS);

export const StatusLabelsProvider = StatusLabelsContext.Provider;

export function useStatusLabels(): Record<ItemStatus, string> {
  return useContext(StatusLabelsContext);
}

/** The labels the settings hold, or the defaults while they are unread. */
export function statusLabelsOf(settings: Partial<AppSettings> | null): Record<ItemStatus, string> {
  return settings?.tracking?.statusLabels ?? DEFAULT_STATUS_LABELS;
}
