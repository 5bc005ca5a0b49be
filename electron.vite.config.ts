import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

// Builds the three parts of the desktop app into out/: the main process (with the importer's worker thread and the command line),
// the sandboxed preload (CommonJS, as a sandboxed preload must be), and the
// renderer (React) with its own strict Content-Security-Policy.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The importer's worker (main/import/import-in-worker.ts) is its own entry: import-worker.js beside main.js;
      // so is the command line (notice.js, started by main/notice.mjs), which shares the services' chunks with the app.
      lib: {
        entry: {
          main: resolve('main/app/main.ts'),
          'import-worker': resolve('main/import/import-worker.ts'),
          // The first start of a day backs up in a worker (main/services/backup-in-worker.ts): backup-worker.js beside main.js.
          'backup-worker': resolve('main/services/backup-worker.ts'),
          notice: resolve('main/cli/notice.ts'),
        },
        formats: ['es'],
      },
      // zod and docx are bundled (so they are build-time dependencies): Node would resolve and load zod's hundred-odd files at
      // every start, and the installer would carry docx's 20 MB of builds for every kind of loader for the one file that is used.
      externalizeDeps: { exclude: ['zod', 'docx'] },
      // The code keeps its lines and names; the doc comments go. V8 scans every comment of a module as it loads, and docx's
      // make up most of its megabyte: without them the command line's export runs about 4% fewer instructions.
      rolldownOptions: { output: { comments: { legal: true, annotation: false, jsdoc: false } } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      lib: { entry: resolve('main/app/preload.ts'), formats: ['cjs'], fileName: () => 'preload.cjs' },
      externalizeDeps: false,
    },
  },
  renderer: {
    root: resolve('renderer'),
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve('out/renderer'),
      emptyOutDir: true,
      rollupOptions: { input: resolve('renderer/index.html') },
    },
  },
});
