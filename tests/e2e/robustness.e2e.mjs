import assert from 'node:assert/strict'
import { answerQuestion as answer, createScan } from './helpers.mjs'

export const tests = [
  {
    name: 'formulier: foutmelding bovenaan, gekoppeld aan het veld, en dan toch starten',
    async run({ page, baseUrl, checkA11y }) {
      await page.goto(baseUrl + '#/nieuw')
      const title = page.getByLabel('Titel')
      await title.fill('')
      await page.getByRole('button', { name: 'Quick Scan starten' }).click()
      await page.getByRole('heading', { name: 'Er is een probleem' }).waitFor()
      await checkA11y(page, 'formulier met foutmelding')
      assert.match((await title.getAttribute('aria-describedby')) ?? '', /scan-title-error/)
      await page.getByRole('link', { name: /Vul een titel in/ }).click()
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'scan-title')
      await page.keyboard.type('Quick Scan Zeist')
      await page.keyboard.press('Enter')
      await page.getByText('0 van 15 vragen ingevuld').waitFor()
      // The new page's heading has focus, so a screen reader starts there.
      assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1')
    },
  },
  {
    name: 'telefoon en 400% zoom: geen horizontaal scrollen',
    viewport: { width: 320, height: 640 },
    async run({ page, baseUrl, checkA11y }) {
      const noScroll = async (label) => {
        const [sw, cw] = await page.evaluate(() => [
          document.documentElement.scrollWidth,
          document.documentElement.clientWidth,
        ])
        assert.ok(sw <= cw, `${label}: ${sw}px breed bij ${cw}px venster`)
      }
      const scanUrl = await createScan(page, baseUrl, {
        title: 'Een heel lange titel voor een Quick Scan die op een smal scherm moet afbreken',
        municipality: 'Súdwest-Fryslân',
      })
      await noScroll('takenlijst')
      await answer(
        page,
        scanUrl,
        13,
        'Eenheellangwoordzonderspatieseenheellangwoordzonderspaties',
        2,
      )
      await noScroll('vraag 13')
      await page.goto(`${scanUrl}/overzicht`)
      await page.getByRole('heading', { level: 1, name: 'Alle antwoorden' }).waitFor()
      await noScroll('overzicht')
      await page.goto(baseUrl + '#/')
      await page.getByRole('heading', { level: 1, name: 'Reflectietool eigen kracht' }).waitFor()
      await noScroll('start')
      for (const path of ['#/over', '#/inspiratie/8', '#/inspiratie/1', '#/inspiratie/5']) {
        await page.goto(baseUrl + path)
        await page.getByRole('heading', { level: 1 }).waitFor()
        if (path !== '#/over' && path !== '#/inspiratie/8') {
          // At 320 px the drawing hands over to its text version.
          await page.locator('figure.rt-figure .rt-figure__narrow').first().waitFor()
        }
        await noScroll(path)
      }
      await checkA11y(page, 'start op 320 px')
    },
  },
  {
    name: 'beamer (1920 px): grotere letters, figuren over de hele breedte, geen horizontaal scrollen',
    viewport: { width: 1920, height: 1080 },
    async run({ page, baseUrl }) {
      const scanUrl = await createScan(page, baseUrl, { title: 'Beamer' })
      const rootSize = await page.evaluate(() =>
        parseFloat(getComputedStyle(document.documentElement).fontSize),
      )
      assert.equal(rootSize, 20, 'de basisletter is op 1920 px 125% (20 px)')
      const fits = async (label) => {
        const [sw, cw] = await page.evaluate(() => [
          document.documentElement.scrollWidth,
          document.documentElement.clientWidth,
        ])
        assert.ok(sw <= cw, `${label}: ${sw}px breed bij ${cw}px venster`)
      }
      for (const path of ['', '/vraag/5', '/presenteren', '/consensus', '/actieagenda']) {
        await page.goto(scanUrl + path)
        await page.getByRole('heading', { level: 1 }).first().waitFor()
        await fits(path || 'takenlijst')
      }
      for (const n of [1, 5]) {
        await page.goto(`${baseUrl}#/inspiratie/${n}`)
        const svg = page.locator('figure.rt-figure svg')
        await svg.waitFor()
        await fits(`inspiratie ${n}`)
        const { figure, text } = await page.evaluate(() => ({
          figure: document.querySelector('figure.rt-figure svg').getBoundingClientRect().width,
          text: document.querySelector('.rt-prose p').getBoundingClientRect().width,
        }))
        assert.ok(figure >= 1200, `figuur bij vraag ${n} is ${figure}px breed`)
        assert.ok(text <= 900, `tekstkolom bij vraag ${n} is ${text}px breed`)
      }
    },
  },
  {
    name: 'geen IndexedDB: de tool werkt in het geheugen en zegt dat niets bewaard blijft',
    async run({ page, context, baseUrl }) {
      await context.addInitScript(() => {
        Object.defineProperty(window, 'indexedDB', { get: () => undefined })
      })
      await page.goto(baseUrl + '#/')
      await page.getByText('Let op: deze browser bewaart niets.').waitFor()
      const scanUrl = await createScan(page, baseUrl, { title: 'Privévenster' })
      await page.goto(`${scanUrl}/vraag/1`)
      await page.getByLabel('Antwoord').fill('tijdelijk')
      await page.getByLabel('Antwoord').blur()
      await page.getByText('Niet opgeslagen: deze browser bewaart niets.').waitFor()
      await page.goto(scanUrl)
      await page.getByText('0 van 15 vragen ingevuld').waitFor()
      await page
        .getByRole('listitem')
        .filter({ has: page.getByRole('link', { name: /^1\. / }) })
        .getByText('Bezig')
        .waitFor()
    },
  },
  {
    name: 'twee tabbladen op één concept houden elkaars antwoorden',
    async run({ page, context, baseUrl }) {
      const scanUrl = await createScan(page, baseUrl, { title: 'Twee tabs' })
      const other = await context.newPage()
      await other.goto(`${scanUrl}/vraag/6`)
      await page.goto(`${scanUrl}/vraag/6`)
      await other.getByLabel('Antwoord').fill('tekst uit tab 2')
      await page.getByRole('radio', { name: /^Label 1/ }).check()
      await other.getByLabel('Antwoord').blur()
      await other.getByText(/^Opgeslagen in deze browser/).waitFor()
      await page.getByText(/^Opgeslagen in deze browser/).waitFor()
      // The first tab follows the other tab's text (its field is not being edited).
      await page.waitForFunction(
        () => document.querySelector('#answer-6')?.value === 'tekst uit tab 2',
      )
      await page.reload()
      await page.getByLabel('Antwoord').waitFor()
      assert.equal(await page.getByLabel('Antwoord').inputValue(), 'tekst uit tab 2')
      assert.equal(await page.getByRole('radio', { name: /^Label 1/ }).isChecked(), true)
      await other.close()
    },
  },
  {
    name: 'gemeentethema: één CSS-bestand verandert de kleuren',
    async run({ page, baseUrl }) {
      await page.route('**/gemeente-thema.css', (route) =>
        route.fulfill({
          contentType: 'text/css',
          body: ':root { --rt-color-accent: rgb(200, 16, 46); }',
        }),
      )
      await page.goto(baseUrl + '#/')
      await page.getByRole('heading', { level: 1, name: 'Reflectietool eigen kracht' }).waitFor()
      const header = await page
        .locator('header')
        .evaluate((el) => getComputedStyle(el).backgroundColor)
      assert.equal(header, 'rgb(200, 16, 46)')
    },
  },
  {
    name: 'axe op de overige pagina’s: gegevens, privacy, niet gevonden',
    async run({ page, baseUrl, checkA11y }) {
      const scanUrl = await createScan(page, baseUrl, { title: 'Gegevens', municipality: 'Ede' })
      await page.goto(`${scanUrl}/gegevens`)
      await page.getByRole('heading', { level: 1, name: 'Gegevens van de Quick Scan' }).waitFor()
      await checkA11y(page, 'gegevens wijzigen')
      await page.getByLabel('Gemeente (optioneel)').fill('Ede en Wageningen')
      await page.getByRole('button', { name: 'Gegevens opslaan' }).click()
      await page.getByText('Gemeente Ede en Wageningen').first().waitFor()
      await page.goto(baseUrl + '#/privacy')
      await page
        .getByRole('heading', { level: 1, name: 'Uw antwoorden blijven in deze browser' })
        .waitFor()
      await checkA11y(page, 'privacy')
      await page.goto(baseUrl + '#/bestaat-niet')
      await page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }).waitFor()
      await checkA11y(page, 'niet gevonden')
      await page.goto(`${scanUrl}/vraag/16`)
      await page.getByRole('heading', { level: 1, name: 'Vraag niet gevonden' }).waitFor()
      await page.goto(baseUrl + '#/scan/onbekend')
      await page.getByRole('heading', { level: 1, name: 'Quick Scan niet gevonden' }).waitFor()
      await checkA11y(page, 'scan niet gevonden')
    },
  },
]
