import { createRouter, createWebHashHistory } from 'vue-router'
import StartPage from '@/pages/StartPage.vue'

declare module 'vue-router' {
  interface RouteMeta {
    /** No app chrome (the projector window). */
    bare?: boolean
    /** No site header and footer, the full width (the presenter on a laptop). */
    compact?: boolean
    /** Renders before the storage layer is loaded and opened: static text only. */
    withoutStorage?: boolean
    /** Never loads the storage layer (a phone's ballot): implies bare and withoutStorage. */
    standalone?: boolean
  }
}

/** Pages of fixed text, shown without waiting for IndexedDB. */
const withoutStorage = { withoutStorage: true }

/**
 * Hash history: the built app works from any static host and any folder, without the host
 * having to rewrite unknown paths to index.html. Other pages load on demand.
 */
export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    // The start page is what a first visit shows: part of the first load, not a lazy chunk.
    // Its draft list waits for the storage itself (DraftList), the rest shows at once.
    { path: '/', name: 'start', component: StartPage, meta: withoutStorage },
    { path: '/nieuw', name: 'new-scan', component: () => import('@/pages/NewScanPage.vue') },
    {
      path: '/scan/:id',
      component: () => import('@/pages/ScanPage.vue'),
      props: true,
      children: [
        {
          path: '',
          name: 'tasks',
          component: () => import('@/pages/TaskListPage.vue'),
        },
        {
          path: 'vraag/:number(\\d+)',
          name: 'question',
          component: () => import('@/pages/QuestionPage.vue'),
          props: (route) => ({ number: Number(route.params.number) }),
        },
        {
          path: 'gegevens',
          name: 'details',
          component: () => import('@/pages/ScanDetailsPage.vue'),
        },
        {
          path: 'actieagenda',
          name: 'agenda',
          component: () => import('@/pages/AgendaPage.vue'),
        },
        {
          path: 'presenteren',
          name: 'present',
          component: () => import('@/pages/PresenterPage.vue'),
          meta: { compact: true },
        },
        {
          path: 'consensus',
          name: 'consensus',
          component: () => import('@/pages/ConsensusPage.vue'),
        },
        {
          path: 'overzicht',
          name: 'overview',
          component: () => import('@/pages/OverviewPage.vue'),
        },
      ],
    },
    {
      path: '/inspiratie',
      name: 'inspiration',
      component: () => import('@/pages/InspirationIndexPage.vue'),
      meta: withoutStorage,
    },
    {
      path: '/inspiratie/:number(\\d+)',
      name: 'inspiration-question',
      component: () => import('@/pages/InspirationPage.vue'),
      props: (route) => ({ number: Number(route.params.number) }),
      meta: withoutStorage,
    },
    {
      path: '/over',
      name: 'about',
      component: () => import('@/pages/AboutPage.vue'),
      meta: withoutStorage,
    },
    {
      path: '/toegankelijkheid',
      name: 'accessibility',
      component: () => import('@/pages/AccessibilityPage.vue'),
      meta: withoutStorage,
    },
    {
      path: '/privacy',
      name: 'privacy',
      component: () => import('@/pages/PrivacyPage.vue'),
      meta: withoutStorage,
    },
    {
      // The projector window: no app chrome (see App.vue), nothing but the current question.
      path: '/publiek/:id',
      name: 'audience',
      component: () => import('@/pages/AudiencePage.vue'),
      props: true,
      meta: { bare: true },
    },
    {
      // A participant's ballot on a phone (voting with answer slips): its own small chunk, no
      // app chrome and no storage layer; its choices stay in the phone's localStorage.
      path: '/stem/:code',
      name: 'ballot',
      component: () => import('@/pages/BallotPage.vue'),
      props: true,
      meta: { bare: true, withoutStorage: true, standalone: true },
    },
    {
      // A printable invitation with the ballot's QR code, to hand out before the session.
      path: '/stem/:code/uitnodiging',
      name: 'ballot-invite',
      component: () => import('@/pages/BallotInvitePage.vue'),
      props: true,
      meta: { bare: true, withoutStorage: true, standalone: true },
    },
    {
      path: '/vergelijken',
      name: 'compare',
      component: () => import('@/pages/ComparePage.vue'),
    },
    {
      path: '/:pathMatch(.*)*',
      name: 'not-found',
      component: () => import('@/pages/NotFoundPage.vue'),
      meta: withoutStorage,
    },
  ],
  // A new page starts at the top; a change of query only (a search, a panel) keeps its place.
  scrollBehavior: (to, from) => (to.path === from.path ? false : { top: 0 }),
})
