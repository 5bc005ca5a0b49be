import type { Api } from '../../shared/api';
import { ledgerSettingsSchema } from '../../shared/ledger/ledger-columns';
import {
  appSettingsSchema,
  checkSettingsSchema,
  exportSettingsSchema,
  noticeDefaultsSchema,
  SETTINGS_KEYS,
  trackingSettingsSchema,
} from '../../shared/model/settings';
import { setSetting } from '../db/settings';
import { readSettings } from './read-settings';
import type { ServiceContext } from './service-context';

export type SettingsApi = Pick<Api, 'getSettings' | 'saveSettings' | 'getDataLocation'>;

/** 设置: read and saved as a whole, and where the data lives. */
export function createSettingsServices(context: Pick<ServiceContext, 'db' | 'databasePath'>): SettingsApi {
  const { db } = context;
  return {
    async getSettings() {
      return readSettings(db);
    },
    async saveSettings(settings) {
      const valid = appSettingsSchema.parse(settings);
      setSetting(db, SETTINGS_KEYS.export, valid.export, exportSettingsSchema);
      setSetting(db, SETTINGS_KEYS.defaults, valid.defaults, noticeDefaultsSchema);
      setSetting(db, SETTINGS_KEYS.ledger, valid.ledger, ledgerSettingsSchema);
      if (valid.check) setSetting(db, SETTINGS_KEYS.check, valid.check, checkSettingsSchema);
      if (valid.tracking) setSetting(db, SETTINGS_KEYS.tracking, valid.tracking, trackingSettingsSchema);
      return readSettings(db);
    },
    async getDataLocation() {
      return { databasePath: context.databasePath };
    },
  };
}
