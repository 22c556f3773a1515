import assert from 'node:assert/strict'
import { createScan } from './helpers.mjs'

/** Relative luminance (WCAG) of a computed CSS colour "rgb(r, g, b)". */
function luminance(css) {
  const [r, g, b] = css
    .match(/\d+(\.\d+)?/g)
    .slice(0, 3)
    .map((v) => {
      const c = Number(v) / 255
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
    })
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** @param {import('playwright-core').Page} page */
const colours = (page) =>
  page.evaluate(() => {
    const body = getComputedStyle(document.body)
    return { background: body.backgroundColor, text: body.color }
  })

export const tests = [
  {
    name: 'donker kleurenschema: elke soort pagina donker en zonder axe-fouten; afdrukken blijft licht',
    async run({ page, baseUrl, checkA11y }) {
      await page.emulateMedia({ colorScheme: 'dark' })
      const scanUrl = await createScan(page, baseUrl, { title: 'Donker' })
      await page.goto(`${scanUrl}/vraag/5`)
      await page.getByLabel('Antwoord', { exact: true }).fill('Via de adviesraad sociaal domein.')
      await page.getByRole('radio', { name: /^Label 3/ }).check()
      await page.getByRole('checkbox', { name: /^Hier wil ik later op terugkomen/ }).check()

      const { background, text } = await colours(page)
      assert.ok(luminance(background) < 0.05, `achtergrond is niet donker: ${background}`)
      assert.ok(luminance(text) > 0.7, `tekst is niet licht: ${text}`)

      /** @type {[string, string][]} */
      const pages = [
        ['start', baseUrl + '#/'],
        ['nieuw', baseUrl + '#/nieuw'],
        ['takenlijst', scanUrl],
        ['vraag met inspiratie', `${scanUrl}/vraag/5?inspiratie=1`],
        ['overzicht', `${scanUrl}/overzicht`],
        ['actieagenda', `${scanUrl}/actieagenda`],
        ['presenteren', `${scanUrl}/presenteren`],
        ['consensus', `${scanUrl}/consensus`],
        ['inspiratie 1 (figuur)', baseUrl + '#/inspiratie/1'],
        ['inspiratie 5 (figuur)', baseUrl + '#/inspiratie/5'],
        ['over', baseUrl + '#/over'],
        ['privacy', baseUrl + '#/privacy'],
      ]
      for (const [label, url] of pages) {
        await page.goto(url)
        await page.getByRole('heading', { level: 1 }).first().waitFor()
        if (label.includes('figuur')) await page.locator('figure.rt-figure svg').first().waitFor()
        await checkA11y(page, `${label} (donker)`)
      }

      // On paper the page is light again: dark text, whatever the screen's scheme.
      await page.goto(`${scanUrl}/actieagenda`)
      await page.getByRole('heading', { level: 1, name: 'Actieagenda' }).waitFor()
      await page.emulateMedia({ colorScheme: 'dark', media: 'print' })
      const printed = await colours(page)
      assert.ok(luminance(printed.text) < 0.05, `afdruktekst is niet donker: ${printed.text}`)
    },
  },
]
