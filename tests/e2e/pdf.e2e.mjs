import assert from 'node:assert/strict'
import { createScan, pdfText } from './helpers.mjs'

export const tests = [
  {
    name: 'pdf: quick scan en actieagenda downloaden, met Unicode en de juiste bestandsnaam',
    async run({ page, baseUrl, checkA11y }) {
      await page.goto(baseUrl + '#/nieuw')
      await page.getByLabel('Gemeente (optioneel)').fill('Zeist')
      await page.getByLabel('Titel').fill('PDF test')
      await page.getByLabel('Datum').fill('2026-11-23')
      await page.getByRole('button', { name: 'Quick Scan starten' }).click()
      await page.getByText('0 van 15 vragen ingevuld').waitFor()
      const scanUrl = page.url().replace(/\/$/, '')
      await page.goto(`${scanUrl}/vraag/3`)
      await page.getByLabel('Antwoord').fill('Şükrü Łukasz Ğ ı ż ë ’ <b>niet vet</b> 🙂')
      await page.getByRole('radio', { name: /^Label 2/ }).check()
      await page.getByRole('button', { name: 'Vraag 3 op de actieagenda zetten' }).click()
      await page.getByText('Vraag 3 staat op de actieagenda, bij deel A.').waitFor()

      await page.goto(`${scanUrl}/overzicht`)
      await page.getByRole('heading', { level: 1, name: 'Overzicht van alle antwoorden' }).waitFor()
      await page.getByRole('radio', { name: 'Quick Scan en actieagenda' }).check()
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'PDF downloaden' }).click(),
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
      assert.ok(
        text.includes('Şükrü Łukasz Ğ ı ż ë ’ <b>niet vet</b> ?'),
        'Unicode-antwoord in de pdf',
      )
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
      const button = page.getByRole('button', { name: 'PDF downloaden' })
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
      assert.ok(text.includes('Nog geen acties.'))
      assert.ok(!text.includes('Vraag 1 van 15'))
    },
  },
]
