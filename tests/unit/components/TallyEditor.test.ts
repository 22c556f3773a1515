import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import TallyEditor from '@/components/present/TallyEditor.vue'
import { useScanStore } from '@/stores/scan'
import { openTestScan } from '../scanFixture'

let wrapper: VueWrapper | null = null

beforeEach(async () => {
  await openTestScan({ title: 'Sessie', mode: 'group' })
})

afterEach(() => {
  wrapper?.unmount()
  wrapper = null
})

describe('TallyEditor', () => {
  it('says nothing is counted yet', async () => {
    wrapper = mount(TallyEditor, { props: { question: 4, round: 1 } })
    await flushPromises()
    expect(wrapper.get('.rt-tally-editor__total').text()).toBe('Nog niet geteld')
  })

  it('adds slips read by the camera to the hand count, says where they came from, and edits only the hand count', async () => {
    const scan = useScanStore()
    await scan.saveField(
      { kind: 'answer', question: 4, prop: 'slipTally' },
      { 1: 0, 2: 5, 3: 0, 4: 0 },
      Date.now(),
    )
    await vi.waitFor(() => expect(scan.answers[4]?.slipTally[2]).toBe(5))
    wrapper = mount(TallyEditor, { props: { question: 4, round: 1 } })
    await flushPromises()
    expect(wrapper.get('.rt-tally-editor__total').text()).toBe(
      '5 deelnemers (5 via stembriefje, 0 met de hand) · Gedeeld beeld',
    )
    await wrapper.get('button[aria-label="Label 3: één meer"]').trigger('click')
    await flushPromises()
    expect(wrapper.get('.rt-tally-editor__total').text()).toBe(
      '6 deelnemers (5 via stembriefje, 1 met de hand) · Gedeeld beeld',
    )
    expect((wrapper.get('#tally-4-2').element as HTMLInputElement).value).toBe('0')
    await vi.waitFor(() => expect(scan.answers[4]?.tally).toEqual({ 1: 0, 2: 0, 3: 1, 4: 0 }))
    expect(scan.answers[4]?.slipTally).toEqual({ 1: 0, 2: 5, 3: 0, 4: 0 })
  })

  it('shows the count, the total and the verdict once someone is counted, and stores the count', async () => {
    wrapper = mount(TallyEditor, { props: { question: 4, round: 1 } })
    await flushPromises()
    await wrapper.get('button[aria-label="Label 2: één meer"]').trigger('click')
    await wrapper.get('button[aria-label="Label 2: één meer"]').trigger('click')
    await flushPromises()
    expect(wrapper.get('.rt-tally-editor__total').text()).toBe('2 deelnemers · Gedeeld beeld')
    expect((wrapper.get('#tally-4-2').element as HTMLInputElement).value).toBe('2')
    await vi.waitFor(() => expect(useScanStore().answers[4]?.tally[2]).toBe(2))
  })

  it('counts the second round apart from the first and states the shift', async () => {
    wrapper = mount(TallyEditor, { props: { question: 4, round: 1 } })
    await flushPromises()
    // First impression: four different labels.
    for (const l of [1, 2, 3, 4]) {
      await wrapper.get(`button[aria-label="Label ${l}: één meer"]`).trigger('click')
    }
    await wrapper.get('button[aria-pressed="false"]').trigger('click')
    expect(wrapper.emitted('round')).toEqual([[2]])
    await wrapper.setProps({ round: 2 })
    expect(wrapper.get('legend').text()).toContain('na het gesprek')
    expect(wrapper.get('.rt-tally-editor__shift').text()).toBe(
      'Eerste indruk: label 1: 1, label 2: 1, label 3: 1, label 4: 1.',
    )
    // After the conversation: everybody on 1 or 2.
    await wrapper.get('button[aria-label="Label 1: één meer"]').trigger('click')
    await wrapper.get('button[aria-label="Label 1: één meer"]').trigger('click')
    await wrapper.get('button[aria-label="Label 2: één meer"]').trigger('click')
    await flushPromises()
    expect(wrapper.get('.rt-tally-editor__shift').text()).toBe(
      'Van 4 verschillende labels naar 2: meer gedeeld beeld.',
    )
    await vi.waitFor(() => {
      const a = useScanStore().answers[4]
      expect(a?.tally).toEqual({ 1: 1, 2: 1, 3: 1, 4: 1 })
      expect(a?.tallyAfter).toEqual({ 1: 2, 2: 1, 3: 0, 4: 0 })
    })
  })
})
