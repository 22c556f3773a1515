import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import QuestionAgendaActions from '@/components/question/QuestionAgendaActions.vue'
import * as repo from '@/db/repository'
import AgendaPage from '@/pages/AgendaPage.vue'
import { useScanStore } from '@/stores/scan'
import { createTestScan } from '../scanFixture'

let scanId: string
let wrapper: VueWrapper | null = null

const router = () =>
  createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:rest(.*)*', component: { template: '<div />' } }],
  })

beforeEach(async () => {
  setActivePinia(createPinia())
  await repo.openStorage(`agenda-page-${Math.random()}`)
  scanId = (await createTestScan()).id
})

afterEach(() => {
  wrapper?.unmount()
  wrapper = null
  document.body.innerHTML = ''
})

async function openScan() {
  const scan = useScanStore()
  scan.open(scanId)
  await vi.waitFor(() => expect(scan.state).toBe('ready'))
  return scan
}

async function mountAgenda() {
  const scan = await openScan()
  wrapper = mount(AgendaPage, { global: { plugins: [router()] }, attachTo: document.body })
  await flushPromises()
  return scan
}

const partSection = (part: string) => wrapper!.get(`section[aria-labelledby="agenda-part-${part}"]`)
const buttonNames = (part: string) =>
  partSection(part)
    .findAll('fieldset button')
    .map((b) => b.attributes('aria-label'))

describe('AgendaPage', () => {
  it('shows the part headings without the full stop of the source', async () => {
    await mountAgenda()
    expect(partSection('A').get('h2').text()).toBe('A. Naar een gezamenlijke visie op eigen kracht')
    expect(partSection('C').get('h2').text()).toBe('C. Zicht op resultaten')
  })

  it('shows Omhoog and Omlaag only when a part has more than one action', async () => {
    await repo.addAction(scanId, 'A', { action: 'Alleen' })
    const first = await repo.addAction(scanId, 'B', { action: 'Eerste' })
    await repo.addAction(scanId, 'B', { action: 'Tweede' })
    await mountAgenda()

    expect(buttonNames('A')).toEqual(['Actie 1 van deel A verwijderen'])
    expect(buttonNames('B')).toEqual([
      'Actie 1 van deel B omhoog verplaatsen',
      'Actie 1 van deel B omlaag verplaatsen',
      'Actie 1 van deel B verwijderen',
      'Actie 2 van deel B omhoog verplaatsen',
      'Actie 2 van deel B omlaag verplaatsen',
      'Actie 2 van deel B verwijderen',
    ])
    // At the ends, the move that is not possible stays focusable but says it is unavailable.
    expect(partSection('B').get(`#action-${first.id}-up`).attributes('aria-disabled')).toBe('true')

    // Deleting one of the two: the move buttons go, focus goes to the message with the undo.
    await partSection('B').get(`#action-${first.id}-remove`).trigger('click')
    await vi.waitFor(() => expect(buttonNames('B')).toEqual(['Actie 1 van deel B verwijderen']))
    await vi.waitFor(() =>
      expect(document.activeElement?.classList.contains('rt-action-message')).toBe(true),
    )
    expect(wrapper!.text()).toContain('“Eerste” is verwijderd.')

    // Undo: both are back, with move buttons, and focus is in the restored action's text.
    const undo = wrapper!.findAll('button').find((b) => b.text() === 'Ongedaan maken')!
    await undo.trigger('click')
    await vi.waitFor(() => expect(buttonNames('B')).toHaveLength(6))
    await vi.waitFor(() => expect(document.activeElement?.id).toBe(`action-${first.id}-action`))
  })

  it('keeps focus on the move button after moving, and announces the move', async () => {
    await repo.addAction(scanId, 'B', { action: 'Eerste' })
    const second = await repo.addAction(scanId, 'B', { action: 'Tweede' })
    await mountAgenda()
    await partSection('B').get(`#action-${second.id}-up`).trigger('click')
    await vi.waitFor(() =>
      expect(
        partSection('B')
          .findAll('fieldset textarea[id$="-action"]')
          .map((t) => (t.element as HTMLTextAreaElement).value),
      ).toEqual(['Tweede', 'Eerste']),
    )
    await vi.waitFor(() => expect(document.activeElement?.id).toBe(`action-${second.id}-up`))
    expect(wrapper!.get('[role="status"]').text()).toBe('Actie één plaats omhoog verplaatst.')
  })

  it('puts a candidate question on the agenda as an empty action linked to it, focused', async () => {
    await repo.updateAnswer(scanId, 3, { label: 3 })
    const scan = await mountAgenda()
    const put = wrapper!
      .findAll('button')
      .find((b) => b.attributes('aria-label') === 'Vraag 3 op de actieagenda zetten')!
    expect(put.text()).toBe('Op de actieagenda zetten')
    await put.trigger('click')
    await vi.waitFor(() => expect(scan.actions).toHaveLength(1))
    const added = scan.actions[0]!
    expect(added).toMatchObject({ part: 'A', question: 3, action: '' })
    await vi.waitFor(() => expect(document.activeElement?.id).toBe(`action-${added.id}-action`))
    const row = wrapper!.get(`#action-${added.id}`)
    expect(row.get('legend').text()).toBe('Actie 1 van deel A')
    expect(row.text()).toContain('Hoort bij vraag 3: Welke waarden liggen ten grondslag')
    expect(wrapper!.text()).toContain('Vraag 3 staat op de actieagenda, bij deel A.')
  })

  it('says "Actie toevoegen aan deel A" in full to assistive technology', async () => {
    await mountAgenda()
    const add = partSection('A').findAll('button').at(-1)!
    expect(add.text()).toBe('Actie toevoegen aan deel A')
  })
})

describe('QuestionAgendaActions', () => {
  it('puts the question on the agenda as an empty action that belongs to it', async () => {
    const scan = await openScan()
    wrapper = mount(QuestionAgendaActions, {
      props: { number: 12 },
      global: { plugins: [router()] },
    })
    await wrapper.get('button').trigger('click')
    await vi.waitFor(() => expect(scan.actions).toHaveLength(1))
    expect(scan.actions[0]).toMatchObject({ part: 'C', question: 12, action: '' })
    expect(wrapper.get('[role="status"]').text()).toBe(
      'Vraag 12 staat op de actieagenda, bij deel C.',
    )
  })

  it('fits in one row on the overview, with names that say which question they are for', async () => {
    await openScan()
    wrapper = mount(QuestionAgendaActions, {
      props: { number: 4, compact: true },
      slots: { default: '<a href="#/x">Wijzig</a>' },
      global: { plugins: [router()] },
    })
    const row = wrapper.get('.rt-question-agenda__row')
    expect(row.element.firstElementChild?.textContent).toBe('Wijzig')
    expect(row.get('label').text()).toBe('Hier willen we over verder praten (vraag 4)')
    expect(row.get('button').attributes('aria-label')).toBe('Vraag 4 op de actieagenda zetten')
  })
})
