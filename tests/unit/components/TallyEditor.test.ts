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
  it('says nothing is counted yet, without a chart of zeros', async () => {
    wrapper = mount(TallyEditor, { props: { question: 4 } })
    await flushPromises()
    expect(wrapper.get('.rt-tally-editor__total').text()).toBe('Nog niet geteld')
    expect(wrapper.find('figure').exists()).toBe(false)
  })

  it('shows the total, the verdict and the bars once someone is counted, and stores the count', async () => {
    wrapper = mount(TallyEditor, { props: { question: 4 } })
    await flushPromises()
    await wrapper.get('button[aria-label="Label 2: één meer"]').trigger('click')
    await wrapper.get('button[aria-label="Label 2: één meer"]').trigger('click')
    await flushPromises()
    expect(wrapper.get('.rt-tally-editor__total').text()).toBe('2 geteld · Gedeeld beeld')
    const chart = wrapper.get('figure svg')
    expect(chart.attributes('aria-label')).toContain('label 2: 2')
    // Beside the editor the chart has no caption: the total is already written above it.
    expect(wrapper.find('figcaption').exists()).toBe(false)
    await vi.waitFor(() => expect(useScanStore().answers[4]?.tally[2]).toBe(2))
  })
})
