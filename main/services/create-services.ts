import type { Api } from '../../shared/api';
import { createBackupServices } from './backup-services';
import { createExportServices } from './export-services';
import { createImportServices } from './import-services';
import { createLibraryServices } from './library-services';
import { createNoticeServices } from './notice-services';
import type { ServiceContext } from './service-context';
import { createSettingsServices } from './settings-services';
import { createStoreServices } from './store-services';
import { createVersionServices } from './version-services';

export type { ServiceContext } from './service-context';

/**
 * The API behind the window: every method of the contract, on the real
 * database and the real exporter. The IPC loop, the command line and the
 * end-to-end tests call exactly these.
 */
export function createServices(context: ServiceContext): Api {
  return {
    ...createNoticeServices(context),
    ...createExportServices(context),
    ...createImportServices(context),
    ...createSettingsServices(context),
    ...createLibraryServices(context),
    ...createStoreServices(context),
    ...createVersionServices(context),
    ...createBackupServices(context),
  };
}
