import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ScanForm from '@/components/scan/ScanForm.vue'
import type { ScanDetails } from '@/domain/scanDetails'

const initial: ScanDetails = {
  title: 'Quick Scan Zeist',
  municipality: 'Zeist',
  date: '2026-11-23',
  mode: 'alone',
  participants: [],
}

describe('ScanForm: the date, the Dutch way', () => {
  it('shows the stored date as dd-mm-jjjj and stores what is typed as yyyy-mm-dd', async () => {
    const wrapper = mount(ScanForm, { props: { initial, submitText: 'Opslaan' } })
    const date = wrapper.get<HTMLInputElement>('#scan-date')
    expect(date.element.value).toBe('23-11-2026')
    expect(date.attributes('type')).not.toBe('date')
    await date.setValue('5 maart 2027')
    await wrapper.get('form').trigger('submit')
    expect(wrapper.emitted('submit')?.[0]?.[0]).toMatchObject({ date: '2027-03-05' })
    expect(date.element.value).toBe('05-03-2027')
  })

  it('refuses a day that does not exist, with a Dutch message', async () => {
    const wrapper = mount(ScanForm, { props: { initial, submitText: 'Opslaan' } })
    await wrapper.get('#scan-date').setValue('31-02-2027')
    await wrapper.get('form').trigger('submit')
    expect(wrapper.emitted('submit')).toBeUndefined()
    expect(wrapper.text()).toContain('Vul een geldige datum in, bijvoorbeeld 23-11-2026.')
  })
})
