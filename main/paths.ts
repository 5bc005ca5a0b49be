import { homedir } from 'node:os';
import { posix, win32 } from 'node:path';

/** The productName in package.json, which Electron uses as the app's folder name. */
export const APP_FOLDER_NAME = '整改通报';
export const DATABASE_FILE_NAME = 'notices.sqlite';

/**
 * The folder Electron's `app.getPath('userData')` gives this app, computed
 * without Electron so that the CLI (plain Node) finds the same database.
 * Parameters exist so tests can ask for other platforms.
 */
export function defaultDataDirectory(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (platform === 'win32') {
    const appData = nonEmpty(env['APPDATA']) ?? win32.join(home, 'AppData', 'Roaming');
    return win32.join(appData, APP_FOLDER_NAME);
  }
  if (platform === 'darwin') return posix.join(home, 'Library', 'Application Support', APP_FOLDER_NAME);
  // Chromium's GetXDGDirectory: any non-empty XDG_CONFIG_HOME, else ~/.config.
  const config = nonEmpty(env['XDG_CONFIG_HOME']) ?? posix.join(home, '.config');
  return posix.join(config, APP_FOLDER_NAME);
}

/** Where the notices database lives unless the user chose another place. */
export function defaultDatabasePath(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  const join = platform === 'win32' ? win32.join : posix.join;
  return join(defaultDataDirectory(env, platform, home), DATABASE_FILE_NAME);
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}
