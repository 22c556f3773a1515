import { watchEffect } from 'vue'
import { toolName } from '@/content/intro'

/** Every route has its own document title, most specific part first. */
export function usePageTitle(title: () => string) {
  watchEffect(() => {
    document.title = `${title()} – ${toolName}`
  })
}
