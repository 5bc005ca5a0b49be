import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import type { AppSettings } from '../../../../shared/model/settings';
import type { IsoDate } from '../../../../shared/text/dates';
import { DEFAULT_DUE_SOON_DAYS, localIsoDate } from '../../../../shared/tracking/deadlines';

/**
 * What an item's deadline standing is taken against in the editor: today
 * (the local day, looked at again each minute so an editor left open over
 * midnight moves on), the warning days from 设置 and the notice's feedback
 * date (立行立改 is due from then).
 */
export interface TrackingClock {
  today: IsoDate;
  dueSoonDays: number;
  feedbackDate: IsoDate | null;
}

const TrackingClockContext = createContext<TrackingClock>({
  today: localIsoDate(new Date()),
  dueSoonDays: DEFAULT_DUE_SOON_DAYS,
  feedbackDate: null,
});

export const TrackingClockProvider = TrackingClockContext.Provider;

export function useTrackingClock(): TrackingClock {
  return useContext(TrackingClockContext);
}

/** The editor's clock for the notice open in it. */
export function useEditorTrackingClock(settings: Partial<AppSettings> | null, feedbackDate: IsoDate | null): TrackingClock {
  const dueSoonDays = settings?.tracking?.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS;
  const [today, setToday] = useState(() => localIsoDate(new Date()));
  useEffect(() => {
    // The same day again is the same string: nothing re-renders until the date changes.
    const timer = window.setInterval(() => setToday(localIsoDate(new Date())), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return useMemo(() => ({ today, dueSoonDays, feedbackDate }), [today, dueSoonDays, feedbackDate]);
}
