import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { findPdfinfo } from '../../scripts/ensure-chromium.mjs'
import { createScan, pdfText } from './helpers.mjs'

/** What poppler's pdfinfo says of a PDF: "Tagged: yes" for a tagged PDF. */
const pdfinfo = async (path) => execFileSync(await findPdfinfo(), [path], { encoding: 'utf8' })

/** Answers with names in several scripts, to find back in order in the PDF. */
const answers = {
  1: 'Antwoord één: Fatma Öztürk en Łukasz Żak schreven de visie.',
  3: 'Şükrü Łukasz Ğ ı ż ë ’ <b>niet vet</b> 🙂',
  8: 'Antwoord acht: Zoë Ødegård stimuleert, met İlkay.',
  15: 'Antwoord vijftien: François en Ștefan duiden de resultaten.',
}

export const tests = [
  {
    name: 'pdf: quick scan en actieagenda downloaden, met Unicode en de juiste bestandsnaam',
    async run({ page, baseUrl, checkA11y }) {
      await page.goto(baseUrl + '#/nieuw')
      await page.getByLabel('Gemeente (optioneel)').fill('Zeist')
      await page.getByLabel('Titel').fill('PDF test')
      await page.getByLabel('Datum').fill('23-11-2026')
      await page.getByRole('button', { name: 'Quick Scan starten' }).click()
      await page.getByText('0 van 15 vragen ingevuld').waitFor()
      const scanUrl = page.url().replace(/\/$/, '')
      for (const [n, text] of Object.entries(answers)) {
        await page.goto(`${scanUrl}/vraag/${n}`)
        await page.getByLabel('Antwoord').fill(text)
        await page.getByRole('radio', { name: /^Label 2/ }).check()
        if (n === '3') {
          await page.getByRole('button', { name: 'Vraag 3 op de actieagenda zetten' }).click()
          await page.getByText('Vraag 3 staat op de actieagenda, bij deel A.').waitFor()
        }
        await page.getByLabel('Antwoord').blur()
        await page.getByText(/^Opgeslagen in deze browser/).waitFor()
      }

      await page.goto(`${scanUrl}/overzicht`)
      await page.getByRole('heading', { level: 1, name: 'Alle antwoorden' }).waitFor()
      await page.getByRole('radio', { name: 'Quick Scan en actieagenda' }).check()
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Pdf downloaden', exact: true }).click(),
      ])
      assert.equal(
        download.suggestedFilename(),
        'quickscan-eigen-kracht-gemeente-zeist-2026-11-23.pdf',
      )
      await page.getByText(/De pdf is klaar/).waitFor()
      await checkA11y(page, 'overzicht na pdf')
      const path = `test-results/${download.suggestedFilename()}`
      await download.saveAs(path)
      const { text, pages } = await pdfText(path)
      assert.ok(pages >= 5, `${pages} pagina's`)
      // A tagged PDF (structure tree, marked content), in Dutch, its title shown.
      const info = await pdfinfo(path)
      assert.match(info, /^Tagged:\s+yes$/m, info)
      assert.match(info, /^Title:\s+Quick Scan en actieagenda: PDF test$/m, info)
      // Every answer, in order, with its Unicode names; the emoji the font lacks becomes "?".
      let from = text.indexOf('Vraag 1 van 15')
      assert.ok(from >= 0, 'vraag 1 in de pdf')
      for (const a of Object.values(answers).map((t) => t.replace('🙂', '?'))) {
        const at = text.indexOf(a, from)
        assert.ok(at > from, `“${a}” na positie ${from} in de pdf`)
        from = at + a.length
      }
      // The action from question 3 is not filled in; the PDF says which question it is for.
      assert.ok(
        text.includes(
          'Bij vraag 3: Welke waarden liggen ten grondslag aan het inzetten op eigen kracht?',
        ),
        'actie bij vraag 3 in de pdf',
      )
      assert.ok(text.includes(`pagina ${pages} van ${pages}`))
    },
  },
  {
    name: 'pdf: alleen de actieagenda, met het toetsenbord',
    async run({ page, baseUrl }) {
      await createScan(page, baseUrl, { title: 'Agenda zonder gemeente' })
      await page.getByRole('link', { name: /^Actieagenda/ }).click()
      await page.getByRole('heading', { level: 1, name: 'Actieagenda' }).waitFor()
      const button = page.getByRole('button', { name: 'Pdf downloaden', exact: true })
      // The same default everywhere: the Quick Scan and the agenda. Choose the agenda alone.
      const both = page.getByRole('radio', { name: 'Quick Scan en actieagenda' })
      assert.equal(await both.isChecked(), true)
      await both.focus()
      await page.keyboard.press('ArrowDown')
      await page.keyboard.press('ArrowDown')
      assert.equal(
        await page.getByRole('radio', { name: 'Alleen de actieagenda' }).isChecked(),
        true,
      )
      await button.focus()
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.keyboard.press('Enter'),
      ])
      assert.match(
        download.suggestedFilename(),
        /^actieagenda-eigen-kracht-agenda-zonder-gemeente-\d{4}-\d{2}-\d{2}\.pdf$/,
      )
      const path = `test-results/${download.suggestedFilename()}`
      await download.saveAs(path)
      const { text } = await pdfText(path)
      assert.match(await pdfinfo(path), /^Tagged:\s+yes$/m)
      assert.ok(text.includes('Nog geen acties.'))
      assert.ok(!text.includes('Vraag 1 van 15'))
    },
  },
]
