// "Nothing typed is ever lost": each scenario types a fresh sentence and then at once leaves
// the page in a way a user does (closing the tab, reloading, going elsewhere, a crash, a full
// disk), then opens the draft again. It prints "kept N/N" per scenario and fails on any loss.
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { chromiumArgs, findChromium } from '../../scripts/ensure-chromium.mjs'
import {
  answerField,
  createScan,
  openQuestion,
  typeAtEnd,
  waitSaved,
  withSmallDisk,
} from './helpers.mjs'

const here = dirname(fileURLToPath(import.meta.url))

/** @param {string} scenario @param {number} kept @param {number} total */
function report(scenario, kept, total) {
  console.log(`     kept ${kept}/${total}: ${scenario}`)
  assert.equal(kept, total, `${scenario}: ${total - kept} van ${total} zinnen kwijt`)
}

/** Closes a page as a user closes a tab (beforeunload runs) and waits until it is gone. */
async function closeTab(page) {
  const closed = new Promise((resolve) => page.once('close', resolve))
  await page.close({ runBeforeUnload: true })
  await closed
}

/** What question n of the scan shows in a fresh tab of the context. */
async function answerInNewTab(context, scanUrl, n) {
  const check = await context.newPage()
  await openQuestion(check, scanUrl, n)
  const value = await answerField(check).inputValue()
  await check.close()
  return value
}

export const tests = [
  {
    name: 'niets kwijt: tabblad sluiten direct na de laatste toets, en 150 ms erna (5 keer elk)',
    async run({ page, context, baseUrl }) {
      const scanUrl = await createScan(page, baseUrl, { title: 'Sluiten' })
      for (const delay of [0, 150]) {
        let kept = 0
        for (let i = 1; i <= 5; i++) {
          const tab = await context.newPage()
          await openQuestion(tab, scanUrl, 1)
          const sentence = ` Zin ${i} (${delay} ms): ouders zoeken eerst hun eigen netwerk op.`
          await typeAtEnd(tab, sentence)
          if (delay > 0) await tab.waitForTimeout(delay)
          await closeTab(tab)
          if ((await answerInNewTab(context, scanUrl, 1)).includes(sentence)) kept++
        }
        report(`tabblad sluiten ${delay} ms na de laatste toets`, kept, 5)
      }
    },
  },
  {
    name: 'niets kwijt: herladen, naar een andere site en terug, een link in de kop',
    async run({ page, baseUrl }) {
      const scanUrl = await createScan(page, baseUrl, { title: 'Herladen' })
      await openQuestion(page, scanUrl, 2)
      let kept = 0
      for (let i = 1; i <= 3; i++) {
        const sentence = ` Herladen ${i}: de jongerenwerker kent de buurt.`
        await typeAtEnd(page, sentence)
        await page.reload()
        await answerField(page).waitFor()
        if ((await answerField(page).inputValue()).includes(sentence)) kept++
      }
      report('herladen (F5) direct na de laatste toets', kept, 3)

      // Another site in the same tab, then this address again (a fresh load, not the
      // back-forward cache, which would keep the page's memory).
      const away = ' Weg en terug: de wethouder leest mee.'
      await typeAtEnd(page, away)
      await page.goto('about:blank')
      await openQuestion(page, scanUrl, 2)
      report(
        'naar about:blank en terug',
        (await answerField(page).inputValue()).includes(away) ? 1 : 0,
        1,
      )

      const header = ' Via de kop: het wijkteam sluit aan.'
      await typeAtEnd(page, header)
      await page
        .getByRole('navigation', { name: 'Hoofdmenu' })
        .getByRole('link', { name: 'Quick Scans' })
        .click()
      await page.getByRole('heading', { level: 1, name: 'Reflectietool eigen kracht' }).waitFor()
      await openQuestion(page, scanUrl, 2)
      report(
        'een link in de kop van de app',
        (await answerField(page).inputValue()).includes(header) ? 1 : 0,
        1,
      )
    },
  },
  {
    name: 'niets kwijt: label, vinkje, telling en actieagenda direct voor het sluiten',
    async run({ page, context, baseUrl }) {
      const scanUrl = await createScan(page, baseUrl, { title: 'Keuzes' })
      const label = (p) => p.getByRole('radio', { name: /^Label 3/ })
      const discuss = (p) =>
        p.getByRole('checkbox', {
          name: /Hier willen we over verder praten|Hier wil ik later op terugkomen/,
        })
      let kept = 0

      let tab = await context.newPage()
      await openQuestion(tab, scanUrl, 3)
      await label(tab).check()
      await closeTab(tab)
      tab = await context.newPage()
      await openQuestion(tab, scanUrl, 3)
      if (await label(tab).isChecked()) kept++
      await discuss(tab).check()
      await closeTab(tab)
      tab = await context.newPage()
      await openQuestion(tab, scanUrl, 3)
      if (await discuss(tab).isChecked()) kept++

      await tab.getByRole('button', { name: 'Vraag 3 op de actieagenda zetten' }).click()
      await tab.getByText(/Vraag 3 staat op de actieagenda/).waitFor()
      await tab.goto(`${scanUrl}/actieagenda`)
      const who = (p) => p.getByRole('textbox', { name: 'Wie doet wat?' })
      await who(tab).focus()
      await tab.keyboard.type('Fatma, beleid jeugd')
      await closeTab(tab)
      tab = await context.newPage()
      await tab.goto(`${scanUrl}/actieagenda`)
      await who(tab).waitFor()
      if ((await who(tab).inputValue()) === 'Fatma, beleid jeugd') kept++
      await tab.close()
      report('label, verder praten en "Wie doet wat?", elk direct voor het sluiten', kept, 3)

      // Counted hands in the presenter, then the tab closed at once.
      const presenter = await context.newPage()
      await presenter.goto(`${scanUrl}/presenteren`)
      await presenter.getByRole('heading', { level: 1, name: /Vraag 1 van 15/ }).waitFor()
      for (let i = 0; i < 3; i++)
        await presenter.getByRole('button', { name: 'Label 2: één meer' }).click()
      await closeTab(presenter)
      const again = await context.newPage()
      await again.goto(`${scanUrl}/presenteren`)
      const count2 = again.getByRole('spinbutton', { name: /^Label 2/ })
      await count2.waitFor()
      report('telling (3 keer +) bij sluiten', (await count2.inputValue()) === '3' ? 1 : 0, 1)
    },
  },
  {
    name: 'niets kwijt: de browser gedood (kill -9) 1 s na het typen',
    async run({ baseUrl, watchContext }) {
      const executable = await findChromium()
      const dir = await mkdtemp(join(tmpdir(), 'rt-kill-'))
      const launch = async () => {
        const proc = spawn(
          executable,
          [
            ...chromiumArgs,
            '--headless',
            `--user-data-dir=${dir}`,
            '--remote-debugging-port=0',
            'about:blank',
          ],
          { stdio: ['ignore', 'ignore', 'pipe'] },
        )
        const wsUrl = await new Promise((resolve, reject) => {
          let buf = ''
          const timer = setTimeout(() => reject(new Error('Chromium start niet')), 20_000)
          proc.stderr.on('data', (d) => {
            buf += d
            const m = buf.match(/DevTools listening on (ws:\/\/\S+)/)
            if (m) {
              clearTimeout(timer)
              resolve(m[1])
            }
          })
          proc.once('exit', () => reject(new Error('Chromium stopte')))
        })
        const browser = await chromium.connectOverCDP(wsUrl)
        const context = browser.contexts()[0]
        await watchContext(context)
        return { proc, browser, page: context.pages()[0] ?? (await context.newPage()) }
      }
      try {
        let kept = 0
        const first = await launch()
        const scanUrl = await createScan(first.page, baseUrl, { title: 'Crash' })
        let running = first
        for (let i = 1; i <= 3; i++) {
          await openQuestion(running.page, scanUrl, 1)
          const sentence = ` Crash ${i}: het netwerk van het gezin doet mee.`
          await typeAtEnd(running.page, sentence)
          await running.page.waitForTimeout(1000)
          const exited = new Promise((resolve) => running.proc.once('exit', resolve))
          running.proc.kill('SIGKILL')
          await exited
          running = await launch()
          await openQuestion(running.page, scanUrl, 1)
          if ((await answerField(running.page).inputValue()).includes(sentence)) kept++
        }
        const exited = new Promise((resolve) => running.proc.once('exit', resolve))
        running.proc.kill('SIGKILL')
        await exited
        report('kill -9 van de browser 1 s na de laatste toets', kept, 3)
      } finally {
        await rm(dir, { recursive: true, force: true, maxRetries: 5 })
      }
    },
  },
  {
    name: 'niets kwijt: schijf vol tijdens een antwoord van de maximale lengte, herladen, weer ruimte',
    async run(env) {
      const { baseUrl } = env
      await withSmallDisk(env, async ({ page, context, cdp, origin }) => {
        const scanUrl = await createScan(page, baseUrl, { title: 'Vol' })
        await openQuestion(page, scanUrl, 4)
        const max = Number(await answerField(page).getAttribute('maxlength'))
        assert.ok(max >= 50_000, `maxlength ${max}`)
        const ending = ' En dit is de laatste zin, tot de laatste letter.'
        // Varied words (a repeated sentence would be compressed to almost nothing on disk).
        let body = ''
        for (let n = 1; body.length < max; n = (n * 48271) % 2147483647)
          body += `${n.toString(36)}ş `
        body = body.slice(0, max - ending.length)
        await answerField(page).fill(body)
        await typeAtEnd(page, ending)
        assert.equal((await answerField(page).inputValue()).length, max)
        await page.getByText('U hebt nog 0 tekens').waitFor()
        await page
          .getByText(/opslagruimte van deze browser is vol/)
          .first()
          .waitFor()

        // Reloaded while the disk is still full: the text comes back from the journal.
        await page.reload()
        await answerField(page).waitFor()
        await page
          .getByText(/opslagruimte van deze browser is vol/)
          .first()
          .waitFor()
        let kept = (await answerField(page).inputValue()) === body + ending ? 1 : 0

        // Space again: the next start stores it, and a fresh tab shows it from the database.
        await cdp.send('Storage.overrideQuotaForOrigin', { origin })
        await page.reload()
        await answerField(page).waitFor()
        const fresh = await context.newPage()
        await openQuestion(fresh, scanUrl, 4)
        assert.equal(await fresh.getByText(/opslagruimte van deze browser is vol/).count(), 0)
        if ((await answerField(fresh).inputValue()) === body + ending) kept++
        const journal = await fresh.evaluate(() =>
          Object.keys(localStorage).filter((k) => k.startsWith('rt-journal')),
        )
        assert.deepEqual(journal, [], 'het dagboek is leeg zodra alles is opgeslagen')
        report('schijf vol: getoond na herladen, opgeslagen zodra er ruimte is', kept, 2)
      })
    },
  },
  {
    name: 'niets kwijt: zonder IndexedDB blijft het getypte staan binnen de app',
    async run({ page, context, baseUrl }) {
      await context.addInitScript(() => {
        Object.defineProperty(window, 'indexedDB', { get: () => undefined })
      })
      const scanUrl = await createScan(page, baseUrl, { title: 'Geheugen' })
      await openQuestion(page, scanUrl, 1)
      const sentence = 'Alleen in het geheugen, maar niet kwijt binnen de app.'
      await typeAtEnd(page, sentence)
      await page.getByText('Niet opgeslagen: deze browser bewaart niets.').waitFor()
      await page
        .getByRole('navigation', { name: 'Hoofdmenu' })
        .getByRole('link', { name: 'Quick Scans' })
        .click()
      await page.getByText('Let op: deze browser bewaart niets.').waitFor()
      await openQuestion(page, scanUrl, 1)
      report(
        'geen IndexedDB, navigeren binnen de app',
        (await answerField(page).inputValue()) === sentence ? 1 : 0,
        1,
      )
    },
  },
  {
    name: 'niets kwijt: een concept uit de eerste versie (databaseschema 1) opent en blijft bewaren',
    async run({ page, baseUrl }) {
      const fixture = JSON.parse(
        await readFile(join(here, '../fixtures/db/schema-v1.json'), 'utf8'),
      )
      // A page of the same origin that is not the app, so the database is made before the app
      // opens it, exactly as the first release left it.
      const blank = baseUrl + 'database-maken.html'
      await page.route(blank, (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: '<!doctype html><link rel="icon" href="data:,"><title>Database maken</title>',
        }),
      )
      await page.goto(blank)
      await page.evaluate(
        (f) =>
          new Promise((resolve, reject) => {
            const req = indexedDB.open(f.name, f.idbVersion)
            req.onupgradeneeded = () => {
              for (const [name, def] of Object.entries(f.stores)) {
                const store = req.result.createObjectStore(name, { keyPath: def.keyPath })
                for (const [index, keyPath] of Object.entries(def.indexes))
                  store.createIndex(index, keyPath)
              }
            }
            req.onsuccess = () => {
              const db = req.result
              const tx = db.transaction(Object.keys(f.records), 'readwrite')
              for (const [name, rows] of Object.entries(f.records))
                for (const row of rows) tx.objectStore(name).put(row)
              tx.oncomplete = () => {
                db.close()
                resolve(undefined)
              }
              tx.onerror = () => reject(tx.error)
            }
            req.onerror = () => reject(req.error)
          }),
        fixture,
      )
      await page.goto(baseUrl + '#/')
      await page
        .getByRole('link', { name: 'Quick Scan Houten (eerste versie)', exact: true })
        .click()
      await page
        .getByRole('heading', { level: 1, name: 'Quick Scan Houten (eerste versie)' })
        .waitFor()
      await page.getByText('2 van 15 vragen ingevuld').waitFor()
      const scanUrl = page.url().replace(/\/$/, '')
      await openQuestion(page, scanUrl, 2)
      let kept = 0
      if ((await answerField(page).inputValue()) === 'Daar zijn we nog niet over uit.') kept++
      if (await page.getByRole('radio', { name: /^Label 3/ }).isChecked()) kept++
      const sentence = ' Na de update: we gaan het gesprek aan.'
      await typeAtEnd(page, sentence)
      await page.reload()
      await answerField(page).waitFor()
      if ((await answerField(page).inputValue()).endsWith(sentence)) kept++
      await page.goto(`${scanUrl}/actieagenda`)
      await page.getByRole('button', { name: 'Actie toevoegen aan deel A' }).click()
      await page
        .getByRole('textbox', { name: 'Actie', exact: true })
        .fill('Visie delen met partners')
      await waitSaved(page)
      kept++
      report('concept uit schema 1: antwoorden, label, typen en de actieagenda', kept, 4)
    },
  },
  {
    name: 'niets kwijt: twee tabbladen typen in verschillende en in hetzelfde antwoord, en sluiten',
    async run({ page, context, baseUrl }) {
      const scanUrl = await createScan(page, baseUrl, { title: 'Twee tabbladen' })
      // Different answers, both tabs closed right after their last key.
      const a = await context.newPage()
      const b = await context.newPage()
      await openQuestion(a, scanUrl, 5)
      await openQuestion(b, scanUrl, 6)
      await typeAtEnd(a, 'Tab A, vraag 5.')
      await typeAtEnd(b, 'Tab B, vraag 6.')
      await Promise.all([closeTab(a), closeTab(b)])
      let kept = 0
      if ((await answerInNewTab(context, scanUrl, 5)) === 'Tab A, vraag 5.') kept++
      if ((await answerInNewTab(context, scanUrl, 6)) === 'Tab B, vraag 6.') kept++
      report('twee tabbladen, verschillende antwoorden', kept, 2)

      // One answer: the later change wins, the earlier journal entry does not overwrite it.
      const c = await context.newPage()
      const d = await context.newPage()
      await openQuestion(c, scanUrl, 7)
      await openQuestion(d, scanUrl, 7)
      await typeAtEnd(c, 'Eerst tab C.')
      await closeTab(c)
      await typeAtEnd(d, ' Later tab D.')
      const later = await answerField(d).inputValue()
      await waitSaved(d)
      const shown = await answerInNewTab(context, scanUrl, 7)
      report('twee tabbladen, één antwoord: de latere wijziging blijft', shown === later ? 1 : 0, 1)
      await d.close()
    },
  },
]
