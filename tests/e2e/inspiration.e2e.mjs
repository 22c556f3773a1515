import assert from 'node:assert/strict'
import { createScan } from './helpers.mjs'

export const tests = [
  {
    name: 'inspiratie: vanuit vraag 5 de participatieladder lezen en terug met het antwoord intact',
    async run({ page, baseUrl, checkA11y }) {
      const scanUrl = await createScan(page, baseUrl, { title: 'Inspiratie test' })
      await page.goto(`${scanUrl}/vraag/5`)
      const answer = page.getByLabel('Antwoord')
      await answer.fill('Nog niet af: we informeren vooral')

      await page.getByRole('button', { name: 'Inspiratie + voorbeelden bij deze vraag' }).click()
      const panel = page.getByRole('complementary', {
        name: 'Inspiratie + voorbeelden bij vraag 5',
      })
      await panel.waitFor()
      assert.equal(
        await page.evaluate(() => document.activeElement?.id),
        'inspiration-panel-heading',
      )
      // The figure has a text alternative, and its text version lists all six rungs in order.
      await panel.getByRole('img', { name: /Participatieladder/ }).waitFor()
      const rungs = panel.locator('details ol > li')
      assert.equal(await rungs.count(), 6)
      assert.match(await rungs.first().innerText(), /^Informeren/)
      assert.match(await rungs.last().innerText(), /^Zelfbestuur/)
      await checkA11y(page, 'vraag 5 met inspiratie')

      // Beside the question (wide) the panel's own button says what the page's toggle says.
      await panel.getByRole('button', { name: 'Inspiratie sluiten' }).first().click()
      await panel.waitFor({ state: 'detached' })
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'answer-5')
      assert.equal(await answer.inputValue(), 'Nog niet af: we informeren vooral')
    },
  },
  {
    name: 'inspiratie op een telefoon: het paneel vervangt het formulier, het getypte blijft',
    viewport: { width: 390, height: 844 },
    async run({ page, baseUrl }) {
      const scanUrl = await createScan(page, baseUrl)
      await page.goto(`${scanUrl}/vraag/10`)
      await page.getByLabel('Antwoord').fill('half af')
      await page.getByRole('button', { name: 'Inspiratie + voorbeelden bij deze vraag' }).click()
      // Question 10 has no inspiration of its own: the page says so and points to question 5.
      await page.getByText(/geen aparte inspiratie/).waitFor()
      assert.equal(await page.getByLabel('Antwoord').isVisible(), false)
      await page.getByRole('button', { name: 'Terug naar vraag 10' }).first().click()
      assert.equal(await page.getByLabel('Antwoord').inputValue(), 'half af')
      assert.equal(await page.getByLabel('Antwoord').isVisible(), true)
    },
  },
  {
    name: 'inspiratie als eigen onderdeel: inhoud per deel, elke vraag, over deze tool',
    async run({ page, baseUrl, checkA11y }) {
      await page.goto(baseUrl + '#/inspiratie')
      await page.getByRole('heading', { level: 1, name: 'Inspiratie + voorbeelden' }).waitFor()
      for (const h of [
        'A. Naar een gezamenlijke visie op eigen kracht',
        'B. Van visie naar uitvoering',
        'C. Zicht op resultaten',
      ]) {
        await page.getByRole('heading', { level: 2, name: h }).waitFor()
      }
      await checkA11y(page, 'inhoud inspiratie')
      for (let n = 1; n <= 15; n++) {
        await page.goto(`${baseUrl}#/inspiratie/${n}`)
        await page.getByRole('heading', { level: 1, name: new RegExp(`${n}\\. `) }).waitFor()
        const links = page.getByRole('main').locator('a[target="_blank"]')
        for (let i = 0; i < (await links.count()); i++) {
          assert.equal(await links.nth(i).getAttribute('rel'), 'noopener noreferrer')
          assert.match(await links.nth(i).getAttribute('href'), /^https?:\/\/[^\s]+$/)
        }
        await checkA11y(page, `inspiratie bij vraag ${n}`)
      }
      await page.goto(baseUrl + '#/inspiratie/1')
      await page.getByRole('img', { name: /De dimensies van eigen kracht/ }).waitFor()
      await page.goto(baseUrl + '#/over')
      await page.getByRole('heading', { level: 1, name: 'Over deze tool' }).waitFor()
      await page
        .getByText(/Verwey-Jonker Instituut en TNO/)
        .first()
        .waitFor()
      assert.equal((await page.getByRole('main').getByRole('listitem').count()) >= 14, true)
      await checkA11y(page, 'over deze tool')
    },
  },
]
