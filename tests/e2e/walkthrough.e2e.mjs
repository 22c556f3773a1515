// Walkthroughs of the Quick Scan as a user sees it: by role and Dutch accessible name.
import assert from 'node:assert/strict'
import { createScan } from './helpers.mjs'

const XSS = '<img src=x onerror=alert(1)>'
const UNICODE = 'Şükrü Łukasz ë ’'
const ANSWER_1 = 'Regie over het eigen leven, met hulp van het eigen netwerk.'
const Q1 = '1. Wat verstaan we binnen onze gemeente onder het begrip ‘eigen kracht’?'
const PARTS = [
  'A. Naar een gezamenlijke visie op eigen kracht',
  'B. Van visie naar uitvoering',
  'C. Zicht op resultaten',
]
/** The four labels, verbatim from the source. */
const SHORT = [
  'Afgesproken',
  'Nog een discussiepunt',
  'Weet niet hoe anderen denken',
  'Niet eerder over nagedacht',
]
const LABELS = [
  'Dit hebben we zo afgesproken binnen de gemeente, hierover zijn we het eens.',
  'Dit is wat ik vind, maar dat is nog een discussiepunt binnen de gemeente.',
  'Dit is wat ik vind, maar ik weet niet hoe anderen binnen mijn gemeente hierover denken.',
  'Ik heb hier niet eerder over nagedacht, hierover is voor zover ik weet geen discussie binnen de gemeente.',
]
const SAVED = /^Opgeslagen in deze browser om \d\d:\d\d$/

/** @param {string} s */
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** A radio of the label group: its name is "Label n" followed by the verbatim label text. */
const labelRadio = (page, n) =>
  page
    .getByRole('group', { name: 'Label' })
    .getByRole('radio', { name: new RegExp(`^Label ${n}\\b`) })

/** Polls an async assertion until it holds (or rethrows its last failure). */
async function until(check, timeout = 5000) {
  const end = Date.now() + timeout
  for (;;) {
    try {
      return await check()
    } catch (e) {
      if (Date.now() > end) throw e
      await new Promise((r) => setTimeout(r, 50))
    }
  }
}

/** Records the save messages of the page's status regions, to see "busy" and then "saved". */
async function trackSaves(page) {
  await page.evaluate(() => {
    if (window.__saves) return
    window.__saves = []
    const record = () => {
      for (const el of document.querySelectorAll('#save-status')) {
        const text = el.textContent.trim()
        if (!/^(Bezig met opslaan…|Opgeslagen in deze browser om)/.test(text)) continue
        if (window.__saves.at(-1) !== text) window.__saves.push(text)
      }
    }
    new MutationObserver(record).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
    })
  })
  await page.evaluate(() => (window.__saves.length = 0))
}

/** Waits until the status went through "Bezig met opslaan…" and now says "Opgeslagen …". */
async function waitForSaved(page, timeout = 5000) {
  await page.waitForFunction(
    () => {
      const log = window.__saves
      const busy = log.lastIndexOf('Bezig met opslaan…')
      return busy >= 0 && busy < log.length - 1 && log.at(-1).startsWith('Opgeslagen in deze')
    },
    null,
    { timeout },
  )
  const status = page.locator('#save-status').filter({ hasText: 'Opgeslagen in deze browser' })
  assert.match((await status.innerText()).trim(), SAVED)
  await page.evaluate(() => (window.__saves.length = 0))
}

async function openQuestion(page, scanUrl, n) {
  await page.goto(`${scanUrl}/vraag/${n}`)
  await page.getByRole('heading', { level: 1, name: new RegExp(`Vraag ${n} van 15`) }).waitFor()
  await trackSaves(page)
}

/** Answers the open question page; text or label may be null. Waits until it is saved. */
async function answer(page, text, label) {
  await trackSaves(page)
  if (text !== null) await page.getByLabel('Antwoord', { exact: true }).fill(text)
  if (label !== null) await labelRadio(page, label).check()
  await page.getByLabel('Antwoord', { exact: true }).blur()
  await waitForSaved(page)
}

/** The status text ("Niet begonnen", "Bezig", "Ingevuld") of question n on the task list. */
async function statusOf(page, n) {
  const item = page
    .getByRole('main')
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: new RegExp(`^${n}\\. `) }) })
  const text = (await item.innerText()).trim()
  const found = text.match(/(Niet begonnen|Bezig|Ingevuld)$/)
  assert.ok(found, `geen status bij vraag ${n}: ${JSON.stringify(text)}`)
  return found[1]
}

const drafts = (page) => page.getByRole('region', { name: 'Uw Quick Scans' }).getByRole('listitem')

async function noHorizontalScroll(page, label) {
  const [scrollWidth, clientWidth] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ])
  assert.ok(
    scrollWidth <= clientWidth,
    `${label}: horizontaal scrollen (${scrollWidth}px inhoud, ${clientWidth}px venster)`,
  )
}

const todayInDutch = () =>
  new Intl.DateTimeFormat('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date())

export const tests = [
  {
    name: 'nieuwe gebruiker: scan maken, drie vragen beantwoorden, herladen, overzicht als tekst',
    async run({ page, baseUrl, checkA11y }) {
      const dialogs = []
      page.on('dialog', (d) => {
        dialogs.push(`${d.type()}: ${d.message()}`)
        d.dismiss().catch(() => {})
      })

      // Start page.
      await page.goto(baseUrl + '#/')
      await page.getByRole('heading', { level: 1, name: 'Reflectietool eigen kracht' }).waitFor()
      // "Voor wie?", "Doel" and "De tool bestaat uit" are on "Over deze tool" (start.e2e.mjs).
      await page
        .getByRole('region', { name: 'De vier labels' })
        .getByRole('heading', { level: 2, name: 'De vier labels' })
        .waitFor()
      await page
        .getByRole('region', { name: 'Uw Quick Scans' })
        .getByText('U heeft nog geen concepten')
        .waitFor()
      await checkA11y(page, 'startpagina zonder concepten')

      // New scan form.
      await page.getByRole('link', { name: 'Nieuwe Quick Scan starten' }).click()
      await page.getByRole('heading', { level: 1, name: 'Nieuwe Quick Scan' }).waitFor()
      assert.match(page.url(), /#\/nieuw$/)
      const title = page.getByRole('textbox', { name: 'Titel', exact: true })
      assert.equal(await title.inputValue(), `Quick Scan ${todayInDutch()}`)
      const mode = page.getByRole('group', { name: 'Wie vult de Quick Scan in?' })
      assert.equal(
        await mode.getByRole('radio', { name: 'Ik vul hem alleen in' }).isChecked(),
        true,
      )
      assert.equal(await page.getByRole('button', { name: 'Deelnemer toevoegen' }).count(), 0)
      await mode.getByRole('radio', { name: 'We vullen hem in met een groep' }).check()
      await page.getByRole('button', { name: 'Deelnemer toevoegen' }).click()
      await page.getByRole('textbox', { name: 'Naam deelnemer 1' }).fill('Fatma')
      await page.getByRole('textbox', { name: 'Rol deelnemer 1' }).fill('beleidsadviseur jeugd')
      await page.getByRole('textbox', { name: 'Gemeente (optioneel)' }).fill('Zeist')
      const date = page.getByLabel('Datum', { exact: true })
      // Today, the Dutch way, whatever language the browser has.
      assert.match(await date.inputValue(), /^\d\d-\d\d-\d{4}$/)
      await checkA11y(page, 'formulier nieuwe Quick Scan (groep, één deelnemer)')
      await title.fill('Quick Scan Zeist')
      await page.getByRole('button', { name: 'Quick Scan starten' }).click()

      // Task list.
      await page.getByRole('heading', { level: 1, name: 'Quick Scan Zeist' }).waitFor()
      await page.getByText('0 van 15 vragen ingevuld').waitFor()
      const scanUrl = page.url()
      assert.match(scanUrl, /#\/scan\/[^/]+$/)
      for (const name of PARTS) await page.getByRole('heading', { level: 2, name }).waitFor()
      await page.getByRole('link', { name: Q1, exact: true }).waitFor()
      assert.equal(await statusOf(page, 1), 'Niet begonnen')
      await page.getByRole('link', { name: 'Alle antwoorden', exact: true }).waitFor()
      await page.getByRole('link', { name: 'Tellingen uit de groepssessie' }).waitFor()
      // "Zeist" is in the title already: no separate "Gemeente Zeist" next to it.
      assert.equal(await page.getByRole('main').getByText('Gemeente Zeist').count(), 0)
      await checkA11y(page, 'takenlijst')

      // Question 1: text and label 2, by clicking through from the task list.
      await page.getByRole('link', { name: Q1, exact: true }).click()
      const h1 = page.getByRole('heading', { level: 1 })
      await page.getByRole('heading', { level: 1, name: /Vraag 1 van 15/ }).waitFor()
      assert.ok((await h1.innerText()).includes(Q1.slice(3)), 'h1 bevat de vraagtekst')
      assert.match(await page.title(), /^Vraag 1 van 15/)
      for (let n = 1; n <= 4; n++) {
        const name = new RegExp(`^Label ${n} · ${SHORT[n - 1]}\\W+${escape(LABELS[n - 1])}$`)
        const radio = page.getByRole('group', { name: 'Label' }).getByRole('radio', { name })
        assert.equal(await radio.count(), 1, `radio met naam ${name}`)
      }
      await page.getByRole('link', { name: 'Terug naar de takenlijst' }).waitFor()
      assert.equal(await page.getByRole('link', { name: 'Vorige vraag' }).count(), 0)
      await trackSaves(page)
      await answer(page, ANSWER_1, 2)
      await checkA11y(page, 'vraag 1 (ingevuld)')

      // Questions 2 and 3 through "Volgende vraag"; "Vorige vraag" goes back.
      await page.getByRole('link', { name: 'Volgende vraag' }).click()
      await page.getByRole('heading', { level: 1, name: /Vraag 2 van 15/ }).waitFor()
      await answer(page, XSS, 4)
      await page.getByRole('link', { name: 'Volgende vraag' }).click()
      await page.getByRole('heading', { level: 1, name: /Vraag 3 van 15/ }).waitFor()
      await answer(page, UNICODE, 1)
      await page.getByRole('link', { name: 'Vorige vraag' }).click()
      await page.getByRole('heading', { level: 1, name: /Vraag 2 van 15/ }).waitFor()

      // Everything is back after a reload.
      await page.reload()
      await page.getByRole('heading', { level: 1, name: /Vraag 2 van 15/ }).waitFor()
      const field = page.getByLabel('Antwoord', { exact: true })
      await until(async () => assert.equal(await field.inputValue(), XSS))
      assert.equal(await labelRadio(page, 4).isChecked(), true)
      await openQuestion(page, scanUrl, 1)
      await until(async () => assert.equal(await field.inputValue(), ANSWER_1))
      assert.equal(await labelRadio(page, 2).isChecked(), true)
      await openQuestion(page, scanUrl, 3)
      await until(async () => assert.equal(await field.inputValue(), UNICODE))
      assert.equal(await labelRadio(page, 1).isChecked(), true)
      await openQuestion(page, scanUrl, 15)
      await page.getByRole('link', { name: 'Naar het overzicht' }).waitFor()
      assert.equal(await page.getByRole('link', { name: 'Volgende vraag' }).count(), 0)

      // Task list statuses.
      await page.getByRole('link', { name: 'Terug naar de takenlijst' }).click()
      await page.getByText('3 van 15 vragen ingevuld').waitFor()
      for (const n of [1, 2, 3]) assert.equal(await statusOf(page, n), 'Ingevuld', `vraag ${n}`)
      assert.equal(await statusOf(page, 4), 'Niet begonnen')

      // Overview: the answers as literal text, never as HTML.
      await page.getByRole('link', { name: 'Alle antwoorden', exact: true }).click()
      await page.getByRole('heading', { level: 1, name: 'Alle antwoorden' }).waitFor()
      const main = page.getByRole('main')
      await main.getByText(Q1, { exact: true }).waitFor()
      await main.getByText(ANSWER_1, { exact: true }).waitFor()
      await main.getByText(XSS, { exact: true }).waitFor()
      await main.getByText(UNICODE, { exact: true }).waitFor()
      assert.equal(await main.locator('img').count(), 0, 'geen img-element in main')
      // Each label with its number and short name.
      await main.getByText('Label 2 · Nog een discussiepunt', { exact: true }).waitFor()
      await main.getByText('Label 4 · Niet eerder over nagedacht', { exact: true }).waitFor()
      await main.getByText('Label 1 · Afgesproken', { exact: true }).waitFor()
      assert.equal(await main.getByText('Niet ingevuld', { exact: true }).count(), 12)
      assert.equal(await main.getByText('Geen label gekozen', { exact: true }).count(), 12)
      for (let n = 1; n <= 15; n++) {
        const edit = main.getByRole('link', { name: `Wijzigen (vraag ${n})`, exact: true })
        assert.equal(await edit.count(), 1, `link "Wijzigen (vraag ${n})"`)
      }
      // A summary: one control per question, nothing else in the list.
      const controls = await main
        .locator('.rt-summary')
        .locator('a, button, input, select, textarea')
        .count()
      assert.equal(controls, 15, `bedieningselementen in het overzicht: ${controls}`)
      // The pdf is within reach at the top of the page.
      const pdf = await main
        .getByRole('button', { name: /^Pdf downloaden/ })
        .first()
        .boundingBox()
      assert.ok(pdf && pdf.y + pdf.height <= (page.viewportSize()?.height ?? 720), 'pdf bovenaan')
      await checkA11y(page, 'overzicht')

      // Only a label on question 5: "Bezig".
      await main.getByRole('link', { name: 'Wijzigen (vraag 5)', exact: true }).click()
      await page.getByRole('heading', { level: 1, name: /Vraag 5 van 15/ }).waitFor()
      await trackSaves(page)
      await labelRadio(page, 3).check()
      await waitForSaved(page)
      await page.getByRole('link', { name: 'Terug naar de takenlijst' }).click()
      await page.getByText('3 van 15 vragen ingevuld').waitFor()
      assert.equal(await statusOf(page, 5), 'Bezig')

      assert.deepEqual(dialogs, [], 'er ging een dialoogvenster open')
    },
  },
  {
    name: 'concepten beheren: naam wijzigen, kopiëren, verwijderen, ongedaan maken, leeg',
    async run({ page, baseUrl, checkA11y }) {
      const scanUrl = await createScan(page, baseUrl, { title: 'Scan Utrecht' })
      await openQuestion(page, scanUrl, 1)
      await answer(page, 'Ons antwoord', 1)

      await page.goto(baseUrl + '#/')
      const list = page.getByRole('region', { name: 'Uw Quick Scans' }).getByRole('list')
      await list.getByRole('link', { name: 'Scan Utrecht', exact: true }).waitFor()
      assert.equal(await drafts(page).count(), 1)
      await drafts(page).getByText('1 van 15 vragen ingevuld').waitFor()

      // Rename: cancel first, then save.
      await page.getByRole('button', { name: 'Naam wijzigen: Scan Utrecht', exact: true }).click()
      const rename = page.getByRole('textbox', { name: 'Nieuwe naam voor Scan Utrecht' })
      await rename.fill('Iets anders')
      await page.getByRole('button', { name: 'Annuleren', exact: true }).click()
      await rename.waitFor({ state: 'detached' })
      await list.getByRole('link', { name: 'Scan Utrecht', exact: true }).waitFor()
      await page.getByRole('button', { name: 'Naam wijzigen: Scan Utrecht', exact: true }).click()
      await rename.fill('Scan Utrecht 2026')
      await page.getByRole('button', { name: 'Opslaan', exact: true }).click()
      await list.getByRole('link', { name: 'Scan Utrecht 2026', exact: true }).waitFor()
      assert.equal(await drafts(page).count(), 1)

      // Copy: a second draft with the same progress and the same answers.
      await page.getByRole('button', { name: 'Kopiëren: Scan Utrecht 2026', exact: true }).click()
      const copyLink = list.getByRole('link', { name: 'Scan Utrecht 2026 (kopie)', exact: true })
      await copyLink.waitFor()
      assert.equal(await drafts(page).count(), 2)
      const copy = drafts(page).filter({
        has: page.getByRole('link', { name: 'Scan Utrecht 2026 (kopie)', exact: true }),
      })
      await copy.getByText('1 van 15 vragen ingevuld').waitFor()
      await checkA11y(page, 'startpagina met twee concepten')
      await copyLink.click()
      await page.getByRole('heading', { level: 1, name: 'Scan Utrecht 2026 (kopie)' }).waitFor()
      assert.equal(await statusOf(page, 1), 'Ingevuld')
      assert.notEqual(page.url(), scanUrl, 'de kopie heeft een eigen adres')
      await page.goto(baseUrl + '#/')
      await copyLink.waitFor()

      // Delete, undo, delete again.
      const del = page.getByRole('button', {
        name: 'Verwijderen: Scan Utrecht 2026 (kopie)',
        exact: true,
      })
      await del.click()
      await page.getByRole('status').filter({ hasText: 'is verwijderd' }).waitFor()
      await copyLink.waitFor({ state: 'detached' })
      assert.equal(await drafts(page).count(), 1)
      await checkA11y(page, 'startpagina na verwijderen (met Ongedaan maken)')
      await page.getByRole('button', { name: 'Ongedaan maken', exact: true }).click()
      await copyLink.waitFor()
      assert.equal(await drafts(page).count(), 2)
      await del.click()
      await copyLink.waitFor({ state: 'detached' })
      assert.equal(await drafts(page).count(), 1)

      // The deletion is kept; deleting the last draft leaves the empty state.
      await page.reload()
      await list.getByRole('link', { name: 'Scan Utrecht 2026', exact: true }).waitFor()
      assert.equal(await drafts(page).count(), 1)
      await page
        .getByRole('button', { name: 'Verwijderen: Scan Utrecht 2026', exact: true })
        .click()
      await page.getByText('U heeft nog geen concepten').waitFor()
      assert.equal(await drafts(page).count(), 0)
    },
  },
  {
    name: 'smal scherm (390 × 844): geen horizontaal scrollen',
    viewport: { width: 390, height: 844 },
    async run({ page, baseUrl }) {
      const scanUrl = await createScan(page, baseUrl, {
        title: 'Een lange titel voor een Quick Scan die op een smal scherm moet afbreken',
        municipality: 'Súdwest-Fryslân',
      })
      await noHorizontalScroll(page, 'takenlijst')
      await openQuestion(page, scanUrl, 13)
      await answer(page, 'Eenheellangwoordzonderspatieseenheellangwoordzonderspaties', 2)
      await noHorizontalScroll(page, 'vraag 13')
      await page.goto(scanUrl + '/overzicht')
      await page.getByRole('heading', { level: 1, name: 'Alle antwoorden' }).waitFor()
      await noHorizontalScroll(page, 'overzicht')
      await page.goto(baseUrl + '#/')
      await page.getByRole('heading', { level: 1, name: 'Reflectietool eigen kracht' }).waitFor()
      await drafts(page).first().waitFor()
      await noHorizontalScroll(page, 'startpagina')
    },
  },
  {
    name: 'toetsenbord: Tab naar antwoord en labels, pijltjes wisselen het label',
    async run({ page, baseUrl }) {
      const scanUrl = await createScan(page, baseUrl, { title: 'Toetsenbord' })
      await openQuestion(page, scanUrl, 4)
      assert.match(await page.title(), /^Vraag 4 van 15/)
      const focused = () =>
        page.evaluate(() => {
          const el = document.activeElement
          return {
            tag: el?.tagName.toLowerCase(),
            type: el?.getAttribute('type'),
            label: el?.labels?.[0]?.textContent.replace(/\s+/g, ' ').trim() ?? '',
          }
        })

      // From the top of the page, Tab until the answer field has focus.
      await page.locator('body').focus()
      let f = await focused()
      for (let i = 0; i < 40 && !(f.tag === 'textarea' && f.label === 'Antwoord'); i++) {
        await page.keyboard.press('Tab')
        f = await focused()
      }
      assert.deepEqual([f.tag, f.label], ['textarea', 'Antwoord'], 'Tab bereikt het antwoord')

      // Typing saves within the debounce, while the field keeps focus.
      await page.keyboard.type('Met het toetsenbord')
      await waitForSaved(page, 2000)
      assert.equal((await focused()).tag, 'textarea')

      // Tab to the label group, Space picks the first label, arrow keys change it.
      await page.keyboard.press('Tab')
      f = await focused()
      assert.equal(f.type, 'radio', 'na het antwoord komt de labelgroep')
      assert.match(f.label, /^Label 1/)
      await page.keyboard.press('Space')
      assert.equal(await labelRadio(page, 1).isChecked(), true)
      await page.keyboard.press('ArrowDown')
      assert.equal(await labelRadio(page, 2).isChecked(), true)
      await page.keyboard.press('ArrowDown')
      assert.equal(await labelRadio(page, 3).isChecked(), true)
      await page.keyboard.press('ArrowUp')
      assert.equal(await labelRadio(page, 2).isChecked(), true)
      assert.match((await focused()).label, /^Label 2/)
      await waitForSaved(page)

      await page.reload()
      await page.getByRole('heading', { level: 1, name: /Vraag 4 van 15/ }).waitFor()
      const field = page.getByLabel('Antwoord', { exact: true })
      await until(async () => assert.equal(await field.inputValue(), 'Met het toetsenbord'))
      assert.equal(await labelRadio(page, 2).isChecked(), true)
    },
  },
  {
    name: 'server: beveiligingsheaders, CSP gelijk aan de meta-tag, 404 voor onbekende paden',
    async run({ baseUrl }) {
      const res = await fetch(baseUrl)
      assert.equal(res.status, 200)
      assert.match(res.headers.get('content-type'), /^text\/html/)
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff')
      assert.equal(res.headers.get('referrer-policy'), 'no-referrer')
      const html = await res.text()
      const meta = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)
      assert.ok(meta, 'dist/index.html heeft een CSP-meta-tag')
      const metaPolicy = meta[1].replaceAll('&#39;', "'")
      assert.equal(
        res.headers.get('content-security-policy'),
        `${metaPolicy}; frame-ancestors 'none'`,
      )
      assert.equal((await fetch(baseUrl + 'bestaat-niet')).status, 404)
      assert.equal((await fetch(baseUrl + '..%2fpackage.json')).status, 404)
    },
  },
]
