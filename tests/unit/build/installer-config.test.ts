import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Configuration } from 'electron-builder';
import { desktopEntryFields, fpmDestinations, fpmOption, planLinuxInstallers, projectRoot, type LinuxInstallers } from './linux-installers';

const LINUX_CONFIG = 'main/installer/electron-builder-linux.yml';
const ICON_SIZES = ['16x16', '24x24', '32x32', '48x48', '64x64', '128x128', '256x256', '512x512'];

type TargetList = Array<{ target: string; arch: string[] }>;

// electron-builder reads the configuration here exactly as `npm run dist` makes it:
// electron-builder.yml for Windows, main/installer/electron-builder-linux.yml for Linux.
let base: Configuration;
let linux: LinuxInstallers;
beforeAll(async () => {
  base = (await planLinuxInstallers(null)).config;
  linux = await planLinuxInstallers(LINUX_CONFIG);
}, 120_000);

describe('the installers electron-builder is configured to build', () => {
  it('builds NSIS for Windows x64, deb and AppImage for Linux x64 and arm64', () => {
    expect(base.win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(base.linux?.target).toEqual([
      { target: 'deb', arch: ['x64', 'arm64'] },
      { target: 'AppImage', arch: ['x64', 'arm64'] },
    ] satisfies TargetList);
  });

  it('gives the Windows installer the Chinese product name and a Chinese installer', () => {
    expect(base.productName).toBe('整改通报');
    expect(base.nsis).toMatchObject({ oneClick: false, perMachine: false, language: '2052', shortcutName: '整改通报' });
    expect(base.nsis?.artifactName).toMatch(/^\$\{productName\}-\$\{version\}-x64-安装程序\.\$\{ext\}$/);
    expect(base.win?.icon).toBe('main/installer/icon.png');
  });

  it('changes nothing for Linux but the product name, which names the folder under /opt', () => {
    const { productName, ...rest } = linux.config;
    const { productName: baseName, ...baseRest } = base;
    expect([productName, baseName]).toEqual(['zhenggai-tongbao', '整改通报']);
    expect(rest).toEqual({ ...baseRest, extends: 'electron-builder.yml' });
  });

  it('sets the fuses that keep the packaged app from running as Node or outside its checked asar', () => {
    expect(base.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(base.asar).toBe(true);
  });

  it('packs only the build output and package.json, without source maps or the dev Electron copy of better-sqlite3', () => {
    // electron-builder normalises the list into one file set; nothing outside out/ and package.json (no sources, no tests).
    expect(base.files).toEqual([{ filter: ['out/**', 'package.json', '!out/native/**', '!**/*.map'] }]);
    expect(base.asarUnpack).toEqual(['**/node_modules/better-sqlite3/**']);
    expect(base.npmRebuild).toBe(true);
  });

  it('ships the layouts and the other templates beside the app', () => {
    expect(base.extraResources).toEqual([{ from: 'templates', to: 'templates' }]);
    expect(readdirSync(join(projectRoot, 'templates'))).toContain('layouts');
  });
});

describe('the Linux installers as UOS and Kylin expect them', () => {
  it('names the files name_version_arch.deb with Debian arch names, and the AppImages in ASCII', () => {
    expect(linux.files).toEqual([
      'zhenggai-tongbao-0.1.0-arm64.AppImage',
      'zhenggai-tongbao-0.1.0-x86_64.AppImage',
      'zhenggai-tongbao_0.1.0_amd64.deb',
      'zhenggai-tongbao_0.1.0_arm64.deb',
    ]);
  });

  it('gives each deb a lowercase ASCII package name and Debian architecture', () => {
    expect(linux.debs).toHaveLength(2);
    expect(linux.debs.map((deb) => fpmOption(deb.args, '--architecture')).sort()).toEqual(['amd64', 'arm64']);
    for (const deb of linux.debs) {
      expect(fpmOption(deb.args, '--name')).toMatch(/^[a-z0-9][a-z0-9.+-]+$/);
      expect(fpmOption(deb.args, '--url')).toMatch(/^https:\/\//);
    }
  });

  it('depends on what Electron loads at start, libgbm1 and libasound2 included', () => {
    expect(linux.config.deb?.depends).toEqual(expect.arrayContaining(['libgtk-3-0', 'libnss3', 'libgbm1', 'libasound2']));
  });

  it('installs the app under /opt/zhenggai-tongbao, its launcher and every icon size where the desktops look', () => {
    for (const deb of linux.debs) {
      expect(fpmDestinations(deb.args).sort()).toEqual(
        [
          '/opt/zhenggai-tongbao',
          '/usr/share/applications/zhenggai-tongbao.desktop',
          ...ICON_SIZES.map((size) => `/usr/share/icons/hicolor/${size}/apps/zhenggai-tongbao.png`),
        ].sort(),
      );
    }
  });

  it('writes a launcher with the Chinese name, category Office, and the installed program', () => {
    for (const { desktopEntry } of [...linux.debs, ...linux.appImages]) {
      const fields = desktopEntryFields(desktopEntry);
      expect(fields.get('Name')).toBe('整改通报');
      expect(fields.get('Name[zh_CN]')).toBe('整改通报');
      expect(fields.get('Categories')).toBe('Office;');
      expect(fields.get('Icon')).toBe('zhenggai-tongbao');
      expect(fields.get('StartupWMClass')).toBe('zhenggai-tongbao');
    }
    for (const { desktopEntry } of linux.debs)
      expect(desktopEntryFields(desktopEntry).get('Exec')).toBe('/opt/zhenggai-tongbao/zhenggai-tongbao %U');
  });
});
