// Many drafts: a thousand Quick Scans imported through the start page's file button, then found,
// sorted, grouped, selected, compared, exported and deleted with undo, by keyboard where it counts.
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { backupFile } from './helpers.mjs'

const MUNICIPALITIES = ['Utrecht', 'Zeist', 'Houten', 'Ede', 'Amersfoort', 'Nieuwegein', 'Soest']
export const UNIQUE = 'Wijk bij Duurstede'

/**
 * A backup file (format v1, see tests/fixtures/files/format-v1-scan.json) of `count` drafts:
 * one in Wijk bij Duurstede, one "Aa en Hunze" (first by title and municipality), the rest spread
 * over seven municipalities and four years.
 */
export function backupOf(count) {
  const scans = Array.from({ length: count }, (_, i) => {
    const municipality =
      i === 500 ? UNIQUE : i === 7 ? 'Aa en Hunze' : MUNICIPALITIES[i % MUNICIPALITIES.length]
    return {
      title: i === 7 ? 'Aa en Hunze startsessie' : `Quick Scan ${municipality} ${i + 1}`,
      municipality,
      date: `${2023 + (i % 4)}-${String((i % 12) + 1).padStart(2, '0')}-15`,
      mode: i % 2 ? 'group' : 'alone',
      participants: i % 3 ? [] : [{ name: i === 9 ? 'Şükrü Yılmaz' : `Deelnemer ${i}`, role: '' }],
      createdAt: 1_795_440_000_000 + i * 60_000,
      updatedAt: 1_795_440_000_000 + i * 60_000,
      followUp: { meetAgain: null, nextMeeting: '', pickedUpBy: '', accountability: '' },
      answers: [
        { question: 1, text: `Antwoord van scan ${i + 1}`, label: (i % 4) + 1, discuss: false },
        { question: 2, text: '', label: 4, discuss: false },
      ],
      actions: [],
    }
  })
  return backupFile(scans)
}

const region = (page) => page.getByRole('region', { name: 'Uw Quick Scans' })
const cards = (page) => region(page).getByRole('listitem')
const count = (page) => region(page).getByRole('status').last()

/** Imports a generated backup of `n` drafts through "Bestand openen" and waits for the list. */
export async function importDrafts(page, baseUrl, n) {
  await page.goto(baseUrl + '#/')
  await page.getByText('U heeft nog geen concepten').waitFor()
  await page.locator('#import-file').setInputFiles({
    name: `reservekopie-${n}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(backupOf(n)),
  })
  const n1 = n.toLocaleString('nl-NL')
  await page.getByRole('button', { name: `Importeren als ${n} nieuwe concepten` }).click()
  await page.getByText(/Quick Scans zijn toegevoegd/).waitFor({ timeout: 30_000 })
  await region(page).getByText(`${n1} Quick Scans`, { exact: true }).waitFor()
}

const focusedId = (page) => page.evaluate(() => document.activeElement?.id ?? '')
const focusedText = (page) => page.evaluate(() => document.activeElement?.textContent?.trim())

export const tests = [
  {
    name: 'duizend Quick Scans: een pagina, zoeken, sorteren, groeperen, selecteren, vergelijken, verwijderen',
    async run({ page, baseUrl, checkA11y }) {
      await importDrafts(page, baseUrl, 1000)

      // A page of 20, one live count, "Toon meer" adds 20 and moves focus to the first new one.
      assert.equal(await cards(page).count(), 20)
      assert.equal(await region(page).locator('[role=status], [aria-live]').count(), 2) // message + count
      assert.equal(await page.locator('h1').count(), 1)
      await checkA11y(page, 'startpagina met 1.000 Quick Scans')
      await region(page)
        .getByRole('heading', { level: 2 })
        .evaluate((el) => el.scrollIntoView())
      await page.screenshot({ path: 'test-results/drafts-1000-1366.png' })
      const more = region(page).getByRole('button', { name: 'Toon meer (20 van 1.000)' })
      await more.focus()
      await page.keyboard.press('Enter')
      await region(page).getByRole('button', { name: 'Toon meer (40 van 1.000)' }).waitFor()
      assert.equal(await cards(page).count(), 40)
      const link21 = cards(page).nth(20).getByRole('heading').getByRole('link')
      assert.equal(await focusedId(page), await link21.getAttribute('id'), 'focus op de 21e')

      // Search by municipality, as you type; the count is said once, after a pause.
      const search = region(page).getByRole('searchbox', { name: 'Zoeken in uw Quick Scans' })
      await count(page).evaluate((el) => {
        window.__countChanges = []
        new MutationObserver(() => window.__countChanges.push(el.textContent)).observe(el, {
          childList: true,
          subtree: true,
          characterData: true,
        })
      })
      await search.focus()
      await page.keyboard.type('duurstede', { delay: 60 })
      await count(page).filter({ hasText: '1 van 1.000 Quick Scans' }).waitFor()
      // Said once when typing pauses, not on every key.
      const changes = await page.evaluate(() => window.__countChanges)
      assert.deepEqual(changes, ['1 van 1.000 Quick Scans'], 'de telling sprak bij elke toets')
      assert.equal(await cards(page).count(), 1)
      await cards(page)
        .getByRole('link', { name: `Quick Scan ${UNIQUE} 501`, exact: true })
        .waitFor()
      await page.waitForFunction(() => location.hash.includes('zoek=duurstede'))
      // By participant, accents ignored.
      await search.fill('sukru')
      await count(page).filter({ hasText: '1 van 1.000 Quick Scans' }).waitFor()
      await cards(page).getByText('Deelnemers: Şükrü Yılmaz').waitFor()
      await search.fill('duurstede')
      await page.waitForFunction(() => location.hash.includes('zoek=duurstede'))
      await page.reload()
      await cards(page)
        .getByRole('link', { name: `Quick Scan ${UNIQUE} 501`, exact: true })
        .waitFor()
      assert.equal(await search.inputValue(), 'duurstede')
      assert.equal(await cards(page).count(), 1)
      await checkA11y(page, 'zoeken: één gevonden')
      await search.fill('')
      await count(page)
        .filter({ hasText: /^1\.000 Quick Scans$/ })
        .waitFor()

      // Sort and group by keyboard.
      const sort = region(page).getByRole('combobox', { name: 'Sorteren op' })
      await sort.focus()
      await page.keyboard.press('ArrowDown') // Laatst gewijzigd → Titel
      assert.equal(await sort.inputValue(), 'title')
      await cards(page)
        .first()
        .getByRole('link', { name: 'Aa en Hunze startsessie', exact: true })
        .waitFor()
      const groupBy = region(page).getByRole('combobox', { name: 'Groeperen' })
      await groupBy.focus()
      await page.keyboard.press('ArrowDown') // Niet groeperen → Per jaar
      assert.equal(await groupBy.inputValue(), 'year')
      await region(page).getByRole('heading', { level: 3, name: '2026', exact: true }).waitFor()
      assert.equal(
        await region(page).getByRole('heading', { level: 4 }).count(),
        20,
        'titels onder de jaren zijn h4',
      )
      // A changed query is not a new page: the page does not jump to the top under the cursor.
      const scrolled = await groupBy.evaluate((el) => {
        window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY - 50 })
        return window.scrollY
      })
      assert.ok(scrolled > 100, `niet gescrold (${scrolled})`)
      await page.keyboard.press('ArrowDown') // Per gemeente
      await page.waitForFunction(() => location.hash.includes('groepeer=municipality'))
      await page.waitForTimeout(100)
      const after = await page.evaluate(() => window.scrollY)
      assert.ok(Math.abs(after - scrolled) < 2, `de pagina sprong van ${scrolled} naar ${after}`)
      await region(page).getByRole('heading', { level: 3, name: 'Gemeente Aa en Hunze' }).waitFor()
      await page.waitForFunction(
        () => /sorteer=title/.test(location.hash) && /groepeer=municipality/.test(location.hash),
      )
      await checkA11y(page, 'gegroepeerd per gemeente')
      await page.screenshot({ path: 'test-results/drafts-grouped-1366.png' })
      // Open a draft and come back: the choices are kept.
      await cards(page).first().getByRole('heading').getByRole('link').click()
      await page.getByRole('heading', { level: 1, name: 'Aa en Hunze startsessie' }).waitFor()
      await page.goBack()
      await region(page).getByRole('heading', { level: 3, name: 'Gemeente Aa en Hunze' }).waitFor()
      assert.equal(await sort.inputValue(), 'title')
      assert.equal(await groupBy.inputValue(), 'municipality')
      await groupBy.selectOption('none')
      await sort.selectOption('title')

      // Select three (Space on the checkbox) and compare them.
      const titles = []
      for (let i = 0; i < 3; i++) {
        const card = cards(page).nth(i)
        titles.push((await card.getByRole('heading').innerText()).trim())
        await card.getByRole('checkbox').focus()
        await page.keyboard.press('Space')
      }
      await region(page).getByText('3 Quick Scans geselecteerd').waitFor()
      await checkA11y(page, 'drie geselecteerd')
      await region(page).getByRole('button', { name: 'Vergelijken', exact: true }).click()
      await page.getByRole('heading', { level: 1, name: 'Quick Scans vergelijken' }).waitFor()
      const part = page.getByRole('table', { name: /Labels in deel A/ })
      await part.waitFor()
      // The comparison names a scan with its municipality: "Titel (Gemeente)".
      for (const t of titles) await part.getByRole('rowheader', { name: t }).first().waitFor()
      assert.equal(await part.getByRole('rowheader').count(), 3)
      assert.equal(await page.getByRole('checkbox').count(), 23, 'de drie, dan een pagina van 20')
      await checkA11y(page, 'vergelijken van drie uit duizend')

      // The compare page finds its drafts with the start page's search, by keyboard; the three
      // stay chosen while the search hides them, and the page says so.
      const cmpSearch = page.getByRole('searchbox', { name: 'Zoeken in uw Quick Scans' })
      const cmpCount = page.getByRole('status').filter({ hasText: /Quick Scans?$/ })
      await cmpCount.filter({ hasText: /^1\.000 Quick Scans$/ }).waitFor()
      await page.getByText('3 Quick Scans gekozen', { exact: true }).waitFor()
      await cmpSearch.focus()
      await page.keyboard.type('duurstede', { delay: 30 })
      await cmpCount.filter({ hasText: /^1 van 1\.000 Quick Scans$/ }).waitFor()
      assert.equal(await page.getByRole('checkbox').count(), 1)
      const chosenLine = page.getByText(/^3 Quick Scans gekozen; niet in de lijst hieronder/)
      await chosenLine.waitFor()
      for (const t of titles) assert.ok((await chosenLine.innerText()).includes(t), t)
      assert.equal(await part.getByRole('rowheader').count(), 3, 'de zoekopdracht koos af')
      await page.keyboard.press('Tab') // Sorteren op
      await page.keyboard.press('Tab') // the one found
      const found = page.getByRole('checkbox', { name: new RegExp(`Quick Scan ${UNIQUE} 501`) })
      assert.equal(await found.evaluate((el) => el === document.activeElement), true)
      await page.keyboard.press('Space')
      await page.getByText(/^4 Quick Scans gekozen/).waitFor()
      await part.getByRole('rowheader', { name: `Quick Scan ${UNIQUE} 501` }).waitFor()
      assert.equal(await part.getByRole('rowheader').count(), 4)
      await page.waitForFunction(
        () =>
          /zoek=duurstede/.test(location.hash) &&
          /ids=([^&]+)/.exec(decodeURIComponent(location.hash))?.[1].split(',').length === 4,
      )
      await checkA11y(page, 'vergelijken: gezocht en een vierde gekozen')
      await cmpSearch.scrollIntoViewIfNeeded()
      await page.screenshot({ path: 'test-results/compare-search-1366.png' })
      // The search emptied: the fourth is far down the list, so it is named as chosen.
      await cmpSearch.fill('')
      await cmpCount.filter({ hasText: /^1\.000 Quick Scans$/ }).waitFor()
      await page
        .getByText(
          `4 Quick Scans gekozen; niet in de lijst hieronder, wel gekozen: Quick Scan ${UNIQUE} 501.`,
        )
        .waitFor()
      assert.equal(await page.getByRole('checkbox').count(), 23)
      // A reload keeps the four (now first in the list); "Toon meer" by keyboard.
      await page.reload()
      await part.getByRole('rowheader', { name: `Quick Scan ${UNIQUE} 501` }).waitFor()
      await page.getByText('4 Quick Scans gekozen', { exact: true }).waitFor()
      assert.equal(await page.getByRole('checkbox').count(), 24)
      await page.getByRole('button', { name: 'Toon meer (24 van 1.000)' }).press('Enter')
      await page.getByRole('button', { name: 'Toon meer (44 van 1.000)' }).waitFor()
      assert.equal(
        await page
          .getByRole('checkbox')
          .nth(24)
          .evaluate((el) => el === document.activeElement),
        true,
        'focus op de 25e',
      )
      await page.goBack()

      // Export the selection as one backup file.
      const all = region(page).getByRole('checkbox', { name: 'Alles selecteren' })
      await all.check()
      await region(page).getByText('20 Quick Scans geselecteerd').waitFor()
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        region(page).getByRole('button', { name: 'Exporteren als één reservekopie' }).click(),
      ])
      const file = JSON.parse(await readFile(await download.path(), 'utf8'))
      assert.equal(file.kind, 'backup')
      assert.equal(file.scans.length, 20)
      await all.uncheck()
      assert.equal(
        await region(page)
          .getByText(/geselecteerd/)
          .count(),
        0,
      )

      // Delete two with undo.
      const two = []
      for (let i = 0; i < 2; i++) {
        two.push((await cards(page).nth(i).getByRole('heading').innerText()).trim())
        await cards(page).nth(i).getByRole('checkbox').check()
      }
      await region(page).getByRole('button', { name: 'Verwijderen', exact: true }).click()
      await region(page).getByText('2 Quick Scans zijn verwijderd.').waitFor()
      await count(page)
        .filter({ hasText: /^998 Quick Scans$/ })
        .waitFor()
      for (const t of two)
        assert.equal(await region(page).getByRole('link', { name: t, exact: true }).count(), 0)
      assert.match(await focusedText(page), /2 Quick Scans zijn verwijderd/)
      await checkA11y(page, 'na verwijderen van twee')
      await region(page).getByRole('button', { name: 'Ongedaan maken' }).click()
      await region(page).getByText('2 Quick Scans zijn teruggezet.').waitFor()
      await count(page)
        .filter({ hasText: /^1\.000 Quick Scans$/ })
        .waitFor()
      for (const t of two) await region(page).getByRole('link', { name: t, exact: true }).waitFor()
      assert.equal(
        await focusedText(page),
        two[0],
        `focus: ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200))}`,
      )
    },
  },
  {
    name: 'duizend Quick Scans op 390 px en bij 400% zoom: geen horizontaal scrollen, axe schoon',
    viewport: { width: 390, height: 844 },
    async run({ page, baseUrl, checkA11y }) {
      await importDrafts(page, baseUrl, 1000)
      assert.equal(await cards(page).count(), 20)
      await region(page)
        .getByRole('heading', { level: 2 })
        .evaluate((el) => el.scrollIntoView())
      await page.screenshot({ path: 'test-results/drafts-1000-390.png' })
      await cards(page).first().getByRole('checkbox').check()
      await region(page).getByText('1 Quick Scan geselecteerd').waitFor()
      // 400% of 1280 px is 320 CSS px.
      await page.setViewportSize({ width: 320, height: 256 })
      const [scrollWidth, clientWidth] = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        document.documentElement.clientWidth,
      ])
      assert.ok(scrollWidth <= clientWidth, `horizontaal scrollen (${scrollWidth}px)`)
      await checkA11y(page, '1.000 Quick Scans op 320 px')
      await page.setViewportSize({ width: 390, height: 844 })
      await region(page).getByRole('searchbox').scrollIntoViewIfNeeded()
      await page.screenshot({ path: 'test-results/drafts-1000-390-finder.png' })
    },
  },
]
