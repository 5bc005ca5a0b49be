import type { StoreStatus } from '../../shared/store/store-status';
import type { Database } from '../db/database';
import type { LayoutTemplates } from '../layout-templates/load-layout-templates';
import type { Dialogs } from './dialogs';

/** What every service works on; the desktop shell, the command line and the tests each build one. */
export interface ServiceContext {
  db: Database;
  databasePath: string;
  templates: LayoutTemplates;
  dialogs: Dialogs;
  /** The clock, so tests can fix it. */
  now?: () => Date;
  /** How the database was opened (openStore); writable when not given. */
  status?: StoreStatus;
  /** Starts the program again; the desktop app gives it, the command line and tests may not. */
  restart?: () => void;
}
