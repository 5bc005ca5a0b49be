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
      // zod is bundled (so it is a build-time dependency): Node resolves and loads its hundred-odd files at every start otherwise, a fifth of the command line's start.
      externalizeDeps: { exclude: ['zod'] },
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
