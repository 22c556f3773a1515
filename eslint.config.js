import pluginVue from 'eslint-plugin-vue'
import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'
import skipFormatting from '@vue/eslint-config-prettier/skip-formatting'

/**
 * Layers (docs/ARCHITECTURE.md): pages → components → stores/composables → db, domain, pdf,
 * share → content. Each folder may not import the folders above it; content and domain know
 * nothing of Vue, Dexie or the browser's storage. A shortcut fails `npm run lint`.
 */
const folders = {
  pages: '@/pages/*',
  components: '@/components/*',
  stores: '@/stores/*',
  composables: '@/composables/*',
  router: '@/router/*',
  db: '@/db/*',
  pdf: '@/pdf/*',
  share: '@/share/*',
  domain: '@/domain/*',
}
const frameworks = ['vue', 'pinia', 'vue-router', 'dexie', '@vueuse/*', 'jspdf', 'jspdf-autotable']
const above = {
  content: [...Object.values(folders), ...frameworks],
  domain: [
    folders.pages,
    folders.components,
    folders.stores,
    folders.composables,
    folders.router,
    folders.db,
    folders.pdf,
    folders.share,
    ...frameworks,
  ],
  'db|pdf|share': [
    folders.pages,
    folders.components,
    folders.stores,
    folders.composables,
    folders.router,
    'vue',
    'pinia',
    'vue-router',
  ],
  'stores|composables': [folders.pages, folders.components, folders.router],
  components: [folders.pages, folders.db, folders.pdf, folders.router],
  pages: [folders.db, folders.pdf],
}
const layerRules = Object.entries(above).map(([layer, forbidden]) => ({
  files: layer.split('|').map((f) => `src/${f}/**/*.{ts,vue}`),
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: forbidden,
            message: `src/${layer} may not import this layer (see docs/ARCHITECTURE.md).`,
          },
        ],
      },
    ],
  },
}))

export default defineConfigWithVueTs(
  { ignores: ['dist/**', 'dist-*/**', 'node_modules/**', 'test-results/**', '.dbg/**'] },
  pluginVue.configs['flat/recommended'],
  vueTsConfigs.recommended,
  {
    rules: {
      // User text is text: never render anything as HTML.
      'vue/no-v-html': 'error',
      'vue/multi-word-component-names': 'off',
    },
  },
  ...layerRules,
  skipFormatting,
)
