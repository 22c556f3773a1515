import { computed, nextTick, onBeforeUnmount, ref, watch } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import {
  countText,
  parseDraftQuery,
  queryDrafts,
  toRouteQuery,
  type DraftFacts,
  type DraftQuery,
} from '@/domain/draftQuery'

/** How many drafts show at first, and how many more each "Toon meer" adds. */
export const DRAFT_PAGE = 20
/** The count is said once typing pauses, not on every key. */
const ANNOUNCE_AFTER_MS = 500
/** The address follows the search field once typing pauses. */
const URL_AFTER_MS = 300

/**
 * Search, sort and group a list of drafts (domain/draftQuery.ts) for a page: the choices in the
 * URL query (reload and Back keep them; other keys of the query stay), a page of `DRAFT_PAGE`
 * more at a time, and the one live count ("12 van 340 Quick Scans"), said after a pause in
 * typing. Used by the start page's list and the compare page's choice; DraftFinder is its form.
 * `grouping: false`: the list is not grouped, whatever the URL says.
 */
export function useDraftQuery<T extends DraftFacts>(
  list: () => readonly T[],
  { grouping = true }: { grouping?: boolean } = {},
) {
  const route = useRoute()
  const router = useRouter()
  const initial = parseDraftQuery(route.query)
  const search = ref(initial.search)
  const sort = ref(initial.sort)
  const group = ref(grouping ? initial.group : 'none')
  const query = computed<DraftQuery>(() => ({
    search: search.value,
    sort: sort.value,
    group: group.value,
  }))

  let urlTimer: ReturnType<typeof setTimeout> | undefined
  async function writeUrl() {
    const next = toRouteQuery(route.query, query.value)
    const now = toRouteQuery(route.query, parseDraftQuery(route.query))
    if (JSON.stringify(next) === JSON.stringify(now)) return
    // The router scrolls to the top after every navigation; a changed query is not a new page.
    const y = window.scrollY
    await router.replace({ query: next })
    await nextTick()
    for (let i = 0; i < 4; i++) await Promise.resolve()
    if (window.scrollY !== y) window.scrollTo({ top: y, behavior: 'instant' })
  }
  watch([sort, group], () => void writeUrl())
  watch(search, () => {
    clearTimeout(urlTimer)
    urlTimer = setTimeout(() => void writeUrl(), URL_AFTER_MS)
  })

  const limit = ref(DRAFT_PAGE)
  watch(query, () => (limit.value = DRAFT_PAGE))
  const result = computed(() => queryDrafts(list(), query.value, limit.value))
  function showMore() {
    limit.value += DRAFT_PAGE
  }

  /** The one live count, said after a pause in typing. */
  const count = computed(() => countText(result.value.matched, result.value.total))
  const announced = ref('')
  let countTimer: ReturnType<typeof setTimeout> | undefined
  watch(
    count,
    (text, before) => {
      clearTimeout(countTimer)
      if (before === undefined || !announced.value) announced.value = text
      else countTimer = setTimeout(() => (announced.value = text), ANNOUNCE_AFTER_MS)
    },
    { immediate: true },
  )

  onBeforeUnmount(() => {
    clearTimeout(urlTimer)
    clearTimeout(countTimer)
  })

  return { search, sort, group, query, limit, showMore, result, announced }
}
