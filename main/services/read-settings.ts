import { printOptions, type PrintOptions } from '../../shared/document/compose-printed';
import { DEFAULT_LEDGER_SETTINGS, ledgerSettingsSchema } from '../../shared/ledger/ledger-columns';
import {
  checkSettingsSchema,
  DEFAULT_CHECK_SETTINGS,
  DEFAULT_EXPORT_SETTINGS,
  DEFAULT_NOTICE_DEFAULTS,
  exportSettingsSchema,
  noticeDefaultsSchema,
  SETTINGS_KEYS,
  type AppSettings,
} from '../../shared/model/settings';
import type { Database } from '../db/database';
import { getSetting, trackingSettings } from '../db/settings';

/** Every setting as stored, each missing or unreadable one as its default: what 设置 shows and every export and check uses. */
export function readSettings(db: Database): AppSettings {
  return {
    export: getSetting(db, SETTINGS_KEYS.export, exportSettingsSchema, DEFAULT_EXPORT_SETTINGS),
    defaults: getSetting(db, SETTINGS_KEYS.defaults, noticeDefaultsSchema, DEFAULT_NOTICE_DEFAULTS),
    ledger: getSetting(db, SETTINGS_KEYS.ledger, ledgerSettingsSchema, DEFAULT_LEDGER_SETTINGS),
    check: getSetting(db, SETTINGS_KEYS.check, checkSettingsSchema, DEFAULT_CHECK_SETTINGS),
    tracking: trackingSettings(db),
  };
}

/** The fonts, house options and ledger columns an export prints with, as saved. */
export function exportOptions(db: Database, attachLedger: boolean): PrintOptions {
  return printOptions(readSettings(db), attachLedger);
}
