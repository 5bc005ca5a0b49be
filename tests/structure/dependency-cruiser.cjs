// The layers of the code, checked by dependency-cruiser (run from the project's root; see tests/unit/structure).
//
//   shared/    pure rules used by both processes: imports only shared/ and the pure packages listed below
//   main/      the Electron main process; main/db is the store, below main/services, main/export and main/cli
//   renderer/  the window; talks to main/ only through the API in shared/
//   tests/     may import anything; nothing imports tests/
//
// Cycles count type-only imports too: a type that two modules take from each other ties them together
// as much as a value does (neither can be read, moved or tested alone), and the fix is the same small move.

/** Packages shared/ may import: no I/O, no native code, no DOM, no Electron; add one only if that holds for it. */
const PURE_PACKAGES = ['zod', 'diff', 'opencc-js'];

const NPM = ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-bundled', 'npm-no-pkg', 'npm-unknown'];

module.exports = {
  forbidden: [
    {
      name: 'shared-imports-only-shared',
      comment: 'shared/ is used by both the main process and the window, so it may not depend on either (nor on tests/ or templates/).',
      severity: 'error',
      from: { path: '^shared/' },
      to: { pathNot: ['^shared/', '(^|/)node_modules/'], dependencyTypesNot: ['core'], couldNotResolve: false },
    },
    {
      name: 'shared-no-node-builtins',
      comment: 'shared/ runs in the window too, where node: modules do not exist; do the I/O in main/ and pass the data in.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'shared-only-pure-packages',
      comment: `shared/ may import only these packages: ${PURE_PACKAGES.join(', ')} (see PURE_PACKAGES in tests/structure/dependency-cruiser.cjs).`,
      severity: 'error',
      from: { path: '^shared/' },
      to: { dependencyTypes: NPM, pathNot: `(^|/)node_modules/(${PURE_PACKAGES.join('|')})/` },
    },
    {
      name: 'renderer-not-to-main',
      comment: 'The window reaches the main process only through the API (shared/api.ts and the preload bridge), never by importing it.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: '^main/' },
    },
    {
      name: 'main-not-to-renderer',
      comment: 'The main process does not load window code; what both need belongs in shared/.',
      severity: 'error',
      from: { path: '^main/' },
      to: { path: '^renderer/' },
    },
    {
      name: 'db-below-services',
      comment: 'main/db is the store: main/services, main/export and main/cli call it, never the other way round.',
      severity: 'error',
      from: { path: '^main/db/' },
      to: { path: '^main/(services|export|cli)/' },
    },
    {
      name: 'code-not-to-tests',
      comment: 'The application does not depend on its tests.',
      severity: 'error',
      from: { path: '^(main|renderer|shared)/' },
      to: { path: '^tests/' },
    },
    {
      name: 'no-circular',
      comment:
        'Modules that import each other (type-only imports included) cannot be understood or changed one at a time: move what both need into a third module.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'This import names a file or package that does not exist.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    // See type-only imports (import type …), which TypeScript erases before a bundler could.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    doNotFollow: { path: '(^|/)node_modules/' },
    // Build output and test artifacts are not source. (node_modules stays in: its packages are checked, not followed.)
    exclude: { path: '^(out|dist|tests/artifacts)/' },
    // Packages whose package.json has an "exports" map (opencc-js/t2cn, …) resolve as Node and Vite resolve them.
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
  },
};
