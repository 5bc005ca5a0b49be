import { resolve } from 'node:path';
import type { Dialogs } from '../services/dialogs';
import { onePositional, type ParsedArgs } from './args';

/**
 * The services' dialogs answered from the command line: every "where to
 * save" is --out, the backup to restore is the one argument, and nothing is
 * shown in a folder. Each command checks its arguments before it calls a service.
 */
export function commandLineDialogs(args: ParsedArgs): Dialogs {
  return {
    async chooseExportPath() {
      return args.out ?? null;
    },
    async chooseImportPath() {
      return null;
    },
    async chooseBackupPath() {
      return args.out === undefined ? null : resolve(args.out);
    },
    async chooseRestorePath() {
      return resolve(onePositional(args, '备份文件'));
    },
    async chooseBackupFolder() {
      return null;
    },
    showInFolder() {},
  };
}
