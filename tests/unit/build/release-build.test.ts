import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builderArgs, formatSize } from '../../../main/dist.mjs';
import { electronBinary } from '../../../main/electron-runtime.mjs';
import { projectRoot } from './linux-installers';

const workflow = readFileSync(join(projectRoot, '.github', 'workflows', 'release.yml'), 'utf8');

/** The workflow's matrix entries, each as its own block of text. */
function matrixEntries(): string[] {
  return workflow
    .split(/\n\s+- name: /)
    .slice(1)
    .filter((block) => /\n\s+os: /.test(block));
}

describe('npm run dist', () => {
  it('builds NSIS x64 on Windows and deb and AppImage for the asked Linux arch with the Linux configuration', () => {
    expect(builderArgs('win32', 'x64')).toEqual(['--win', 'nsis', '--x64', '--publish', 'never']);
    for (const arch of ['x64', 'arm64']) {
      expect(builderArgs('linux', arch)).toEqual([
        '--linux',
        'deb',
        'AppImage',
        `--${arch}`,
        '--config',
        'main/installer/electron-builder-linux.yml',
        '--publish',
        'never',
      ]);
    }
    expect(builderArgs('darwin', 'arm64')).toBeNull();
    expect(builderArgs('linux', 'ia32')).toBeNull();
  });

  it('prints sizes in megabytes', () => {
    expect(formatSize(98_304_000)).toBe('93.8 MB');
  });

  it.skipIf(electronBinary(projectRoot) !== null)(
    'says in one Chinese line why it cannot run where Electron cannot be downloaded, without a stack trace',
    () => {
      // An unreachable mirror makes electron's download fail here as it does on a machine without a network.
      const result = spawnSync(process.execPath, [join(projectRoot, 'main', 'dist.mjs')], {
        cwd: projectRoot,
        encoding: 'utf8',
        env: { ...process.env, ELECTRON_MIRROR: 'http://127.0.0.1:9/' },
        timeout: 60_000,
      });
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      const lines = result.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^无法打包整改通报：本机没有 Electron 运行程序，且无法联网下载/);
    },
  );
});

describe('the release workflow (.github/workflows/release.yml)', () => {
  it('builds on Windows x64 and on Linux x64 and arm64 runners, each its own arch', () => {
    const entries = matrixEntries().map((block) => ({ os: /\n\s+os: (\S+)/.exec(block)?.[1], arch: /\n\s+arch: (\S+)/.exec(block)?.[1] }));
    expect(entries).toEqual([
      { os: 'windows-latest', arch: 'x64' },
      { os: 'ubuntu-24.04', arch: 'x64' },
      { os: 'ubuntu-24.04-arm', arch: 'arm64' },
    ]);
    expect(workflow).toContain('run: npm run dist -- --${{ matrix.arch }}');
  });

  it("uploads each runner's installers: the .exe from Windows, the .deb and .AppImage from Linux", () => {
    const [windows, linuxX64, linuxArm64] = matrixEntries();
    expect(windows).toMatch(/installers: dist\/\*\.exe/);
    for (const linux of [linuxX64, linuxArm64]) expect(linux).toMatch(/installers: \|\n\s+dist\/\*\.deb\n\s+dist\/\*\.AppImage/);
    expect(workflow).toMatch(
      /uses: actions\/upload-artifact@v4\n\s+with:\n\s+name: \$\{\{ matrix\.name \}\}\n\s+path: \$\{\{ matrix\.installers \}\}\n\s+if-no-files-found: error/,
    );
  });

  it('fetches the Electron binary and runs the Electron window tests, under xvfb on Linux', () => {
    expect(workflow).toMatch(/node node_modules\/electron\/install\.js\n\s+test -f/);
    expect(workflow).toContain('run: xvfb-run -a npx vitest run --config tests/vitest.config.ts tests/e2e/electron-app.test.ts');
    expect(workflow.indexOf('tests/e2e/electron-app.test.ts')).toBeLessThan(workflow.indexOf('npm run dist'));
  });

  it('installs the built deb on Linux and starts the installed app', () => {
    expect(workflow).toContain('./dist/zhenggai-tongbao_*.deb');
    expect(workflow).toContain('desktop-file-validate /usr/share/applications/zhenggai-tongbao.desktop');
    expect(workflow).toMatch(/timeout 20 xvfb-run -a \/opt\/zhenggai-tongbao\/zhenggai-tongbao/);
  });
});
