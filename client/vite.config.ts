import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

// CONCORD_TEST_MIGRATION=1 makes a test build ("build B" of the version tests): the same app with one more
// migration (shared/src/model/migrations/test-migration.ts). The app never ships with it.
const testMigration = process.env.CONCORD_TEST_MIGRATION === '1';

export default defineConfig({
  define: {
    __CONCORD_TEST_MIGRATION__: JSON.stringify(testMigration),
  },
  plugins: [
    react(),
    VitePWA({
      strategies: 'generateSW',
      // A new version waits until the person chooses to update (src/lib/app-update.ts), never mid-sentence.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icons/*.png'],
      manifest: {
        name: 'Concord',
        short_name: 'Concord',
        description: 'Review multi-agency action plans together, online or offline.',
        start_url: '.',
        scope: '.',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1d4e6b',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Precache every chunk, lazy ones included, so any screen works offline after the first visit.
        globPatterns: ['**/*.{js,css,html,png,svg,webmanifest}'],
        navigateFallback: 'index.html',
        // The relay shares the origin: its WebSocket rooms and API must never get the app shell.
        navigateFallbackDenylist: [/^\/sync\//, /^\/api\//, /^\/healthz/],
        cleanupOutdatedCaches: true,
        // The first install takes control at once (offline from the first visit); later versions wait to be asked.
        clientsClaim: true,
        skipWaiting: false,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Everything the first screen imports goes in one chunk beside the entry. Left to itself the bundler cut it
        // into a dozen small shared chunks, and on a slow mobile link each costs a round trip (six at a time).
        codeSplitting: { groups: [{ name: 'shell', tags: ['$initial'] }] },
      },
    },
  },
});
