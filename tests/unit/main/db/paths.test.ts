import { describe, expect, it } from 'vitest';
import { defaultDatabasePath, defaultDataDirectory } from '../../../../main/paths';

describe('default data paths (as Electron would place userData)', () => {
  it('Windows: %APPDATA%\\整改通报, or the roaming folder under the profile', () => {
    const env = { APPDATA: 'C:\\Users\\王五\\AppData\\Roaming' };
    expect(defaultDataDirectory(env, 'win32', 'C:\\Users\\王五')).toBe('C:\\Users\\王五\\AppData\\Roaming\\整改通报');
    expect(defaultDataDirectory({}, 'win32', 'C:\\Users\\王五')).toBe('C:\\Users\\王五\\AppData\\Roaming\\整改通报');
    expect(defaultDatabasePath(env, 'win32', 'C:\\Users\\王五')).toBe('C:\\Users\\王五\\AppData\\Roaming\\整改通报\\notices.sqlite');
  });

  it('macOS: ~/Library/Application Support/整改通报', () => {
    expect(defaultDataDirectory({ XDG_CONFIG_HOME: '/ignored' }, 'darwin', '/Users/wang')).toBe(
      '/Users/wang/Library/Application Support/整改通报',
    );
  });

  it('Linux (UOS, Kylin): $XDG_CONFIG_HOME or ~/.config, then 整改通报', () => {
    expect(defaultDataDirectory({}, 'linux', '/home/wang')).toBe('/home/wang/.config/整改通报');
    expect(defaultDataDirectory({ XDG_CONFIG_HOME: '' }, 'linux', '/home/wang')).toBe('/home/wang/.config/整改通报');
    expect(defaultDataDirectory({ XDG_CONFIG_HOME: '/data/cfg/' }, 'linux', '/home/wang')).toBe('/data/cfg/整改通报');
    expect(defaultDatabasePath({}, 'linux', '/home/wang')).toBe('/home/wang/.config/整改通报/notices.sqlite');
  });
});
