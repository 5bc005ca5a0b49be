import type { Api } from '../../shared/api';
import { DEFAULT_CHECK_SETTINGS, DEFAULT_TRACKING_SETTINGS, type CheckSettings, type TrackingSettings } from '../../shared/model/settings';

/** The office's words (status names, 即将到期 days, its own check words), as 设置 reads them; getSettings always gives both. */
export async function officeSettings(services: Api): Promise<{ tracking: TrackingSettings; check: CheckSettings }> {
  const settings = await services.getSettings();
  return { tracking: settings.tracking ?? DEFAULT_TRACKING_SETTINGS, check: settings.check ?? DEFAULT_CHECK_SETTINGS };
}
