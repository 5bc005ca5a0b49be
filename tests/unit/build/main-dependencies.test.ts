import { readFileSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from './linux-installers';

// The installer carries the packages in package.json's "dependencies" (and only
// those) into node_modules beside the app; everything else must be bundled
// into out/ by electron-vite. The test suite's global setup has just built out/.

const packageJson = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const dependencies = Object.keys(packageJson.dependencies).sort();

/** The package a module specifier names: `opencc-js/t2cn` → `opencc-js`, `@xmldom/xmldom` → itself. */
function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

function isBuiltin(specifier: string): boolean {
  return specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0]!);
}

/** Bare module specifiers a file imports or requires (static, dynamic, side-effect). */
function importedSpecifiers(source: string): string[] {
  const found = new Set<string>();
  const patterns = [
    /^\s*(?:import|export)\s+(?:[\w*{}\s,$]+\s+from\s+)?["']([^"']+)["']/gm,
    /\bimport\(\s*["']([^"']+)["']\s*\)/g,
    /\brequire\(\s*["']([^"']+)["']\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) found.add(match[1]!);
  return [...found].filter((specifier) => !specifier.startsWith('.') && !specifier.startsWith('/'));
}

function filesUnder(dir: string, extensions: RegExp): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && extensions.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The packages (not Node's own, not Electron) the built files under a folder of out/ load at run time. */
function runtimePackages(outFolder: string): string[] {
  const packages = new Set<string>();
  for (const file of filesUnder(join(projectRoot, 'out', outFolder), /\.(m?js|cjs)$/)) {
    for (const specifier of importedSpecifiers(readFileSync(file, 'utf8'))) {
      if (!isBuiltin(specifier) && specifier !== 'electron') packages.add(packageOf(specifier));
    }
  }
  return [...packages].sort();
}

describe('what the packaged main process loads from node_modules', () => {
  it('is exactly package.json\'s "dependencies": each import of out/main is one, and each one is imported', () => {
    expect(runtimePackages('main')).toEqual(dependencies);
  });

  it('leaves nothing for the sandboxed preload to load but Electron (it is bundled)', () => {
    expect(runtimePackages('preload')).toEqual([]);
  });

  it('keeps the packages only the renderer imports out of "dependencies"', () => {
    const rendererPackages = new Set<string>();
    for (const file of filesUnder(join(projectRoot, 'renderer'), /\.(ts|tsx)$/)) {
      for (const specifier of importedSpecifiers(readFileSync(file, 'utf8'))) {
        if (!isBuiltin(specifier)) rendererPackages.add(packageOf(specifier));
      }
    }
    const mainPackages = new Set(runtimePackages('main'));
    const rendererOnly = [...rendererPackages].filter((name) => !mainPackages.has(name)).sort();
    expect(rendererOnly).toEqual(expect.arrayContaining(['antd', 'react', 'react-dom', 'slate', 'slate-react']));
    for (const name of rendererOnly) {
      expect(packageJson.dependencies, name).not.toHaveProperty(name);
      expect(packageJson.devDependencies, name).toHaveProperty(name);
    }
  });
});
