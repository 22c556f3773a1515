import assert from 'node:assert/strict'
import { createScan } from './helpers.mjs'

/** Waits until a locator matches `n` elements: the list follows the database a moment later. */
async function countBecomes(locator, n, timeout = 5000) {
  const end = Date.now() + timeout
  let count = await locator.count()
  while (count !== n && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 50))
    count = await locator.count()
  }
  assert.equal(count, n)
}

const rowsOfPart = (page, part) =>
  page
    .getByRole('region', { name: new RegExp(`^${part}\\. `) })
    .getByRole('group', { name: /^Actie \d+ van deel/ })

export const tests = [
  {
    name: 'actieagenda: acties toevoegen, van vraag 12, verplaatsen, herladen, verwijderen en terugzetten',
    async run({ page, baseUrl, checkA11y }) {
      const scanUrl = await createScan(page, baseUrl, { title: 'Agenda test' })

      // Question 12: label 3, then put it on the agenda in one step.
      await page.goto(scanUrl + '/vraag/12')
      await page.getByRole('radio', { name: /^Label 3/ }).check()
      await page.getByRole('button', { name: 'Vraag 12 op de actieagenda zetten' }).click()
      await page.getByText('Vraag 12 staat op de actieagenda, bij deel C.').waitFor()

      // Question 7: label 2, no action: it must show up as a candidate.
      await page.goto(scanUrl + '/vraag/7')
      await page.getByRole('radio', { name: /^Label 2/ }).check()
      await page.getByText(/Opgeslagen in deze browser/).waitFor()

      await page.goto(scanUrl + '/actieagenda')
      await page.getByRole('heading', { level: 1, name: 'Actieagenda' }).waitFor()
      await page.getByRole('heading', { name: 'Nog geen actie bij: vraag 7' }).waitFor()

      // Two actions in part B, typed by keyboard into labelled fields.
      const addB = page.getByRole('button', { name: 'Actie toevoegen aan deel B' })
      // After adding, focus moves to the new action's first field.
      const focusedIsNewAction = () =>
        page.waitForFunction(() => document.activeElement?.id?.endsWith('-action'))
      await addB.click()
      await focusedIsNewAction()
      await page.keyboard.type('Gluren bij de buren')
      let rows = rowsOfPart(page, 'B')
      await rows.nth(0).getByLabel('Wie doet wat?').fill('Şükrü plant bezoek aan Zeist')
      await rows.nth(0).getByLabel('Wanneer?').fill('voor de zomer')
      await addB.click()
      await rows.nth(1).waitFor()
      await focusedIsNewAction()
      await page.keyboard.type('Opleidingsplan schrijven')
      await rows.nth(1).getByLabel('Wie doet wat?').fill('Łukasz')
      await page.getByText(/Opgeslagen in deze browser/).waitFor()

      // Move the second one up with the keyboard.
      await page.getByRole('button', { name: 'Actie 2 van deel B omhoog verplaatsen' }).focus()
      await page.keyboard.press('Enter')
      await page.getByText('Actie één plaats omhoog verplaatst.').waitFor()
      await checkA11y(page, 'actieagenda met acties')

      await page.reload()
      rows = rowsOfPart(page, 'B')
      await rows.first().waitFor()
      assert.equal(await rows.count(), 2)
      assert.equal(
        await rows.nth(0).getByLabel('Actie', { exact: true }).inputValue(),
        'Opleidingsplan schrijven',
      )
      assert.equal(
        await rows.nth(1).getByLabel('Actie', { exact: true }).inputValue(),
        'Gluren bij de buren',
      )
      assert.equal(
        await rows.nth(1).getByLabel('Wie doet wat?').inputValue(),
        'Şükrü plant bezoek aan Zeist',
      )
      assert.equal(await rows.nth(1).getByLabel('Wanneer?').inputValue(), 'voor de zomer')

      // The action from question 12 is in part C, links back to it, and its text is still
      // empty for the user to write (no text repeating the link).
      const rowsC = rowsOfPart(page, 'C')
      assert.equal(await rowsC.count(), 1)
      assert.equal(await rowsC.nth(0).getByLabel('Actie', { exact: true }).inputValue(), '')
      const back = rowsC.nth(0).getByRole('link', { name: /^vraag 12:/ })
      assert.match(await back.getAttribute('href'), /\/vraag\/12$/)
      // Alone in its part: nothing to move, so no move buttons; two in part B: both have them.
      assert.equal(
        await rowsC
          .nth(0)
          .getByRole('button', { name: /verplaatsen$/ })
          .count(),
        0,
      )
      assert.equal(
        await rowsOfPart(page, 'B')
          .getByRole('button', { name: /verplaatsen$/ })
          .count(),
        4,
      )

      // Delete, undo, delete again.
      await page.getByRole('button', { name: 'Actie 1 van deel B verwijderen' }).click()
      await page.getByText('is verwijderd.').waitFor()
      await countBecomes(rowsOfPart(page, 'B'), 1)
      await page.getByRole('button', { name: 'Ongedaan maken' }).click()
      await page.getByText('De actie is teruggezet.').waitFor()
      await countBecomes(rowsOfPart(page, 'B'), 2)
      assert.equal(
        await rowsOfPart(page, 'B').nth(0).getByLabel('Actie', { exact: true }).inputValue(),
        'Opleidingsplan schrijven',
      )

      // Follow-up agreements survive a reload.
      await page.getByRole('radio', { name: 'Ja, we komen weer bij elkaar' }).check()
      await page.getByLabel('Wanneer komt de groep weer bij elkaar?').fill('maart 2027')
      await page
        .getByLabel('Hoe houden de deelnemers elkaar aan de afspraken?')
        .fill('Elk kwartaal kort overleg')
      await page.getByLabel('Hoe houden de deelnemers elkaar aan de afspraken?').blur()
      await page.getByText(/Opgeslagen in deze browser/).waitFor()
      await page.reload()
      await page.getByLabel('Wanneer komt de groep weer bij elkaar?').waitFor()
      assert.equal(
        await page.getByLabel('Wanneer komt de groep weer bij elkaar?').inputValue(),
        'maart 2027',
      )
      assert.equal(
        await page.getByRole('radio', { name: 'Ja, we komen weer bij elkaar' }).isChecked(),
        true,
      )

      // The overview shows which questions have actions.
      await page.goto(scanUrl + '/overzicht')
      const q12 = page.getByRole('article', { name: /^12\. / })
      await q12.getByText('1 actie op de actieagenda').waitFor()
      await checkA11y(page, 'overzicht met acties')
    },
  },
]
