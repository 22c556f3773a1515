import assert from 'node:assert/strict'
import { writeFile } from 'node:fs/promises'
import { createScan } from './helpers.mjs'

export const tests = [
  {
    name: 'bestanden: scan exporteren, in een nieuw browserprofiel importeren, alles gelijk',
    async run({ page, browser, baseUrl, checkA11y, watchContext }) {
      const scanUrl = await createScan(page, baseUrl, {
        title: 'Uitwisseling',
        municipality: 'Zeist',
      })
      await page.goto(`${scanUrl}/vraag/7`)
      await page.getByLabel('Antwoord').fill('Şükrü ’ <img src=x onerror=alert(1)>')
      await page.getByRole('radio', { name: /^Label 3/ }).check()
      await page.getByRole('button', { name: 'Vraag 7 op de actieagenda zetten' }).click()
      await page.getByText('Vraag 7 staat op de actieagenda, bij deel B.').waitFor()
      await page.goto(scanUrl)
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Exporteren als bestand' }).click(),
      ])
      assert.equal(
        download.suggestedFilename(),
        'quickscan-eigen-kracht-gemeente-zeist-' +
          (await page.evaluate(() => {
            const d = new Date()
            return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
          })) +
          '.json',
      )
      const path = `test-results/${download.suggestedFilename()}`
      await download.saveAs(path)

      // A colleague's browser: a fresh profile without this draft.
      const other = await browser.newContext({ locale: 'nl-NL' })
      await watchContext(other)
      try {
        const p2 = await other.newPage()
        await p2.goto(baseUrl + '#/')
        await p2.getByText('U heeft nog geen concepten').waitFor()
        await p2.getByLabel('Bestand openen').setInputFiles(path)
        await p2.getByRole('heading', { name: /1 Quick Scan/ }).waitFor()
        await p2
          .getByText(/Uitwisseling/)
          .first()
          .waitFor()
        await p2.getByText(/1 van 15 vragen ingevuld · 1 actie/).waitFor()
        await checkA11y(p2, 'startpagina met importvoorbeeld')
        await p2.getByRole('button', { name: 'Importeren als nieuw concept' }).click()
        await p2.getByRole('heading', { level: 1, name: 'Uitwisseling' }).waitFor()
        await p2.getByText('1 van 15 vragen ingevuld').waitFor()
        await p2.goto(p2.url().replace(/\/$/, '') + '/vraag/7')
        await p2.getByLabel('Antwoord').waitFor()
        assert.equal(
          await p2.getByLabel('Antwoord').inputValue(),
          'Şükrü ’ <img src=x onerror=alert(1)>',
        )
        assert.equal(await p2.getByRole('radio', { name: /^Label 3/ }).isChecked(), true)
        await p2.getByText('1 actie op de actieagenda').waitFor()
      } finally {
        await other.close()
      }
    },
  },
  {
    name: 'bestanden: een kapot bestand geeft een Nederlandse melding en verandert niets',
    async run({ page, baseUrl }) {
      await createScan(page, baseUrl, { title: 'Blijft staan' })
      await page.goto(baseUrl + '#/')
      await writeFile(
        'test-results/kapot.json',
        '{"tool":"reflectietool-eigen-kracht","kind":"scan","formatVersion":1,"scans":[{"title":',
      )
      await page.getByLabel('Bestand openen').setInputFiles('test-results/kapot.json')
      await page
        .getByRole('alert')
        .getByText(/geen geldige JSON/)
        .waitFor()
      assert.equal(
        await page.getByRole('region', { name: 'Uw Quick Scans' }).getByRole('listitem').count(),
        1,
      )
      await page.getByRole('link', { name: 'Blijft staan', exact: true }).waitFor()
    },
  },
]
