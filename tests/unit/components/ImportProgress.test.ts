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

function choose(n: number) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:rest(.*)*', component: { template: '<div />' } }],
  })
  const w = mount(FileImport, { global: { plugins: [router] }, attachTo: document.body })
  wrapper = w
  const input = w.get<HTMLInputElement>('#import-file').element
  const file = new File([backupJson(n)], 'reservekopie.json', { type: 'application/json' })
  Object.defineProperty(input, 'files', { value: [file], configurable: true })
  void w.get('#import-file').trigger('change')
  return w
}

async function chooseBackup(n: number) {
  const w = choose(n)
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

describe('FileImport: checking a large backup', () => {
  it('shows "Bestand controleren" with "… van 1.000 Quick Scans gecontroleerd", then the preview', async () => {
    // Seen as the page changes (the check may be over before a poll would look).
    const texts = new Set<string>()
    const seen = { label: '', inLiveRegion: false, status: '' }
    const observer = new MutationObserver(() => {
      const bar = document.getElementById('check-progress')
      if (!bar) return
      seen.label = document.querySelector('label[for="check-progress"]')?.textContent ?? ''
      seen.inLiveRegion ||= bar.closest('[aria-live],[role="status"]') !== null
      seen.status = document.querySelector('[role="status"]')?.textContent?.trim() ?? ''
      const t = document.getElementById('check-progress-text')?.textContent?.trim()
      if (t) texts.add(t)
    })
    observer.observe(document.body, { childList: true, subtree: true, characterData: true })
    const w = choose(1000)
    await vi.waitFor(() => expect(w.text()).toContain('Importeren als 1000 nieuwe concepten'), {
      timeout: 10_000,
    })
    observer.disconnect()
    expect(seen).toEqual({
      label: 'Bestand controleren',
      inLiveRegion: false,
      status: 'Het bestand wordt gecontroleerd. Dit kan even duren.',
    })
    expect(texts.has('Het bestand wordt gelezen…')).toBe(true)
    const counted = [...texts].filter((t) =>
      /^[\d.]+ van 1\.000 Quick Scans gecontroleerd$/.test(t),
    )
    expect(counted.length).toBeGreaterThan(2)
    expect(w.find('#check-progress').exists()).toBe(false)
    expect(w.get('[role="status"]').text()).toBe('')
    // The preview draws a page of 20; "Toon meer" adds 20 and moves focus to the first new one.
    expect(w.findAll('.rt-import-preview li')).toHaveLength(20)
    await button(w, 'Toon meer (20 van 1.000)')!.trigger('click')
    await vi.waitFor(() => expect(w.findAll('.rt-import-preview li')).toHaveLength(40))
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('import-preview-20'))
  })

  it('"Stoppen" while checking: no preview, nothing imported, a Dutch message has focus', async () => {
    // Stopped as soon as some are checked (a poll might come after the end).
    let stoppedAt = ''
    const observer = new MutationObserver(() => {
      const t = document.getElementById('check-progress-text')?.textContent?.trim() ?? ''
      if (stoppedAt || !/^[1-9][\d.]* van 1\.000/.test(t)) return
      stoppedAt = t
      ;[...document.querySelectorAll('button')]
        .find((b) => b.textContent?.trim() === 'Stoppen')!
        .click()
    })
    observer.observe(document.body, { childList: true, subtree: true, characterData: true })
    const w = choose(1000)
    await vi.waitFor(() => expect(stoppedAt).not.toBe(''), { timeout: 10_000 })
    observer.disconnect()
    await vi.waitFor(() =>
      expect(w.get('[role="status"]').text()).toBe(
        'Het controleren is gestopt. Er is niets ingelezen.',
      ),
    )
    await vi.waitFor(() => expect(document.activeElement).toBe(w.get('[role="status"]').element))
    expect(w.find('progress').exists()).toBe(false)
    expect(w.find('.rt-import-preview').exists()).toBe(false)
    expect(w.get('#import-file-name').text()).toBe('Geen bestand gekozen')
    expect(await repo.listScans()).toHaveLength(0)
  })
})
