// Shared steps of the end-to-end tests, by role and accessible name as a user finds them.
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

/**
 * Makes a new Quick Scan through the start page and returns its URL (without trailing slash).
 * @param {import('playwright-core').Page} page
 * @param {string} baseUrl
 * @param {{ title?: string, municipality?: string }} [fields]
 */
export async function createScan(page, baseUrl, { title, municipality } = {}) {
  await page.goto(baseUrl + '#/')
  await page.getByRole('link', { name: 'Nieuwe Quick Scan starten' }).click()
  await page.getByRole('heading', { level: 1, name: 'Nieuwe Quick Scan' }).waitFor()
  if (municipality) await page.getByLabel('Gemeente (optioneel)').fill(municipality)
  if (title) await page.getByLabel('Titel').fill(title)
  await page.getByRole('button', { name: 'Quick Scan starten' }).click()
  await page.getByText('0 van 15 vragen ingevuld').waitFor()
  return page.url().replace(/\/$/, '')
}

/**
 * Opens question n of a scan and waits until its answer field is there.
 * @param {import('playwright-core').Page} page
 * @param {string} scanUrl
 * @param {number} n
 */
export async function openQuestion(page, scanUrl, n) {
  await page.goto(`${scanUrl}/vraag/${n}`)
  await page.getByRole('heading', { level: 1, name: new RegExp(`Vraag ${n} van 15`) }).waitFor()
  await answerField(page).waitFor()
}

/** @param {import('playwright-core').Page} page */
export const answerField = (page) => page.getByRole('textbox', { name: 'Antwoord', exact: true })

/**
 * Waits for the status line to say the last change is stored.
 * @param {import('playwright-core').Page} page
 */
export const waitSaved = (page) =>
  page.getByText(/^Opgeslagen in deze browser om \d\d:\d\d$/).waitFor()

/**
 * Puts the cursor at the end of the answer and types, key by key, as a user does.
 * @param {import('playwright-core').Page} page
 * @param {string} text
 */
export async function typeAtEnd(page, text) {
  await answerField(page).focus()
  await page.keyboard.press('Control+End')
  await page.keyboard.type(text)
}

/**
 * Opens question n, writes the answer and chooses the label (either may be null), then waits
 * until it is stored.
 * @param {import('playwright-core').Page} page
 * @param {string} scanUrl
 * @param {number} n
 * @param {string | null} text
 * @param {number | null} label
 */
export async function answerQuestion(page, scanUrl, n, text, label) {
  await openQuestion(page, scanUrl, n)
  if (text !== null) await answerField(page).fill(text)
  if (label !== null) await page.getByRole('radio', { name: new RegExp(`^Label ${label}`) }).check()
  await answerField(page).blur()
  await waitSaved(page)
}

/**
 * Asserts that the element is on screen: inside a viewport of `size`, without scrolling.
 * @param {import('playwright-core').Locator} locator
 * @param {string} what
 * @param {{ width: number, height: number }} size
 */
export async function assertInView(locator, what, size) {
  const box = await locator.boundingBox()
  assert.ok(box, `${what} is niet te zien`)
  assert.ok(
    box.y >= 0 && box.y + box.height <= size.height + 0.5 && box.x + box.width <= size.width + 0.5,
    `${what} valt buiten ${size.width}×${size.height}: ${JSON.stringify(box)}`,
  )
}

/** The text of a PDF file as pdf.js reads it, whitespace collapsed, and its page count. */
export async function pdfText(path) {
  const data = new Uint8Array(await readFile(path))
  const pdf = await getDocument({ data, isEvalSupported: false }).promise
  let text = ''
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent()
    text += content.items.map((it) => it.str ?? '').join('\n') + '\n'
  }
  return { text: text.replace(/\s+/g, ' '), pages: pdf.numPages }
}

/**
 * Runs `steps` in a browser context of its own whose disk holds a new scan but not a long answer.
 * Chromium takes a quota override into account only before the origin's first write, and counts
 * the service worker's cache too: so a fresh context, without service worker.
 */
export async function withSmallDisk({ browser, baseUrl, watchContext }, steps) {
  const context = await browser.newContext({ serviceWorkers: 'block', locale: 'nl-NL' })
  await watchContext(context)
  try {
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    const origin = new URL(baseUrl).origin
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 150 * 1024 })
    await steps({ page, context, cdp, origin })
  } finally {
    await context.close()
  }
}

/** A backup file (format version 1) holding these scans, as the app exports it. */
export const backupFile = (scans) =>
  JSON.stringify({
    tool: 'reflectietool-eigen-kracht',
    kind: 'backup',
    formatVersion: 1,
    exportedAt: '2026-11-23T13:32:00.000Z',
    scans,
  })
