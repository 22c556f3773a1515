import assert from 'node:assert/strict'

const XSS = '<img src=x onerror=alert(1)>'
const UNICODE = 'Şükrü Łukasz ë ’'

async function createScan(page, baseUrl, { title, municipality } = {}) {
  await page.goto(baseUrl + '#/')
  await page.getByRole('link', { name: 'Nieuwe Quick Scan starten' }).click()
  await page.getByRole('heading', { level: 1, name: 'Nieuwe Quick Scan' }).waitFor()
  if (municipality) await page.getByLabel('Gemeente (optioneel)').fill(municipality)
  if (title) await page.getByLabel('Titel').fill(title)
  await page.getByRole('button', { name: 'Quick Scan starten' }).click()
  await page.getByText('0 van 15 vragen ingevuld').waitFor()
  return page.url().replace(/\/$/, '')
}

async function answer(page, scanUrl, n, text, label) {
  await page.goto(`${scanUrl}/vraag/${n}`)
  await page.getByRole('heading', { level: 1, name: new RegExp(`Vraag ${n} van 15`) }).waitFor()
  if (text !== null) await page.getByLabel('Antwoord').fill(text)
  if (label !== null) await page.getByRole('radio', { name: new RegExp(`^Label ${label}`) }).check()
  await page.getByLabel('Antwoord').blur()
  await page.getByText(/^Opgeslagen in deze browser om \d\d:\d\d$/).waitFor()
}

const statusOf = (page, n) =>
  page
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: new RegExp(`^${n}\\. `) }) })
    .locator('.rt-tag')
    .innerText()

const draftItems = (page) =>
  page.getByRole('region', { name: 'Uw concepten' }).getByRole('listitem')

export const tests = [
  {
    name: 'quick scan: maken, drie vragen beantwoorden, herladen, alles terug als tekst',
    async run({ page, baseUrl, checkA11y }) {
      await page.goto(baseUrl + '#/')
      await page.getByRole('heading', { level: 1, name: 'Reflectietool eigen kracht' }).waitFor()
      for (const h of ['Voor wie?', 'Doel', 'De tool bestaat uit', 'De vier labels']) {
        await page.getByRole('heading', { level: 2, name: h }).waitFor()
      }
      await page.getByText('U heeft nog geen concepten').waitFor()
      await checkA11y(page, 'startpagina zonder concepten')

      await page.getByRole('link', { name: 'Nieuwe Quick Scan starten' }).click()
      const title = page.getByLabel('Titel')
      assert.match(await title.inputValue(), /^Quick Scan \d{1,2} [a-z]+ \d{4}$/)
      await page.getByLabel('We vullen hem in met een groep').check()
      await page.getByRole('button', { name: 'Deelnemer toevoegen' }).click()
      await page.getByLabel('Naam deelnemer 1').fill('Fatma')
      await page.getByLabel('Rol deelnemer 1').fill('beleidsadviseur jeugd')
      await checkA11y(page, 'nieuwe quick scan')
      await title.fill('')
      await page.getByRole('button', { name: 'Quick Scan starten' }).click()
      await page.getByRole('heading', { name: 'Er is een probleem' }).waitFor()
      await checkA11y(page, 'formulier met foutmelding')
      await page.getByRole('link', { name: /Vul een titel in/ }).click()
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'scan-title')
      await title.fill('Quick Scan Zeist')
      await page.getByLabel('Gemeente (optioneel)').fill('Zeist')
      await page.getByRole('button', { name: 'Quick Scan starten' }).click()
      await page.getByText('0 van 15 vragen ingevuld').waitFor()
      const scanUrl = page.url().replace(/\/$/, '')
      await page.getByText('Deelnemers: Fatma (beleidsadviseur jeugd)').waitFor()
      for (const h of [
        'A. Naar een gezamenlijke visie op eigen kracht',
        'B. Van visie naar uitvoering',
        'C. Zicht op resultaten',
      ]) {
        await page.getByRole('heading', { level: 2, name: h }).waitFor()
      }
      await checkA11y(page, 'takenlijst')

      await page.getByRole('link', { name: /^1\. Wat verstaan we/ }).click()
      await page.waitForFunction(() => document.title.startsWith('Vraag 1 van 15'))
      assert.match(await page.title(), /^Vraag 1 van 15 – A\. Naar een gezamenlijke visie/)
      await page
        .getByLabel('Antwoord')
        .fill('Regie over het eigen leven, met hulp van het netwerk.')
      await page.getByText('Bezig met opslaan…').waitFor()
      await page
        .getByRole('radio', {
          name: /^Label 2 Dit is wat ik vind, maar dat is nog een discussiepunt/,
        })
        .check()
      await page.getByText(/^Opgeslagen in deze browser om \d\d:\d\d$/).waitFor()
      await checkA11y(page, 'vraag 1')
      await page.getByRole('link', { name: 'Volgende vraag' }).click()
      await page.getByRole('heading', { level: 1, name: /Vraag 2 van 15/ }).waitFor()

      await answer(page, scanUrl, 2, XSS, 4)
      await answer(page, scanUrl, 3, UNICODE, 1)
      await answer(page, scanUrl, 5, null, 3)

      await page.reload()
      await page.getByLabel('Antwoord').waitFor()
      assert.equal(await page.getByLabel('Antwoord').inputValue(), '')
      assert.equal(await page.getByRole('radio', { name: /^Label 3/ }).isChecked(), true)
      await page.goto(`${scanUrl}/vraag/2`)
      await page.getByRole('heading', { level: 1, name: /Vraag 2 van 15/ }).waitFor()
      assert.equal(await page.getByLabel('Antwoord').inputValue(), XSS)
      assert.equal(await page.getByRole('radio', { name: /^Label 4/ }).isChecked(), true)
      await page.goto(`${scanUrl}/vraag/3`)
      await page.getByRole('heading', { level: 1, name: /Vraag 3 van 15/ }).waitFor()
      assert.equal(await page.getByLabel('Antwoord').inputValue(), UNICODE)

      await page.goto(scanUrl)
      await page.getByText('3 van 15 vragen ingevuld').waitFor()
      assert.equal(await statusOf(page, 1), 'Ingevuld')
      assert.equal(await statusOf(page, 2), 'Ingevuld')
      assert.equal(await statusOf(page, 3), 'Ingevuld')
      assert.equal(await statusOf(page, 4), 'Niet begonnen')
      assert.equal(await statusOf(page, 5), 'Bezig')

      await page.getByRole('link', { name: 'Overzicht van alle antwoorden' }).click()
      await page.getByRole('heading', { level: 1, name: 'Overzicht' }).waitFor()
      const main = page.getByRole('main')
      await main.getByText(XSS, { exact: true }).waitFor()
      await main.getByText(UNICODE, { exact: true }).waitFor()
      assert.equal(await main.locator('img').count(), 0)
      // Questions 4 and 6-15 have nothing, question 5 only a label: 12 without an answer text.
      assert.equal(await page.getByText('Niet ingevuld', { exact: true }).count(), 12)
      await page.getByRole('link', { name: 'Wijzig antwoord op vraag 3' }).waitFor()
      await checkA11y(page, 'overzicht')
      await page.getByRole('link', { name: 'Wijzig antwoord op vraag 3' }).click()
      await page.getByRole('heading', { level: 1, name: /Vraag 3 van 15/ }).waitFor()
    },
  },
  {
    name: 'concepten: naam wijzigen, kopiëren, verwijderen en ongedaan maken',
    async run({ page, baseUrl, checkA11y }) {
      const scanUrl = await createScan(page, baseUrl, {
        title: 'Scan Utrecht',
        municipality: 'Utrecht',
      })
      await answer(page, scanUrl, 1, 'Ons antwoord', 1)
      await page.getByRole('link', { name: 'Quick Scans' }).click()
      await draftItems(page).first().waitFor()
      assert.equal(await draftItems(page).count(), 1)
      await draftItems(page).getByText('1 van 15 vragen ingevuld').waitFor()

      await page.getByRole('button', { name: 'Naam wijzigen: Scan Utrecht' }).click()
      const rename = page.getByLabel('Nieuwe naam voor Scan Utrecht')
      await rename.fill('Scan Utrecht 2026')
      await page.getByRole('button', { name: 'Opslaan' }).click()
      await page.getByRole('link', { name: 'Scan Utrecht 2026' }).waitFor()
      await checkA11y(page, 'startpagina met concept')

      await page.getByRole('button', { name: 'Kopiëren: Scan Utrecht 2026' }).click()
      await page.getByRole('link', { name: 'Scan Utrecht 2026 (kopie)' }).waitFor()
      assert.equal(await draftItems(page).count(), 2)
      const copy = draftItems(page).filter({
        has: page.getByRole('link', { name: 'Scan Utrecht 2026 (kopie)' }),
      })
      await copy.getByText('1 van 15 vragen ingevuld').waitFor()

      await page.getByRole('button', { name: 'Verwijderen: Scan Utrecht 2026 (kopie)' }).click()
      await page.getByText('“Scan Utrecht 2026 (kopie)” is verwijderd.').waitFor()
      assert.equal(await draftItems(page).count(), 1)
      await page.getByRole('button', { name: 'Ongedaan maken' }).click()
      await page.getByRole('link', { name: 'Scan Utrecht 2026 (kopie)' }).waitFor()
      assert.equal(await draftItems(page).count(), 2)
      await page.getByRole('button', { name: 'Verwijderen: Scan Utrecht 2026 (kopie)' }).click()
      await page.getByText('is verwijderd.').waitFor()
      await page.reload()
      await page.getByRole('link', { name: 'Scan Utrecht 2026' }).waitFor()
      assert.equal(await draftItems(page).count(), 1)
      await checkA11y(page, 'startpagina na verwijderen')
    },
  },
  {
    name: 'toetsenbord: van de takenlijst naar een antwoord en een label',
    async run({ page, baseUrl }) {
      const scanUrl = await createScan(page, baseUrl, { title: 'Toetsenbord' })
      await page.goto(`${scanUrl}/vraag/4`)
      const h1 = page.getByRole('heading', { level: 1, name: /Vraag 4 van 15/ })
      await h1.waitFor()
      // From the heading: the inspiration toggle, then the answer field.
      await h1.focus()
      await page.keyboard.press('Tab')
      await page.keyboard.press('Tab')
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'answer-4')
      await page.keyboard.type('Met het toetsenbord')
      await page.keyboard.press('Tab')
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'label-4-1')
      await page.keyboard.press('Space')
      await page.keyboard.press('ArrowDown')
      await page.keyboard.press('ArrowDown')
      assert.equal(await page.getByRole('radio', { name: /^Label 3/ }).isChecked(), true)
      await page.getByText(/^Opgeslagen in deze browser/).waitFor()
      await page.reload()
      await page.getByLabel('Antwoord').waitFor()
      assert.equal(await page.getByLabel('Antwoord').inputValue(), 'Met het toetsenbord')
      assert.equal(await page.getByRole('radio', { name: /^Label 3/ }).isChecked(), true)
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
      await page.getByRole('heading', { level: 1, name: 'Overzicht' }).waitFor()
      await noScroll('overzicht')
      await page.goto(baseUrl + '#/')
      await page.getByRole('heading', { level: 1, name: 'Reflectietool eigen kracht' }).waitFor()
      await noScroll('start')
      await checkA11y(page, 'start op 320 px')
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
      assert.equal(await statusOf(page, 1), 'Bezig')
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
]
