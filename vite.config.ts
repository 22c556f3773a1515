import { fileURLToPath, URL } from 'node:url'
import type { Plugin } from 'vite'
import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'
import { metaPolicy } from './csp.config.mjs'
import { VitePWA } from 'vite-plugin-pwa'
import packageJson from './package.json' with { type: 'json' }

/**
 * The Content-Security-Policy of the built app (csp.config.mjs), as a meta tag. Only in the
 * build: the dev server injects inline styles.
 */
function cspMetaTag(): Plugin {
  return {
    name: 'csp-meta-tag',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: metaPolicy },
        injectTo: 'head-prepend',
      },
    ],
  }
}

// Relative base: dist/ can be served from any folder of any static host.
export default defineConfig({
  base: './',
  define: { __APP_VERSION__: JSON.stringify(packageJson.version) },
  plugins: [
    vue(),
    cspMetaTag(),
    // Offline after one visit: the whole build (fonts included) is precached. registerType
    // "prompt": a new version waits until the user chooses to reload (src/composables/usePwaUpdate.ts).
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Reflectietool eigen kracht',
        short_name: 'Eigen kracht',
        description:
          'Quick Scan van 15 reflectievragen en een actieagenda voor gemeenten. Uw antwoorden blijven in deze browser.',
        lang: 'nl',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#154273',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        // wasm: the QR reader for answer slips (zxing-wasm), so reading works offline too.
        globPatterns: ['**/*.{js,css,html,svg,ttf,webmanifest,wasm}'],
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
        // Hash routing: every page is index.html itself, so no navigation fallback is needed.
        navigateFallback: null,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    target: 'es2022',
    // Inlined assets would need data: URLs for scripts and fonts; keep every asset a file.
    assetsInlineLimit: 0,
  },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts'],
    setupFiles: ['tests/unit/setup.ts'],
  },
})
