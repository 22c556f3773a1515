import assert from 'node:assert/strict'
import { assertInView, createScan, waitSaved } from './helpers.mjs'

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
      const q12 = page.locator('.rt-summary__row').filter({ has: page.getByText(/^12\. /) })
      await q12.getByText(/1 actie op de actieagenda/).waitFor()
      await checkA11y(page, 'overzicht met acties')
    },
  },
  {
    name: 'actieagenda: eerst de agenda, hints boven de velden, waarschuwing zonder actie, datum als dd-mm-jjjj',
    async run({ page, baseUrl, checkA11y }) {
      const scanUrl = await createScan(page, baseUrl, { title: 'Agenda invullen' })
      await page.goto(scanUrl + '/vraag/3')
      await page.getByRole('radio', { name: /^Label 3/ }).check()
      await waitSaved(page)

      await page.goto(scanUrl + '/actieagenda')
      await page.getByRole('button', { name: 'Actie toevoegen aan deel A' }).click()
      await rowsOfPart(page, 'A').first().waitFor()
      await waitSaved(page)

      // Opened afresh: the first action's three fields are in the first screen at 1366×768,
      // and the suggestions ("Nog geen actie bij") come after the agenda.
      await page.reload()
      const row = rowsOfPart(page, 'A').first()
      await row.waitFor()
      const field = (name) => row.getByRole('textbox', { name, exact: true })
      for (const name of ['Actie', 'Wie doet wat?', 'Wanneer?']) {
        await assertInView(field(name), `het veld ${name}`, { width: 1366, height: 768 })
      }
      const partC = await page.getByRole('region', { name: /^C\. / }).boundingBox()
      const candidates = await page
        .getByRole('region', { name: 'Nog geen actie bij: vraag 3' })
        .boundingBox()
      assert.ok(candidates.y >= partC.y + partC.height, 'de suggesties staan na de agenda')

      // Each field has its hint between its label and the field, as its description.
      const hints = {
        Actie: /^Wat gaat er gebeuren\?/,
        'Wie doet wat?': /^Wie pakt welk deel op\?/,
        'Wanneer?': /^Wanneer moet het klaar zijn\?/,
      }
      for (const [name, hint] of Object.entries(hints)) {
        const place = await field(name).evaluate((input) => {
          const label = document.querySelector(`label[for="${input.id}"]`)
          const first = (input.getAttribute('aria-describedby') ?? '').split(' ')[0]
          const desc = first ? document.getElementById(first) : null
          const box = (el) => el?.getBoundingClientRect()
          return {
            label: box(label),
            hint: box(desc),
            input: box(input),
            text: desc?.textContent?.trim() ?? '',
          }
        })
        assert.match(place.text, hint, `hint bij ${name}`)
        assert.ok(
          place.label.bottom <= place.hint.top + 0.5 && place.hint.bottom <= place.input.top + 0.5,
          `de hint van ${name} staat tussen label en veld: ${JSON.stringify(place)}`,
        )
      }

      // Only "Wie doet wat?" filled in: a gentle warning that the action itself is missing.
      const status = row.getByRole('status')
      await field('Wie doet wat?').fill('Fatma schrijft, Jan leest mee')
      await status
        .getByText(
          'Deze actie heeft nog geen omschrijving. Schrijf bij Actie wat er gaat gebeuren.',
        )
        .waitFor()
      await checkA11y(page, 'actieagenda met de waarschuwing')
      await field('Actie').fill('Visiedocument opstellen')
      await page.waitForFunction(
        (id) => document.getElementById(id)?.textContent?.trim() === '',
        await status.getAttribute('id'),
      )

      // "Wanneer?" once, with a date that is secondary: behind a button, typed the Dutch way.
      await field('Wanneer?').fill('voor de zomer')
      const toggle = row.getByRole('button', { name: 'Datum kiezen (optioneel)' })
      assert.equal(await toggle.getAttribute('aria-expanded'), 'false')
      assert.equal(await row.getByLabel('Datum (optioneel)').isVisible(), false)
      await toggle.click()
      assert.equal(await toggle.getAttribute('aria-expanded'), 'true')
      const date = row.getByLabel('Datum (optioneel)')
      await page.waitForFunction(() => document.activeElement?.id?.endsWith('-date'))
      await page.keyboard.type('31-2-2027')
      await page.keyboard.press('Tab')
      await row
        .getByText('Deze datum bestaat niet. Controleer de dag, de maand en het jaar.')
        .waitFor()
      assert.equal(await date.getAttribute('aria-invalid'), 'true')
      await checkA11y(page, 'actieagenda met een datum die niet bestaat')
      await date.fill('5-3-2027')
      await date.blur()
      assert.equal(await date.inputValue(), '05-03-2027')
      assert.equal(await date.getAttribute('aria-invalid'), null)
      await waitSaved(page)

      // After a reload the date is shown as dd-mm-jjjj; stored as a date, the print and the
      // pdf say it in words.
      await page.reload()
      await rowsOfPart(page, 'A').first().waitFor()
      assert.equal(
        await rowsOfPart(page, 'A').first().getByLabel('Datum (optioneel)').inputValue(),
        '05-03-2027',
      )
      await page.emulateMedia({ media: 'print' })
      await page.getByRole('cell', { name: 'voor de zomer · 5 maart 2027' }).waitFor()
      await page.emulateMedia({ media: 'screen' })
      await checkA11y(page, 'actieagenda met een datum')
    },
  },
  {
    name: 'pdf binnen handbereik: naast de kop van takenlijst, overzicht en actieagenda, in het eerste scherm',
    viewport: { width: 1366, height: 768 },
    async run({ page, baseUrl }) {
      const scanUrl = await createScan(page, baseUrl, { title: 'Pdf bovenaan' })
      for (const [path, heading] of [
        ['', /Pdf bovenaan/],
        ['/overzicht', 'Alle antwoorden'],
        ['/actieagenda', 'Actieagenda'],
      ]) {
        await page.goto(scanUrl + path)
        await page.getByRole('heading', { level: 1, name: heading }).waitFor()
        const button = page
          .getByRole('button', { name: 'Pdf downloaden (Quick Scan en actieagenda)' })
          .first()
        const box = await button.boundingBox()
        assert.ok(
          box && box.y + box.height <= 768,
          `pdf-knop buiten het eerste scherm op ${path || 'takenlijst'}`,
        )
        const [download] = await Promise.all([page.waitForEvent('download'), button.click()])
        assert.match(download.suggestedFilename(), /^quickscan-eigen-kracht-pdf-bovenaan-/)
      }
    },
  },
]
