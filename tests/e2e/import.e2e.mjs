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
]
