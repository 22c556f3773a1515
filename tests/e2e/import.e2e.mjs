import assert from 'node:assert/strict'
import { writeFile } from 'node:fs/promises'
import { backupFile, createScan } from './helpers.mjs'

/**
 * A backup of `n` drafts as the tool writes it: every draft with all 15 questions answered
 * (`textLength` characters each) and 3 actions.
 */
function backup(n, textLength = 200) {
  const text = 'Eigen kracht van inwoners en hun netwerk. '.repeat(Math.ceil(textLength / 42))
  const scans = Array.from({ length: n }, (_, i) => ({
    title: `Concept ${i + 1}`,
    municipality: 'Zeist',
    date: '2026-11-23',
    mode: 'group',
    participants: [{ name: 'Şükrü Yılmaz', role: 'beleidsadviseur' }],
    createdAt: 1795440000000 + i,
    updatedAt: 1795443120000 + i,
    followUp: { meetAgain: 'ja', nextMeeting: 'maart 2027', pickedUpBy: '', accountability: '' },
    answers: Array.from({ length: 15 }, (_, q) => ({
      question: q + 1,
      text: text.slice(0, textLength),
      label: (q % 4) + 1,
      discuss: q % 2 === 0,
    })),
    actions: ['A', 'B', 'C'].map((part, k) => ({
      part,
      order: 1,
      action: `Actie ${k + 1} van concept ${i + 1}`,
      who: 'Łukasz',
      when: 'voor de zomer',
      whenDate: '2027-06-01',
      question: null,
    })),
  }))
  return backupFile(scans)
}

const draftItems = (page) =>
  page.getByRole('region', { name: 'Uw Quick Scans' }).getByRole('listitem')

/** Rows per table in the app's IndexedDB, read in the page. */
const stored = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('reflectietool-eigen-kracht')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const tx = db.transaction(['scans', 'answers', 'actions'])
          const counts = {}
          for (const name of ['scans', 'answers', 'actions']) {
            const req = tx.objectStore(name).count()
            req.onsuccess = () => (counts[name] = req.result)
          }
          tx.oncomplete = () => {
            db.close()
            resolve(counts)
          }
        }
      }),
  )

const progressText = /^[\d.]+ van 1\.000 Quick Scans ingelezen$/
const checkText = /^[\d.]+ van 1\.000 Quick Scans gecontroleerd$/

/**
 * Holds the check of a file between two of its steps once `at` Quick Scans are checked, until
 * `window.__release()`: the state "checking" stays on screen for axe and the keyboard, however
 * fast the machine. (The app hands the page its turn between steps with a MessageChannel
 * message; this delays that message. Without the hold the check would simply run on.)
 */
const holdCheck = (page, at) =>
  page.evaluate((at) => {
    const Real = window.MessageChannel
    window.__held = false
    window.__release = () => {}
    window.MessageChannel = class extends Real {
      constructor() {
        super()
        const post = this.port2.postMessage.bind(this.port2)
        this.port2.postMessage = (m) => {
          const t = document.getElementById('check-progress-text')?.textContent ?? ''
          const done = Number(t.split(' van ')[0].replace(/\./g, ''))
          if (/gecontroleerd/.test(t) && done >= at && !window.__held) {
            window.__held = true
            window.__release = () => {
              window.MessageChannel = Real
              post(m)
            }
          } else post(m)
        }
      }
    }
  }, at)

/** Records in the page every text the check's progress line shows, and the longest task. */
const watchCheck = (page) =>
  page.evaluate(() => {
    window.__check = { texts: [], longest: 0 }
    new MutationObserver(() => {
      const t = document.getElementById('check-progress-text')?.textContent?.trim()
      if (t && window.__check.texts.at(-1) !== t) window.__check.texts.push(t)
    }).observe(document.body, { childList: true, subtree: true, characterData: true })
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        window.__check.longest = Math.max(window.__check.longest, e.duration)
    }).observe({ type: 'longtask' })
  })

export const tests = [
  {
    name: 'importeren: reservekopie van 1.000 concepten met voortgang, alles ingelezen',
    async run({ page, baseUrl, checkA11y }) {
      // Long answers, so the progress is on screen long enough for axe.
      const path = 'test-results/reservekopie-1000.json'
      await writeFile(path, backup(1000, 2000))
      await page.goto(baseUrl + '#/')
      await page.getByText('U heeft nog geen concepten').waitFor()
      await page.getByLabel('Bestand openen').setInputFiles(path)
      await page.getByRole('heading', { name: /1000 Quick Scans/ }).waitFor({ timeout: 30_000 })
      const started = Date.now()
      await page.getByRole('button', { name: 'Importeren als 1000 nieuwe concepten' }).click()
      const text = page.locator('#import-progress-text')
      await text.waitFor()
      assert.match((await text.textContent()).trim(), progressText)
      await page.getByRole('progressbar', { name: 'Inlezen' }).waitFor()
      await page.getByRole('button', { name: 'Stoppen' }).waitFor()
      await checkA11y(page, 'startpagina tijdens het inlezen')
      await page
        .getByRole('status')
        .getByText('1.000 Quick Scans zijn toegevoegd aan uw concepten.')
        .waitFor({ timeout: 60_000 })
      console.log(
        `     inlezen van 1.000 concepten (15 antwoorden van 2.000 tekens, 3 acties, met axe-controle): ${Date.now() - started} ms`,
      )
      await page.getByRole('progressbar').waitFor({ state: 'detached' })
      assert.deepEqual(await stored(page), { scans: 1000, answers: 15_000, actions: 3000 })

      // A lighter backup (short answers), timed on its own.
      const light = 'test-results/reservekopie-1000-kort.json'
      await writeFile(light, backup(1000, 200))
      await page.getByLabel('Bestand openen').setInputFiles(light)
      await page.getByRole('heading', { name: /1000 Quick Scans/ }).waitFor({ timeout: 30_000 })
      const again = Date.now()
      await page.getByRole('button', { name: 'Importeren als 1000 nieuwe concepten' }).click()
      await page
        .getByRole('status')
        .getByText('1.000 Quick Scans zijn toegevoegd aan uw concepten.')
        .waitFor({ timeout: 60_000 })
      console.log(
        `     inlezen van 1.000 concepten (antwoorden van 200 tekens): ${Date.now() - again} ms`,
      )
    },
  },
  {
    name: 'importeren: "Stoppen" tijdens het inlezen laat de concepten zoals ze waren',
    async run({ page, baseUrl }) {
      await createScan(page, baseUrl, { title: 'Blijft staan' })
      const path = 'test-results/reservekopie-1000-stoppen.json'
      await writeFile(path, backup(1000, 2000))
      await page.goto(baseUrl + '#/')
      await page.getByRole('link', { name: 'Blijft staan', exact: true }).waitFor()
      const before = await stored(page)
      await page.getByLabel('Bestand openen').setInputFiles(path)
      await page.getByRole('heading', { name: /1000 Quick Scans/ }).waitFor({ timeout: 30_000 })
      await page.getByRole('button', { name: 'Importeren als 1000 nieuwe concepten' }).click()
      const stop = page.getByRole('button', { name: 'Stoppen' })
      await stop.waitFor()
      assert.match((await page.locator('#import-progress-text').textContent()).trim(), progressText)
      // Focus moved to "Stoppen": Enter stops, as a keyboard user would.
      assert.equal(await stop.evaluate((b) => b === document.activeElement), true)
      await page.keyboard.press('Enter')
      const message = page.getByText('Het inlezen is gestopt. Er is niets ingelezen.')
      await message.waitFor({ timeout: 30_000 })
      assert.equal(
        await message.evaluate(
          (el) => el === document.activeElement || el.contains(document.activeElement),
        ),
        true,
      )
      assert.equal(await page.getByRole('progressbar').count(), 0)
      assert.equal(await draftItems(page).count(), 1)
      await page.getByRole('link', { name: 'Blijft staan', exact: true }).waitFor()
      assert.deepEqual(await stored(page), before)
      // Also after a reload: nothing of the stopped import was stored.
      await page.reload()
      await page.getByRole('link', { name: 'Blijft staan', exact: true }).waitFor()
      assert.equal(await draftItems(page).count(), 1)
      assert.deepEqual(await stored(page), before)
    },
  },
  {
    name: 'importeren: het bestand controleren toont voortgang, "Stoppen" met het toetsenbord, dan de preview',
    async run({ page, baseUrl, checkA11y }) {
      await createScan(page, baseUrl, { title: 'Blijft staan' })
      const path = 'test-results/reservekopie-1000-controleren.json'
      await writeFile(path, backup(1000, 2000))
      await page.goto(baseUrl + '#/')
      await page.getByRole('link', { name: 'Blijft staan', exact: true }).waitFor()
      const before = await stored(page)
      await watchCheck(page)
      await holdCheck(page, 300)
      await page.getByLabel('Bestand openen').setInputFiles(path)
      await page.getByRole('progressbar', { name: 'Bestand controleren' }).waitFor()
      await page
        .getByRole('status')
        .getByText('Het bestand wordt gecontroleerd. Dit kan even duren.')
        .waitFor()
      const text = page.locator('#check-progress-text')
      await text.filter({ hasText: checkText }).waitFor({ timeout: 30_000 })
      await page.waitForFunction(() => window.__held)
      // The line is no live region: the status line said the start once.
      assert.equal(await text.evaluate((el) => el.closest('[role=status],[aria-live]')), null)
      await checkA11y(page, 'startpagina tijdens het controleren van het bestand')
      await page
        .getByRole('heading', { name: 'Bestanden' })
        .evaluate((el) => el.scrollIntoView({ block: 'start' }))
      await page.screenshot({ path: 'test-results/import-controleren-1366.png' })
      // Keyboard: back on the file button, Tab reaches "Stoppen", Enter stops.
      await page.locator('#import-file').focus()
      await page.keyboard.press('Tab')
      const stop = page.getByRole('button', { name: 'Stoppen' })
      assert.equal(await stop.evaluate((b) => b === document.activeElement), true)
      await page.keyboard.press('Enter')
      await page.evaluate(() => window.__release())
      const message = page.getByText('Het controleren is gestopt. Er is niets ingelezen.')
      await message.waitFor({ timeout: 30_000 })
      assert.equal(await message.evaluate((el) => el === document.activeElement), true)
      assert.equal(await page.getByRole('progressbar').count(), 0)
      assert.equal(await page.getByRole('heading', { name: /1000 Quick Scans/ }).count(), 0)
      assert.deepEqual(await stored(page), before)
      const stopped = await page.evaluate(() => window.__check.texts)
      assert.ok(
        stopped.filter((t) => checkText.test(t)).length >= 3,
        `de voortgang veranderde niet tijdens het controleren: ${stopped.join(' | ')}`,
      )
      assert.ok(
        !stopped.includes('1.000 van 1.000 Quick Scans gecontroleerd'),
        'gestopt, maar toch tot het eind gecontroleerd',
      )

      // The same file again, to the end: the progress runs to 1.000, then the preview (a page
      // of 20) has focus.
      await page.evaluate(() => (window.__check.texts = []))
      await page.getByLabel('Bestand openen').setInputFiles(path)
      const heading = page.getByRole('heading', { name: /1000 Quick Scans/ })
      await heading.waitFor({ timeout: 60_000 })
      const { texts, longest } = await page.evaluate(() => window.__check)
      assert.equal(texts[0], 'Het bestand wordt gelezen…')
      assert.equal(texts.at(-1), '1.000 van 1.000 Quick Scans gecontroleerd')
      assert.ok(texts.filter((t) => checkText.test(t)).length > 5, texts.join(' | '))
      console.log(
        `     controleren van 1.000 concepten (31 MB): ${texts.length} voortgangsregels, langste taak ${Math.round(longest)} ms`,
      )
      assert.equal(await page.getByRole('progressbar').count(), 0)
      const preview = page.locator('.rt-import-preview')
      assert.equal(await preview.evaluate((el) => el === document.activeElement), true)
      assert.equal(await preview.getByRole('listitem').count(), 20)
      await preview.getByRole('button', { name: 'Toon meer (20 van 1.000)' }).press('Enter')
      await preview.getByRole('button', { name: 'Toon meer (40 van 1.000)' }).waitFor()
      assert.equal(
        await page.evaluate(() => document.activeElement?.id),
        'import-preview-20',
        'focus op de 21e',
      )
      assert.deepEqual(await stored(page), before)
      await checkA11y(page, 'preview van 1.000 Quick Scans')
    },
  },
]
