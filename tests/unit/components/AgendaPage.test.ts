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
    .findAll('fieldset .rt-action__buttons button')
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
    expect(wrapper!.get('.rt-action-message [role="status"]').text()).toBe(
      'Actie één plaats omhoog verplaatst.',
    )
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

  it('puts the agenda first and the questions without an action after it', async () => {
    await repo.updateAnswer(scanId, 3, { label: 3 })
    await mountAgenda()
    const headings = wrapper!.findAll('h2').map((h) => h.text())
    expect(headings.indexOf('C. Zicht op resultaten')).toBeLessThan(
      headings.indexOf('Nog geen actie bij: vraag 3'),
    )
    expect(wrapper!.get('.rt-agenda-top + p').text()).toBe(
      'Spreek per deel af wat er gaat gebeuren, wie welk deel oppakt en wanneer het klaar is. Vragen zonder actie staan onder de agenda.',
    )
  })

  it('has a hint between label and field for Actie, Wie doet wat? and Wanneer?', async () => {
    const a = await repo.addAction(scanId, 'A', {})
    await mountAgenda()
    const hints: Record<string, string> = {
      action: 'Wat gaat er gebeuren?',
      who: 'Wie pakt welk deel op?',
      when: 'Wanneer moet het klaar zijn?',
    }
    for (const [prop, start] of Object.entries(hints)) {
      const input = wrapper!.get(`#action-${a.id}-${prop}`)
      const field = input.element.parentElement!
      const [label, hint] = [...field.children]
      expect(label!.tagName).toBe('LABEL')
      expect(hint!.textContent).toMatch(new RegExp(`^\\s*${start.replace('?', '\\?')}`))
      expect(hint!.nextElementSibling).toBe(input.element)
      expect(input.attributes('aria-describedby')?.split(' ')).toContain(hint!.id)
    }
  })

  it('warns, without blocking, when who is filled in but the action itself is not', async () => {
    const a = await repo.addAction(scanId, 'A', {})
    const scan = await mountAgenda()
    const status = wrapper!.get(`#action-${a.id}-warning`)
    expect(status.attributes('role')).toBe('status')
    expect(status.text()).toBe('')

    await wrapper!.get(`#action-${a.id}-who`).setValue('Fatma schrijft het plan')
    await vi.waitFor(() => expect(scan.actions[0]!.who).toBe('Fatma schrijft het plan'))
    await vi.waitFor(() =>
      expect(status.text()).toBe(
        'Deze actie heeft nog geen omschrijving. Schrijf bij Actie wat er gaat gebeuren.',
      ),
    )
    await wrapper!.get(`#action-${a.id}-action`).setValue('Implementatieplan schrijven')
    await vi.waitFor(() => expect(status.text()).toBe(''))
  })

  it('asks for the date once, behind "Datum kiezen", typed as dd-mm-jjjj and stored as ISO', async () => {
    const a = await repo.addAction(scanId, 'A', { action: 'Plan', when: 'voor de zomer' })
    const scan = await mountAgenda()
    const toggle = wrapper!
      .findAll(`#action-${a.id} button`)
      .find((b) => b.text().includes('Datum kiezen (optioneel)'))!
    expect(toggle.attributes('aria-expanded')).toBe('false')
    const date = wrapper!.get(`#action-${a.id}-date`)
    expect((date.element as HTMLElement).closest('[hidden], [style*="none"]')).not.toBeNull()

    await toggle.trigger('click')
    expect(toggle.attributes('aria-expanded')).toBe('true')
    await vi.waitFor(() => expect(document.activeElement?.id).toBe(`action-${a.id}-date`))
    expect(wrapper!.get(`label[for="action-${a.id}-date"]`).text()).toBe('Datum (optioneel)')
    expect(date.attributes('type')).toBe('text')

    await date.setValue('5-3-2027')
    await vi.waitFor(() => expect(scan.actions[0]!.whenDate).toBe('2027-03-05'))
    await date.trigger('blur')
    expect((date.element as HTMLInputElement).value).toBe('05-03-2027')
    expect(date.attributes('aria-invalid')).toBeUndefined()

    // A date that does not exist: said next to the field, and no (wrong) date is kept.
    ;(date.element as HTMLElement).focus()
    await date.setValue('31-02-2027')
    await date.trigger('blur')
    await vi.waitFor(() => expect(scan.actions[0]!.whenDate).toBe(''))
    const error = wrapper!.get(`#action-${a.id}-date-error`)
    expect(error.text()).toBe('Deze datum bestaat niet. Controleer de dag, de maand en het jaar.')
    expect(date.attributes('aria-invalid')).toBe('true')
    expect(date.attributes('aria-describedby')).toContain(`action-${a.id}-date-error`)
    await date.setValue('bla')
    await date.trigger('blur')
    expect(wrapper!.get(`#action-${a.id}-date-error`).text()).toBe(
      'Schrijf de datum als dag-maand-jaar, met het jaar in vier cijfers, bijvoorbeeld 15-03-2027.',
    )
    await date.setValue('1 juli 2026')
    expect(wrapper!.find(`#action-${a.id}-date-error`).exists()).toBe(false)
    await vi.waitFor(() => expect(scan.actions[0]!.whenDate).toBe('2026-07-01'))
  })

  it('shows a stored date in Dutch, and says it on the closed date button', async () => {
    const a = await repo.addAction(scanId, 'A', { action: 'Plan', whenDate: '2027-03-15' })
    await mountAgenda()
    const date = wrapper!.get(`#action-${a.id}-date`)
    expect((date.element as HTMLInputElement).value).toBe('15-03-2027')
    const toggle = wrapper!
      .findAll(`#action-${a.id} button`)
      .find((b) => b.attributes('aria-expanded') !== undefined)!
    expect(toggle.attributes('aria-expanded')).toBe('true')
    await toggle.trigger('click')
    expect(toggle.text()).toBe('▸ Datum wijzigen (15-03-2027)')
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

  it('fits in one row on the counts page, with names that say which question they are for', async () => {
    await openScan()
    wrapper = mount(QuestionAgendaActions, {
      props: { number: 4, compact: true },
      slots: { default: '<a href="#/x">Vraag 4</a>' },
      global: { plugins: [router()] },
    })
    const row = wrapper.get('.rt-question-agenda__row')
    expect(row.element.firstElementChild?.textContent).toBe('Vraag 4')
    // Worded for who fills it in: this test scan is filled in alone.
    expect(row.get('label').text()).toBe('Hier wil ik later op terugkomen (vraag 4)')
    expect(row.get('button').attributes('aria-label')).toBe('Vraag 4 op de actieagenda zetten')
  })
})
