import { ref } from 'vue'
import { afterFirstPaint } from './afterFirstPaint'

/**
 * Offline support and updates. The service worker (vite-plugin-pwa, Workbox) precaches the
 * app; a new version is installed in the background but only takes over when the user chooses
 * "Herladen", never under someone in the middle of a sentence. Loaded after the first paint,
 * with import(), and not at all in the dev server.
 */
export function usePwaUpdate() {
  const needRefresh = ref(false)
  let update: ((reload?: boolean) => Promise<void>) | null = null

  if (import.meta.env.PROD && 'serviceWorker' in navigator) {
    void afterFirstPaint()
      .then(() => import('virtual:pwa-register'))
      .then(({ registerSW }) => {
        update = registerSW({
          onNeedRefresh: () => (needRefresh.value = true),
        })
      })
      .catch(() => {
        /* no offline support: the app works online as before */
      })
  }

  return {
    needRefresh,
    reload: () => void update?.(true),
    dismiss: () => (needRefresh.value = false),
  }
}
