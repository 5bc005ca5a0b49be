import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, copyFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The structure checks of `npm run lint`, one test each so that a failure names the check and shows its findings.

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const DEPCRUISE = join(ROOT, 'node_modules/.bin/depcruise');
const CRUISER_CONFIG = join(ROOT, 'tests/structure/dependency-cruiser.cjs');

interface Outcome {
  code: number;
  output: string;
}

function run(command: string, args: string[], cwd = ROOT): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, output: `${stdout}${stderr}` });
    });
  });
}

const npmScript = (name: string) => run('npm', ['run', '--silent', name]);

describe('the structure of the code', () => {
  it('keeps its layers and has no import cycle (npm run lint:layers)', async () => {
    const { code, output } = await npmScript('lint:layers');
    expect(code, output).toBe(0);
  });

  it('has no ESLint finding (npm run lint:code)', async () => {
    const { code, output } = await npmScript('lint:code');
    expect(code, output).toBe(0);
  });

  it('is formatted as Prettier formats it (npm run lint:format; npm run format fixes it)', async () => {
    const { code, output } = await npmScript('lint:format');
    expect(code, output).toBe(0);
  });
});

interface Violation {
  rule: string;
  from: string;
  to: string;
}

/** What dependency-cruiser, with the project's rules, finds wrong in these modules (run in `cwd`). */
async function violations(cwd: string, paths: string[], extra: string[] = []): Promise<Violation[]> {
  const { output } = await run(DEPCRUISE, [...paths, '--config', CRUISER_CONFIG, '--output-type', 'json', ...extra], cwd);
  const result = JSON.parse(output) as { summary: { violations: { rule: { name: string }; from: string; to: string }[] } };
  return result.summary.violations.map((v) => ({ rule: v.rule.name, from: v.from, to: v.to }));
}

describe('the dependency rules catch a wrong import', () => {
  it('from the window into the main process, in the real tree (a scratch file, removed after)', async () => {
    // .scratch/ is ignored by git, TypeScript's globs, ESLint and Prettier: nothing else sees the file while it exists.
    const scratch = join(ROOT, 'renderer/.scratch');
    const file = join(scratch, 'wrong-import.ts');
    expect(existsSync(join(ROOT, 'main/app/main.ts'))).toBe(true);
    mkdirSync(scratch, { recursive: true });
    try {
      writeFileSync(file, "import '../../main/app/main';\n");
      // Depth 1: the scratch file and what it imports directly, not the whole main process behind it.
      const found = await violations(ROOT, ['renderer/.scratch/wrong-import.ts'], ['--max-depth', '1']);
      expect(found.filter((v) => v.from.startsWith('renderer/'))).toEqual([
        { rule: 'renderer-not-to-main', from: 'renderer/.scratch/wrong-import.ts', to: 'main/app/main.ts' },
      ]);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
    expect(existsSync(scratch)).toBe(false);
  });

  it('of every kind the rules forbid, and none they allow, in a scratch project', async () => {
    const project = mkdtempSync(join(tmpdir(), 'layers-'));
    try {
      // The project's package.json (which packages are dependencies) and tsconfig; its installed packages.
      copyFileSync(join(ROOT, 'package.json'), join(project, 'package.json'));
      copyFileSync(join(ROOT, 'tsconfig.base.json'), join(project, 'tsconfig.base.json'));
      symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
      const files: Record<string, string> = {
        'shared/pure.ts':
          "import { z } from 'zod';\nimport { diffChars } from 'diff';\nimport { own } from './own';\nexport const pure = [z, diffChars, own];\n",
        'shared/own.ts': 'export const own = 1;\n',
        'shared/reads-files.ts': "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
        'shared/uses-electron.ts': "import { app } from 'electron';\nexport const shell = app;\n",
        'shared/uses-main.ts': "import { store } from '../main/db/store';\nexport const up = store;\n",
        'shared/broken.ts': "import { gone } from './gone';\nexport const broken = gone;\n",
        'renderer/screen.ts':
          "import { store } from '../main/db/store';\nimport { pure } from '../shared/pure';\nexport const screen = [store, pure];\n",
        'main/window.ts': "import { screen } from '../renderer/screen';\nexport const window = screen;\n",
        'main/uses-tests.ts': "import { helper } from '../tests/helper';\nexport const uses = helper;\n",
        // A cycle made only of type imports still counts (reported once, at the edge that closes it).
        'main/db/store.ts':
          "import type { Service } from '../services/service';\nexport const store = 1;\nexport type Store = { service: Service };\n",
        'main/services/service.ts': "import type { Store } from '../db/store';\nexport type Service = { store: Store };\n",
        'tests/helper.ts':
          "import { store } from '../main/db/store';\nimport { screen } from '../renderer/screen';\nexport const helper = [store, screen];\n",
      };
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(project, path)), { recursive: true });
        writeFileSync(join(project, path), text);
      }
      const found = await violations(project, ['main', 'renderer', 'shared', 'tests']);
      const described = found.map(
        (v) => `${v.rule}: ${v.from} → ${v.to.replace(/^.*node_modules\//, 'node_modules/').replace(/^(node_modules\/[^/]+).*$/, '$1')}`,
      );
      expect(described.sort()).toEqual(
        [
          'db-below-services: main/db/store.ts → main/services/service.ts',
          'no-circular: main/db/store.ts → main/services/service.ts',
          'main-not-to-renderer: main/window.ts → renderer/screen.ts',
          'code-not-to-tests: main/uses-tests.ts → tests/helper.ts',
          'renderer-not-to-main: renderer/screen.ts → main/db/store.ts',
          'not-to-unresolvable: shared/broken.ts → ./gone',
          'shared-no-node-builtins: shared/reads-files.ts → fs',
          'shared-only-pure-packages: shared/uses-electron.ts → node_modules/electron',
          'shared-imports-only-shared: shared/uses-main.ts → main/db/store.ts',
        ].sort(),
      );
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});
