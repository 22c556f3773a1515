import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import FileImport from '@/components/share/FileImport.vue'
import * as repo from '@/db/repository'

const fixture = readFileSync(resolve(__dirname, '../../fixtures/files/format-v1-scan.json'), 'utf8')

function backupJson(n: number): string {
  const file = JSON.parse(fixture) as { kind: string; scans: { title: string }[] }
  file.kind = 'backup'
  file.scans = Array.from({ length: n }, (_, i) => ({ ...file.scans[0]!, title: `Concept ${i}` }))
  return JSON.stringify(file)
}

let wrapper: VueWrapper | null = null

beforeEach(async () => {
  setActivePinia(createPinia())
  await repo.openStorage(`import-progress-ui-${Math.random()}`)
})

afterEach(() => {
  wrapper?.unmount()
  wrapper = null
  document.body.innerHTML = ''
})

async function chooseBackup(n: number) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:rest(.*)*', component: { template: '<div />' } }],
  })
  const w = mount(FileImport, { global: { plugins: [router] }, attachTo: document.body })
  wrapper = w
  const input = w.get<HTMLInputElement>('#import-file').element
  const file = new File([backupJson(n)], 'reservekopie.json', { type: 'application/json' })
  Object.defineProperty(input, 'files', { value: [file], configurable: true })
  await w.get('#import-file').trigger('change')
  await flushPromises()
  await vi.waitFor(() => expect(w.text()).toContain(`Importeren als ${n} nieuwe concepten`))
  return w
}

const button = (w: VueWrapper, name: string) => w.findAll('button').find((b) => b.text() === name)

describe('FileImport: a large backup', () => {
  it('shows a labelled progress bar with "… van 1.000 Quick Scans ingelezen", no live region', async () => {
    const w = await chooseBackup(1000)
    const texts = new Set<string>()
    const observer = new MutationObserver(() => {
      const t = document.getElementById('import-progress-text')?.textContent?.trim()
      if (t) texts.add(t)
    })
    observer.observe(document.body, { childList: true, subtree: true, characterData: true })
    await button(w, 'Importeren als 1000 nieuwe concepten')!.trigger('click')
    await vi.waitFor(() => expect(w.find('progress').exists()).toBe(true))
    const bar = w.get('progress')
    expect(bar.attributes('max')).toBe('1000')
    expect(document.querySelector('label[for="import-progress"]')?.textContent).toBe('Inlezen')
    // Focus moved from the vanished "Importeren" button to "Stoppen".
    await vi.waitFor(() => expect(document.activeElement?.textContent?.trim()).toBe('Stoppen'))
    // The start is said once by the status line; the bar and its text are no live region.
    expect(w.get('[role="status"]').text()).toBe(
      '1.000 Quick Scans worden ingelezen. Dit kan even duren.',
    )
    expect(w.get('.rt-import-progress').element.closest('[aria-live],[role="status"]')).toBeNull()
    await vi.waitFor(
      () =>
        expect(w.get('[role="status"]').text()).toBe(
          '1.000 Quick Scans zijn toegevoegd aan uw concepten.',
        ),
      { timeout: 10_000 },
    )
    observer.disconnect()
    expect(
      [...texts].some((t) => /^\d{1,3}(\.\d{3})? van 1\.000 Quick Scans ingelezen$/.test(t)),
    ).toBe(true)
    expect(texts.size).toBeLessThanOrEqual(1000 / repo.IMPORT_CHUNK + 1)
    expect(w.find('progress').exists()).toBe(false)
    expect(await repo.listScans()).toHaveLength(1000)
  })

  it('"Stoppen": nothing is imported, a Dutch message says so and has focus', async () => {
    const w = await chooseBackup(1000)
    await button(w, 'Importeren als 1000 nieuwe concepten')!.trigger('click')
    await vi.waitFor(() => expect(button(w, 'Stoppen')).toBeTruthy())
    // Stopped midway: some chunks are written (inside the transaction) already.
    await vi.waitFor(() => expect(w.get('#import-progress-text').text()).toMatch(/^[1-9]/))
    await button(w, 'Stoppen')!.trigger('click')
    await vi.waitFor(() =>
      expect(w.get('[role="status"]').text()).toBe(
        'Het inlezen is gestopt. Er is niets ingelezen.',
      ),
    )
    await vi.waitFor(() => expect(document.activeElement).toBe(w.get('[role="status"]').element))
    expect(w.find('progress').exists()).toBe(false)
    expect(await repo.listScans()).toHaveLength(0)
  })
})
