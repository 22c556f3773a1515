// Screenshots of every page for a visual review, with realistic data entered through the UI.
// Usage: npx vite build && node scripts/screenshots.mjs [output folder]
// (default folder: test-results/screens). Prints the files it wrote.
// With AXE=1 it also runs axe-core (WCAG 2.2 A/AA) on every screenshot and prints violations;
// with SCHEME=dark the pages are shown as on a device set to the dark colour scheme.
import { mkdir, readFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { chromiumArgs, findChromium } from './ensure-chromium.mjs'
import { startServer } from './serve.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const outDir = resolve(process.argv[2] ?? join(root, 'test-results/screens'))
const withAxe = process.env.AXE === '1'

const LONG_ANSWER = [
  'In Zeist verstaan we onder eigen kracht het vermogen van inwoners om, zo nodig met hulp van hun',
  'eigen netwerk, regie te houden over hun eigen leven. Dat betekent niet dat iedereen het alleen',
  'moet doen: eigen kracht gaat over het versterken van wat mensen zelf kunnen, samen met familie,',
  'buren, vrijwilligers en organisaties in de wijk. De gemeente en haar partners sluiten aan bij wat',
  'er al is en nemen het niet over. In het beleidsplan Sociaal Domein 2023-2026 staat dit als',
  'uitgangspunt beschreven, maar in de praktijk merken we dat medewerkers van het sociaal team,',
  'de jeugdconsulenten en de welzijnsorganisatie het begrip verschillend uitleggen. Sommigen zien het',
  'vooral als een manier om kosten te besparen, anderen juist als een houding: eerst luisteren,',
  'dan samen kijken wat iemand zelf en met zijn omgeving kan regelen. Inwoners zelf noemen het',
  'begrip nauwelijks; zij praten over "meedoen", "erbij horen" en "niet afhankelijk zijn". Wij',
  'willen daarom in 2025 met inwoners, professionals en de gemeenteraad een gezamenlijke definitie',
  'opstellen die past bij Zeist, met aandacht voor mensen die minder sterk in hun schoenen staan,',
  'zoals ouderen met een klein netwerk, statushouders en jongeren die uit de jeugdzorg komen. Die',
  'definitie moet concreet genoeg zijn om in keukentafelgesprekken te gebruiken en moet ook',
  'duidelijk maken waar de grenzen van eigen kracht liggen: wanneer is professionele hulp nodig.',
].join(' ')

/** Question number → [answer, label]. Labels 1–4 spread over the questions. */
const ANSWERS = {
  1: [LONG_ANSWER, 2],
  2: [
    'Stijgende kosten van de Wmo en jeugdhulp, en signalen uit de wijk dat mensen zich ' +
      'eenzaam voelen terwijl er genoeg buren zijn die willen helpen.',
    1,
  ],
  3: ['Gelijkwaardigheid, vertrouwen en maatwerk.', 3],
  5: ['Via de adviesraad sociaal domein. Şükrü Łukasz ë ’ <b>niet vet</b>', 4],
  6: ['Vooral het sociaal team en de wijkverpleegkundigen; de huisartsen doen nog weinig mee.', 2],
  8: [
    'Met een klein budget voor bewonersinitiatieven (€ 40.000 per jaar) en een jaarlijkse ' +
      'bijeenkomst "Zeist doet mee". Er is geen vast aanspreekpunt.',
    3,
  ],
  12: ['Nog niet. We tellen alleen het aantal meldingen en maatwerkvoorzieningen.', 4],
  15: ['Eén keer per jaar een panel met inwoners; de uitkomsten gaan naar de raad.', 1],
}

/** @param {import('playwright-core').Page} page @param {number} n */
async function waitForQuestion(page, n) {
  await page.getByRole('heading', { level: 1, name: new RegExp(`Vraag ${n} van 15`) }).waitFor()
}

/** @param {import('playwright-core').Page} page */
async function waitForSaved(page) {
  await page
    .locator('#save-status')
    .filter({ hasText: 'Opgeslagen in deze browser' })
    .first()
    .waitFor()
}

/** Creates the scan through the form and fills it in; returns the scan id. */
async function createData(page, baseUrl) {
  await page.goto(baseUrl + '#/nieuw')
  await page.getByRole('heading', { level: 1, name: 'Nieuwe Quick Scan' }).waitFor()
  await page.getByLabel('Gemeente (optioneel)').fill('Zeist')
  await page.getByLabel('Titel', { exact: true }).fill('Quick Scan gemeente Zeist')
  await page.getByRole('radio', { name: 'We vullen hem in met een groep' }).check()
  const people = [
    ['Fatma Yılmaz', 'beleidsadviseur jeugd'],
    ['Jan de Vries', 'wethouder sociaal domein'],
  ]
  for (const [i, [name, role]] of people.entries()) {
    await page.getByRole('button', { name: 'Deelnemer toevoegen' }).click()
    await page.getByLabel(`Naam deelnemer ${i + 1}`).fill(name)
    await page.getByLabel(`Rol deelnemer ${i + 1}`).fill(role)
  }
  await page.getByRole('button', { name: 'Quick Scan starten' }).click()
  await page.getByText('0 van 15 vragen ingevuld').waitFor()
  const id = decodeURIComponent(page.url().split('#/scan/')[1].replace(/\/$/, ''))

  for (const [n, [text, label]] of Object.entries(ANSWERS)) {
    await page.goto(`${baseUrl}#/scan/${id}/vraag/${n}`)
    await waitForQuestion(page, n)
    const field = page.getByLabel('Antwoord', { exact: true })
    await field.fill(text)
    await page
      .getByRole('group', { name: 'Label' })
      .getByRole('radio', { name: new RegExp(`^Label ${label}\\b`) })
      .check()
    await field.blur()
    await waitForSaved(page)
  }

  // Two actions from a question page (parts A and C) …
  for (const n of [5, 12]) {
    await page.goto(`${baseUrl}#/scan/${id}/vraag/${n}`)
    await waitForQuestion(page, n)
    await page.getByRole('button', { name: `Vraag ${n} op de actieagenda zetten` }).click()
    await page.getByText(`Vraag ${n} staat op de actieagenda`).waitFor()
  }

  // … and one added on the agenda page (part B); who and when filled in for all three.
  await page.goto(`${baseUrl}#/scan/${id}/actieagenda`)
  await page.getByRole('heading', { level: 1, name: 'Actieagenda' }).waitFor()
  await page.getByRole('button', { name: 'Actie toevoegen aan deel B' }).click()
  const rows = (part) =>
    page
      .getByRole('region', { name: new RegExp(`^${part}\\. `) })
      .getByRole('group', { name: /^Actie \d+ van deel/ })
  await rows('B').first().waitFor()
  await rows('B').first().getByLabel('Actie', { exact: true }).fill('Gluren bij de buren in Zeist')
  const details = {
    A: ['Şükrü organiseert twee avonden met de adviesraad', 'voor 1 juli 2025'],
    B: ['Jan bezoekt met het sociaal team twee buurgemeenten', 'na de zomer'],
    C: ['Fatma stelt met de afdeling onderzoek een monitor op', 'Q4 2025'],
  }
  for (const [part, [who, when]] of Object.entries(details)) {
    const row = rows(part).first()
    await row.getByLabel('Wie doet wat?').fill(who)
    await row.getByLabel('Wanneer?').fill(when)
    await row.getByLabel('Wanneer?').blur()
  }
  await waitForSaved(page)
  return id
}

/** @type {string[]} */
const written = []
/** @type {Record<string, string[]>} */
const axeResults = {}
let axeSource = ''

/**
 * @param {import('playwright-core').Page} page
 * @param {string} name file name without .png
 * @param {import('playwright-core').Locator} [locator] element to shoot instead of the page
 */
async function shoot(page, name, locator) {
  await page.evaluate(() => document.fonts.ready)
  const path = join(outDir, `${name}.png`)
  if (locator) await locator.screenshot({ path })
  else await page.screenshot({ path, fullPage: true })
  written.push(path)
  if (withAxe) {
    if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource)
    axeResults[name] = await page.evaluate(async () => {
      const result = await window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] },
      })
      return result.violations.map(
        (v) => `${v.id} (${v.nodes.length}x): ${v.nodes[0].target.join(' ')}`,
      )
    })
  }
}

/**
 * Opens a route and waits until its content is there.
 * @param {import('playwright-core').Page} page
 * @param {string} url
 * @param {(page: import('playwright-core').Page) => Promise<unknown>} ready
 */
async function open(page, url, ready) {
  await page.goto(url)
  await ready(page)
}

const h1 = (name) => (page) => page.getByRole('heading', { level: 1, name }).first().waitFor()

async function main() {
  await mkdir(outDir, { recursive: true })
  if (withAxe) axeSource = await readFile(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8')
  const executablePath = await findChromium()
  const server = await startServer({ root: join(root, process.env.E2E_DIST ?? 'dist'), port: 0 })
  const baseUrl = server.url
  const browser = await chromium.launch({
    executablePath,
    args: chromiumArgs,
  })
  try {
    const context = await browser.newContext({
      viewport: { width: 1366, height: 768 },
      locale: 'nl-NL',
      timezoneId: 'Europe/Amsterdam',
      serviceWorkers: 'block',
      colorScheme: process.env.SCHEME === 'dark' ? 'dark' : 'light',
    })
    context.setDefaultTimeout(15_000)
    const page = await context.newPage()
    page.on('pageerror', (e) => console.error(`paginafout: ${e.message}`))
    const id = await createData(page, baseUrl)
    const scan = `${baseUrl}#/scan/${id}`

    /** @type {[string, string, (page: import('playwright-core').Page) => Promise<unknown>][]} */
    const routes = [
      ['start', `${baseUrl}#/`, (p) => p.getByText('Quick Scan gemeente Zeist').first().waitFor()],
      ['nieuw', `${baseUrl}#/nieuw`, h1('Nieuwe Quick Scan')],
      ['takenlijst', scan, (p) => p.getByText('8 van 15 vragen ingevuld').waitFor()],
      ['vraag-1', `${scan}/vraag/1`, h1(/Vraag 1 van 15/)],
      [
        'vraag-5-inspiratie',
        `${scan}/vraag/5?inspiratie=1`,
        (p) => p.getByRole('button', { name: 'Inspiratie sluiten' }).first().waitFor(),
      ],
      ['vraag-15', `${scan}/vraag/15`, h1(/Vraag 15 van 15/)],
      ['overzicht', `${scan}/overzicht`, (p) => p.locator('.rt-summary__row').first().waitFor()],
      [
        'actieagenda',
        `${scan}/actieagenda`,
        (p) => p.getByRole('group', { name: /^Actie 1 van deel C/ }).waitFor(),
      ],
      ['gegevens', `${scan}/gegevens`, (p) => p.getByRole('heading', { level: 1 }).waitFor()],
      [
        'inspiratie',
        `${baseUrl}#/inspiratie`,
        (p) => p.getByRole('heading', { level: 1 }).waitFor(),
      ],
      ...[1, 8, 9, 10].map((n) => [
        `inspiratie-${n}`,
        `${baseUrl}#/inspiratie/${n}`,
        (p) => p.getByRole('heading', { level: 1, name: new RegExp(`\\b${n}\\b`) }).waitFor(),
      ]),
      ['over', `${baseUrl}#/over`, (p) => p.getByRole('heading', { level: 1 }).waitFor()],
      [
        'niet-gevonden',
        `${baseUrl}#/bestaat-niet`,
        (p) => p.getByRole('heading', { level: 1 }).waitFor(),
      ],
    ]

    for (const [width, height] of [
      [1366, 768],
      [390, 844],
    ]) {
      await page.setViewportSize({ width, height })
      for (const [name, url, ready] of routes) {
        await open(page, url, ready)
        await shoot(page, `${width}-${name}`)
        if (name === 'nieuw') {
          await page.getByRole('radio', { name: 'We vullen hem in met een groep' }).check()
          await page.getByRole('button', { name: 'Deelnemer toevoegen' }).click()
          await page.getByLabel('Naam deelnemer 1').fill('Fatma Yılmaz')
          await page.getByLabel('Rol deelnemer 1').fill('beleidsadviseur jeugd')
          await shoot(page, `${width}-nieuw-groep`)
        }
      }
    }

    // A projector: 1920×1080, the figures as elements, the question page and the presenter view.
    await page.setViewportSize({ width: 1920, height: 1080 })
    for (const n of [1, 5]) {
      await open(page, `${baseUrl}#/inspiratie/${n}`, (p) =>
        p.locator('figure.rt-figure').first().waitFor(),
      )
      await shoot(page, `1920-figuur-inspiratie-${n}`, page.locator('figure.rt-figure').first())
    }
    await open(page, `${scan}/vraag/5`, h1(/Vraag 5 van 15/))
    await shoot(page, '1920-vraag-5')
    await open(page, `${scan}/presenteren`, h1(/Vraag 1 van 15/))
    await shoot(page, '1920-presenteren')
    // Count the room for question 1, reveal it, and show the room's view on this one screen.
    for (const [label, count] of [
      [1, 2],
      [2, 5],
      [4, 1],
    ]) {
      await page.locator(`#tally-1-${label}`).fill(String(count))
    }
    await page.getByRole('button', { name: 'Antwoorden tonen (R)' }).click()
    await shoot(page, '1920-presenteren-geteld')
    await page.getByRole('button', { name: 'Eén scherm gebruiken' }).click()
    await page.getByRole('region', { name: 'Publieksweergave' }).waitFor()
    await shoot(
      page,
      '1920-publiek-onthuld',
      page.getByRole('region', { name: 'Publieksweergave' }),
    )
    await page.keyboard.press('Escape')
    await open(page, `${scan}/consensus`, (p) => p.getByRole('heading', { level: 1 }).waitFor())
    await shoot(page, '1920-consensus')

    // 400% zoom of 1280 px: 320×640 CSS pixels.
    await page.setViewportSize({ width: 320, height: 640 })
    await open(page, `${scan}/vraag/5`, h1(/Vraag 5 van 15/))
    await shoot(page, '320-vraag-5')
    await open(page, `${scan}/actieagenda`, (p) =>
      p.getByRole('group', { name: /^Actie 1 van deel C/ }).waitFor(),
    )
    await shoot(page, '320-actieagenda')
    await context.close()
  } finally {
    await browser.close().catch(() => {})
    await server.close()
  }
  for (const file of written) console.log(file)
  if (withAxe) {
    for (const [name, violations] of Object.entries(axeResults)) {
      if (violations.length > 0) console.log(`axe ${name}:\n  ${violations.join('\n  ')}`)
    }
  }
}

await main()
