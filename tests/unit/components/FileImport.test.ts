import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import FileImport from '@/components/share/FileImport.vue'
import * as repo from '@/db/repository'

const fixture = readFileSync(resolve(__dirname, '../../fixtures/files/format-v1-scan.json'), 'utf8')

let wrapper: VueWrapper | null = null

beforeEach(async () => {
  setActivePinia(createPinia())
  await repo.openStorage(`file-import-${Math.random()}`)
})

afterEach(() => {
  wrapper?.unmount()
  wrapper = null
  document.body.innerHTML = ''
})

function mountImport() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:rest(.*)*', component: { template: '<div />' } }],
  })
  wrapper = mount(FileImport, { global: { plugins: [router] }, attachTo: document.body })
  return wrapper
}

/** Chooses a file in the (hidden) native input, as the browser's dialog does. */
async function choose(w: VueWrapper, name: string, content: string) {
  const input = w.get<HTMLInputElement>('#import-file').element
  const file = new File([content], name, { type: 'application/json' })
  Object.defineProperty(input, 'files', { value: [file], configurable: true })
  await w.get('#import-file').trigger('change')
  await flushPromises()
}

const nameText = (w: VueWrapper) => w.get('#import-file-name').text()

describe('FileImport', () => {
  it('keeps the native input, named in Dutch by its label and the "Bestand kiezen" button', () => {
    const w = mountImport()
    const input = w.get('#import-file')
    expect(input.attributes('type')).toBe('file')
    expect(input.attributes('accept')).toBe('.json,application/json')
    // Not hidden from the keyboard or from assistive technology.
    expect(input.attributes('tabindex')).toBeUndefined()
    expect(input.attributes('aria-hidden')).toBeUndefined()
    expect(input.attributes('disabled')).toBeUndefined()
    const names = input
      .attributes('aria-labelledby')!
      .split(' ')
      .map((id) => document.getElementById(id)!.textContent!.trim())
    expect(names).toEqual(['Bestand openen', 'Bestand kiezen'])
    const button = w.get('label.utrecht-button')
    expect(button.attributes('for')).toBe('import-file')
    expect(button.classes()).toContain('utrecht-button--secondary-action')
    expect(input.attributes('aria-describedby')!.split(' ')[0]).toBe('import-file-name')
    expect(nameText(w)).toBe('Geen bestand gekozen')
  })

  it('shows the chosen file name beside the button, and none again after cancelling', async () => {
    const w = mountImport()
    await choose(w, 'quickscan-zeist.json', fixture)
    await vi.waitFor(() => expect(w.text()).toContain('Importeren als nieuw concept'))
    expect(nameText(w)).toBe('quickscan-zeist.json')
    // The input is emptied, so the same file can be chosen again.
    expect(w.get<HTMLInputElement>('#import-file').element.value).toBe('')
    await w
      .findAll('button')
      .find((b) => b.text() === 'Annuleren')!
      .trigger('click')
    await flushPromises()
    expect(nameText(w)).toBe('Geen bestand gekozen')
  })

  it('keeps the name of a file that cannot be read, next to the Dutch message', async () => {
    const w = mountImport()
    await choose(w, 'kapot.json', '{"tool":')
    await vi.waitFor(() => expect(w.find('[role="alert"]').exists()).toBe(true))
    expect(w.get('[role="alert"]').text()).toMatch(/geen geldige JSON/)
    expect(nameText(w)).toBe('kapot.json')
  })
})
