import type { ReactNode } from 'react';
import type { AppSettings } from '../../../shared/model/settings';
import type { IsoDate } from '../../../shared/text/dates';
import { StatusLabelsProvider, statusLabelsOf } from '../../app/status-labels';
import { TrackingClockProvider, useEditorTrackingClock } from './overview/tracking-clock';

/** What the editor's panes read of 整改跟踪: the office's status names, and today, the warning days and the feedback date. */
export function TrackingContexts({
  settings,
  feedbackDate,
  children,
}: {
  settings: Partial<AppSettings> | null;
  feedbackDate: IsoDate | null;
  children: ReactNode;
}) {
  const clock = useEditorTrackingClock(settings, feedbackDate);
  return (
    <StatusLabelsProvider value={statusLabelsOf(settings)}>
      <TrackingClockProvider value={clock}>{children}</TrackingClockProvider>
    </StatusLabelsProvider>
  );
}
