import assert from 'node:assert/strict'
import { answerQuestion, createScan } from './helpers.mjs'

async function scanWith(page, baseUrl, title, answers) {
  const scanUrl = await createScan(page, baseUrl, { title })
  for (const [n, text, label] of answers) await answerQuestion(page, scanUrl, n, text, label)
}

export const tests = [
  {
    name: 'vergelijken: twee scans naast elkaar, uiteenlopende labels gemarkeerd',
    async run({ page, baseUrl, checkA11y }) {
      await scanWith(page, baseUrl, 'Scan Fatma', [
        [2, 'Omdat het goedkoper lijkt.', 1],
        [3, 'Regie bij inwoners.', 2],
      ])
      await scanWith(page, baseUrl, 'Scan Şükrü', [
        [2, 'Dat weet ik niet precies.', 3],
        [3, 'Zelfredzaamheid.', 2],
      ])
      await page.goto(baseUrl + '#/')
      await page.getByRole('link', { name: 'Quick Scans vergelijken' }).click()
      await page.getByRole('heading', { level: 1, name: 'Quick Scans vergelijken' }).waitFor()
      await page.getByText('Kies minstens twee Quick Scans.').waitFor()
      await page.getByRole('checkbox', { name: /Scan Fatma/ }).check()
      await page.getByRole('checkbox', { name: /Scan Şükrü/ }).check()
      const q2 = page.getByRole('article', { name: /^2\. / })
      await q2.getByText('Labels lopen uiteen').waitFor()
      await q2.getByRole('cell', { name: 'Dat weet ik niet precies.' }).waitFor()
      const q3 = page.getByRole('article', { name: /^3\. / })
      assert.equal(await q3.getByText('Labels lopen uiteen').count(), 0)
      await page.getByText(/labels lopen uiteen bij vraag 2$/).waitFor()
      await checkA11y(page, 'vergelijken')
      // The selection is in the URL: a reload keeps it.
      await page.reload()
      await page.getByRole('article', { name: /^2\. / }).getByText('Labels lopen uiteen').waitFor()
    },
  },
]
