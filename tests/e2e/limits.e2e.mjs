// A draft filled to every limit through the form's own constraints (maxlength: each field gets
// more than it allows and keeps exactly its maximum), exported, imported in a fresh browser
// profile and exported again: the two files hold the same scan. Every file the tool writes, it reads.
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { answerField, openQuestion, waitSaved } from './helpers.mjs'

/**
 * Varied Dutch-looking text (a line break now and then: Chromium's fill() slows down a lot with
 * many of them) of `length` characters plus 50 too many, with letters that need
 * more than one byte; with `lines` it has line breaks. It never has a space at its end, at its
 * start or at position `length - 1`, so trimming single-line fields changes nothing.
 */
function textOver(length, seed, lines = false) {
  const words = ['eigen', 'kracht', 'Şükrü', 'Łukasz', 'ouders', 'wijkteam', 'café', 'netwerk’s']
  let s = ''
  for (let n = seed; s.length < length + 50; n = (n * 48271) % 2147483647) {
    s += words[n % words.length] + (lines && n % 101 === 0 ? '\n' : ' ')
  }
  return 'A' + s.slice(1, length - 1) + 'Z' + s.slice(length, length + 50)
}

/** Fills a field with more than it takes and checks it kept exactly its maximum. */
async function fillToLimit(locator, seed, lines = false) {
  const max = Number(await locator.getAttribute('maxlength'))
  assert.ok(max > 0, 'het veld heeft een maxlength')
  const text = textOver(max, seed, lines)
  const started = Date.now()
  await locator.fill(text, { timeout: 60_000 })
  if (Date.now() - started > 2000) console.log(`     (fill ${max}: ${Date.now() - started} ms)`)
  const value = await locator.inputValue()
  assert.equal(value.length, max, 'het veld houdt precies zijn maximum')
  return value
}

/** Downloads the scan's export from its task list and returns the parsed file. */
async function exportScan(page, scanUrl, name) {
  await page.goto(scanUrl)
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exporteren als bestand' }).click(),
  ])
  const path = `test-results/${name}`
  await download.saveAs(path)
  return { path, file: JSON.parse(await readFile(path, 'utf8')) }
}

const comparable = (scan) => ({ ...scan, updatedAt: 0 })

export const tests = [
  {
    name: 'grenzen: een concept tot elke grens gevuld, geëxporteerd, elders geïmporteerd: gelijk',
    async run({ page, browser, baseUrl, watchContext }) {
      // Details: title, municipality and the most participants, each at its maximum.
      await page.goto(baseUrl + '#/nieuw')
      await fillToLimit(page.getByLabel('Gemeente (optioneel)'), 3)
      await fillToLimit(page.getByRole('textbox', { name: 'Titel', exact: true }), 5)
      await page.getByRole('radio', { name: 'We vullen hem in met een groep' }).check()
      for (let i = 1; ; i++) {
        const add = page.getByRole('button', { name: 'Deelnemer toevoegen' })
        if ((await add.count()) === 0) break
        await add.click()
        await fillToLimit(page.getByRole('textbox', { name: `Naam deelnemer ${i}` }), 100 + i)
        await fillToLimit(page.getByRole('textbox', { name: `Rol deelnemer ${i}` }), 300 + i)
      }
      await page.getByText(/deelnemers is het meeste/).waitFor()
      await page.getByRole('button', { name: 'Quick Scan starten' }).click()
      await page.getByText('0 van 15 vragen ingevuld').waitFor()
      const scanUrl = page.url().replace(/\/$/, '')

      // Every answer at its maximum, every label, "verder praten" on some.
      for (let n = 1; n <= 15; n++) {
        await openQuestion(page, scanUrl, n)
        await fillToLimit(answerField(page), 1000 + n, true)
        await page.getByRole('radio', { name: new RegExp(`^Label ${(n % 4) + 1}`) }).check()
        if (n % 3 === 0) {
          await page
            .getByRole('checkbox', {
              name: /Hier willen we over verder praten|Hier wil ik later op terugkomen/,
            })
            .check()
        }
        await answerField(page).blur()
        await waitSaved(page)
      }

      // The tally at its maximum count.
      await page.goto(`${scanUrl}/presenteren`)
      for (const l of [1, 2, 3, 4]) {
        const count = page.getByRole('spinbutton', { name: new RegExp(`^Label ${l}`) })
        await count.fill('999')
        await count.press('Tab')
      }
      await page.getByText(/^3996 deelnemers ·/).waitFor()

      // The agenda: an action per part with every field at its maximum, and the follow-up.
      await page.goto(`${scanUrl}/actieagenda`)
      for (const [i, part] of ['A', 'B', 'C'].entries()) {
        await page.getByRole('button', { name: `Actie toevoegen aan deel ${part}` }).click()
        const row = page.getByRole('group', { name: `Actie 1 van deel ${part}` })
        await fillToLimit(row.getByRole('textbox', { name: 'Actie', exact: true }), 2000 + i, true)
        await fillToLimit(row.getByRole('textbox', { name: 'Wie doet wat?' }), 2100 + i, true)
        await fillToLimit(row.getByRole('textbox', { name: 'Wanneer?' }), 2200 + i)
        // The date is secondary: behind "Datum kiezen (optioneel)", typed as dd-mm-jjjj.
        await row.getByRole('button', { name: 'Datum kiezen (optioneel)' }).click()
        await row.getByLabel('Datum (optioneel)').fill(`15-0${i + 1}-2027`)
      }
      await page
        .getByRole('radio', { name: 'Nee, verschillende partijen pakken de punten op' })
        .check()
      await fillToLimit(page.getByLabel('Welke partijen pakken welke punten op?'), 2300, true)
      await page.getByRole('radio', { name: 'Ja, we komen weer bij elkaar' }).check()
      await fillToLimit(page.getByLabel('Wanneer komt de groep weer bij elkaar?'), 2400)
      await fillToLimit(
        page.getByLabel('Hoe houden de deelnemers elkaar aan de afspraken?'),
        2500,
        true,
      )
      await page.getByLabel('Hoe houden de deelnemers elkaar aan de afspraken?').blur()
      await waitSaved(page)

      const first = await exportScan(page, scanUrl, 'grenzen-export-1.json')
      const scan = first.file.scans[0]
      assert.equal(scan.participants.length, 100)
      assert.equal(scan.answers.length, 15)
      assert.equal(scan.actions.length, 3)

      // A fresh profile imports it and exports it again.
      const other = await browser.newContext({ locale: 'nl-NL' })
      await watchContext(other)
      try {
        const p2 = await other.newPage()
        await p2.goto(baseUrl + '#/')
        await p2.getByText('U heeft nog geen concepten').waitFor()
        await p2.getByLabel('Bestand openen').setInputFiles(first.path)
        await p2.getByText(/15 van 15 vragen ingevuld · 3 acties/).waitFor()
        await p2.getByRole('button', { name: 'Importeren als nieuw concept' }).click()
        await p2.getByRole('heading', { level: 1, name: scan.title }).waitFor()
        await p2.getByText('15 van 15 vragen ingevuld').waitFor()
        const url2 = p2.url().replace(/\/$/, '')
        const second = await exportScan(p2, url2, 'grenzen-export-2.json')
        assert.deepEqual(comparable(second.file.scans[0]), comparable(scan))
        console.log(
          `     round trip op de grenzen: ${JSON.stringify(scan).length.toLocaleString('nl-NL')} tekens, identiek`,
        )
      } finally {
        await other.close()
      }
    },
  },
]
