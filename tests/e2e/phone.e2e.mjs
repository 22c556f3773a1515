import assert from 'node:assert/strict'
import { createScan } from './helpers.mjs'

/** The pages a phone user reaches, with what each waits for. */
const pages = (scanUrl) => [
  ['#/', 'Reflectietool eigen kracht'],
  [`${scanUrl}`, /Takenlijst/],
  [`${scanUrl}/vraag/1`, /Vraag 1 van 15/],
  [`${scanUrl}/overzicht`, 'Alle antwoorden'],
  [`${scanUrl}/actieagenda`, 'Actieagenda'],
  [`${scanUrl}/consensus`, 'Tellingen uit de groepssessie'],
  [`${scanUrl}/gegevens`, 'Gegevens van de Quick Scan'],
  ['#/inspiratie/5', /Inspiratie/],
  ['#/over', 'Over deze tool'],
]

export const tests = [
  {
    name: 'telefoon (320 px): menu op één regel, geen horizontaal scrollen, figuren als tekst',
    viewport: { width: 320, height: 640 },
    async run({ page, baseUrl, checkA11y }) {
      const scanUrl = await createScan(page, baseUrl, { title: 'Telefoon' })
      for (const [url, heading] of pages(scanUrl)) {
        await page.goto(url.startsWith('#') ? baseUrl + url : url)
        await page.getByRole('heading', { level: 1, name: heading }).first().waitFor()
        const { scroll, home, nav, line } = await page.evaluate(() => {
          const box = (sel) => document.querySelector(sel)?.getBoundingClientRect()
          return {
            scroll: document.documentElement.scrollWidth,
            home: box('.rt-header__home')?.height ?? 0,
            nav: box('nav[aria-label="Hoofdmenu"]')?.height ?? 0,
            line: parseFloat(
              getComputedStyle(document.querySelector('.rt-header__home')).lineHeight,
            ),
          }
        })
        assert.ok(scroll <= 320, `${url}: ${scroll} px breed op een scherm van 320 px`)
        // The tool's name on one line, the navigation folded into one button: two lines in all.
        assert.ok(
          home <= line * 1.1,
          `${url}: de naam van de tool beslaat ${home} px (regel ${line})`,
        )
        assert.ok(nav <= 48, `${url}: het menu is ${nav} px hoog`)
      }

      // The menu opens and closes, and its links work.
      await page.goto(baseUrl + '#/')
      const toggle = page.getByRole('button', { name: 'Menu' })
      assert.equal(await toggle.getAttribute('aria-expanded'), 'false')
      assert.equal(
        await page.getByRole('link', { name: 'Inspiratie', exact: true }).isVisible(),
        false,
      )
      await toggle.click()
      assert.equal(await toggle.getAttribute('aria-expanded'), 'true')
      await checkA11y(page, 'startpagina met open menu op 320 px')
      await page.getByRole('link', { name: 'Inspiratie', exact: true }).click()
      await page.getByRole('heading', { level: 1, name: /Inspiratie/ }).waitFor()
      assert.equal(await toggle.getAttribute('aria-expanded'), 'false')

      // A figure's drawing hands over to its text version on a phone.
      await page.goto(baseUrl + '#/inspiratie/5')
      await page
        .getByText('Op een smal scherm is de tekening te klein om te lezen.')
        .first()
        .waitFor()
      assert.equal(await page.locator('.rt-figure__svg').first().isVisible(), false)
      assert.ok(await page.getByText('Tekstversie van de figuur').first().isVisible())
      await page.screenshot({ path: 'test-results/telefoon-320-inspiratie.png', fullPage: true })
    },
  },
  {
    name: '400 % zoom (320 × 256): geen horizontaal scrollen op elke pagina, het menu bereikbaar',
    viewport: { width: 320, height: 256 },
    async run({ page, baseUrl }) {
      const scanUrl = await createScan(page, baseUrl, { title: 'Zoom' })
      for (const [url, heading] of [
        ...pages(scanUrl),
        ['#/privacy', /Uw antwoorden blijven/],
        ['#/toegankelijkheid', 'Toegankelijkheid'],
        ['#/vergelijken', 'Quick Scans vergelijken'],
        ['#/nieuw', 'Nieuwe Quick Scan'],
        // A participant's ballot and slip (voting with answer slips), at 400 % on a phone.
        ['#/stem/K7QX?vragen=1-15', 'Stembriefje'],
        ['#/stem/K7QX?vragen=1-15&briefje=1', /Uw stembriefje/],
      ]) {
        await page.goto(url.startsWith('#') ? baseUrl + url : url)
        await page.getByRole('heading', { level: 1, name: heading }).first().waitFor()
        const wide = await page.evaluate(() => {
          const max = document.documentElement.clientWidth
          // Elements that stick out on the right (content lost or two-way scrolling).
          return [...document.querySelectorAll('main *')]
            .filter((el) => el.getBoundingClientRect().right > max + 1)
            .filter((el) => !el.closest('.rt-table-scroll, [role="region"][tabindex="0"]'))
            .slice(0, 3)
            .map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
        })
        const scroll = await page.evaluate(() => document.documentElement.scrollWidth)
        assert.ok(scroll <= 320, `${url}: ${scroll} px breed bij 320 px`)
        assert.deepEqual(wide, [], `${url}: steekt rechts uit`)
      }
      await page.goto(baseUrl + '#/')
      await page.getByRole('button', { name: 'Menu' }).click()
      await page
        .getByRole('navigation', { name: 'Hoofdmenu' })
        .getByRole('link', { name: 'Over deze tool' })
        .click()
      await page.getByRole('heading', { level: 1, name: 'Over deze tool' }).waitFor()
    },
  },
  {
    name: 'breed scherm: het menu staat als links in de kop, zonder knop',
    viewport: { width: 1366, height: 768 },
    async run({ page, baseUrl }) {
      await page.goto(baseUrl + '#/')
      await page.getByRole('link', { name: 'Inspiratie', exact: true }).waitFor()
      assert.equal(await page.getByRole('button', { name: 'Menu' }).isVisible(), false)
    },
  },
]
