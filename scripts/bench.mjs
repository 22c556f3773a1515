// Benchmarks (figures, not tests): first-load JS beside a bare Vue + vue-router + Pinia + Dexie
// build, PDF generation in Chromium beside bare jsPDF writing the same text, and our PDF builder
// in Node beside bare jsPDF writing the same runs with the same fonts on the same pages;
// and the start page with 10 and with 1,000 drafts.
// Usage: npm run bench (only the PDF builder: node scripts/bench.mjs pdf-opbouw; only the start
// page: node scripts/bench.mjs startpagina; only voting with answer slips: node scripts/bench.mjs
// stembriefjes; BENCH_DIST=dist-x to serve a build of your own)
import { execFile, execSync } from 'node:child_process'
import { promisify } from 'node:util'
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'
import { build, createServer } from 'vite'
import { firstLoadFiles } from './check-build.mjs'
import { chromiumArgs, findChromium } from './ensure-chromium.mjs'
import { startServer } from './serve.mjs'

const root = resolve(import.meta.dirname, '..')
const kb = (n) => `${(n / 1024).toFixed(1)} kB`
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

function sizes(dir, files) {
  let raw = 0
  let gz = 0
  for (const f of files) {
    const buf = readFileSync(join(dir, f))
    raw += buf.length
    gz += gzipSync(buf, { level: 9 }).length
  }
  return { raw, gz }
}

async function bareBaseline() {
  const dir = join(root, 'node_modules/.bench-bare')
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><div id="app"></div><script type="module" src="./main.js"></script>',
  )
  writeFileSync(
    join(dir, 'main.js'),
    `import { createApp, h } from 'vue'
import { createRouter, createWebHashHistory, RouterView } from 'vue-router'
import { createPinia, defineStore } from 'pinia'
import Dexie, { liveQuery } from 'dexie'
const db = new Dexie('bare'); db.version(1).stores({ t: 'id' })
const useS = defineStore('s', { state: () => ({ n: 0 }) })
const router = createRouter({ history: createWebHashHistory(), routes: [{ path: '/', component: { render: () => h('p', String(useS().n)) } }] })
liveQuery(() => db.t.count()).subscribe((n) => (useS().n = n))
createApp({ render: () => h(RouterView) }).use(createPinia()).use(router).mount('#app')
`,
  )
  await build({ root: dir, logLevel: 'silent', base: './', build: { outDir: 'dist' } })
  const assets = readdirSync(join(dir, 'dist/assets')).filter((f) => f.endsWith('.js'))
  return sizes(join(dir, 'dist/assets'), assets)
}

const para = (n, i) =>
  `Antwoord ${n}, alinea ${i}: de gemeente werkt aan eigen kracht van jeugdigen en ouders, met het netwerk, de wijkteams en de scholen. Şükrü en Łukasz schreven mee; de afspraken zijn nog niet overal gedeeld. `.repeat(
    3,
  )

async function pdfTimings(baseUrl) {
  const browser = await chromium.launch({
    executablePath: await findChromium(),
    args: chromiumArgs,
  })
  try {
    const page = await (
      await browser.newContext({ locale: 'nl-NL', acceptDownloads: true })
    ).newPage()
    await page.goto(baseUrl + '#/nieuw')
    await page.getByLabel('Gemeente (optioneel)').fill('Zeist')
    await page.getByRole('button', { name: 'Quick Scan starten' }).click()
    await page.getByText('0 van 15 vragen ingevuld').waitFor()
    const scanUrl = page.url()
    const texts = []
    for (let n = 1; n <= 15; n++) {
      const text = [1, 2, 3].map((i) => para(n, i)).join('\n\n')
      texts.push(text)
      await page.goto(`${scanUrl}/vraag/${n}`)
      await page.getByLabel('Antwoord').fill(text)
      await page.getByRole('radio', { name: new RegExp(`^Label ${(n % 4) + 1}`) }).check()
      if (n % 3 === 0)
        await page.getByRole('button', { name: `Vraag ${n} op de actieagenda zetten` }).click()
      await page.getByLabel('Antwoord').blur()
      await page.getByText(/^Opgeslagen in deze browser/).waitFor()
    }
    await page.goto(`${scanUrl}/overzicht`)
    await page.getByRole('radio', { name: 'Quick Scan en actieagenda' }).check()
    const runs = []
    let size = 0
    for (let i = 0; i < 5; i++) {
      const t0 = Date.now()
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Pdf downloaden', exact: true }).click(),
      ])
      runs.push(Date.now() - t0)
      size = statSync(await download.path()).size
      await page.getByText(/De pdf is klaar/).waitFor()
    }
    const jspdfChunk = readdirSync(join(root, 'dist/assets')).find((f) => /^jspdf\.es/.test(f))
    const bare = await page.evaluate(
      async ({ url, texts }) => {
        const { jsPDF } = await import(url)
        const times = []
        for (let r = 0; r < 5; r++) {
          const t0 = performance.now()
          const doc = new jsPDF({ unit: 'mm', format: 'a4' })
          let y = 20
          for (const t of texts) {
            for (const line of doc.splitTextToSize(t, 166)) {
              if (y > 275) {
                doc.addPage()
                y = 20
              }
              doc.text(line, 22, y)
              y += 5.3
            }
          }
          doc.output('arraybuffer')
          times.push(performance.now() - t0)
        }
        return times
      },
      { url: `./assets/${jspdfChunk}`, texts },
    )
    return { cold: runs[0], warm: median(runs.slice(1)), size, bare: median(bare) }
  } finally {
    await browser.close()
  }
}

/**
 * Generation only, in this process: our builder (layout, page breaks, tagging) for a full scan
 * beside bare jsPDF writing the same text runs (recorded from our builder's doc.text calls) with
 * the same fonts, at the same places on the same pages, without layout or tagging. Both end in
 * output('arraybuffer'), both compressed.
 */
async function pdfGenerationTimings(runs = 7) {
  const vite = await createServer({
    root,
    logLevel: 'silent',
    server: { middlewareMode: true, hmr: false },
    appType: 'custom',
  })
  try {
    const load = (path) => vite.ssrLoadModule(path)
    const [{ jsPDF }, { autoTable }, { buildScanPdf }, restore, scanDomain, writer] =
      await Promise.all([
        import('jspdf'),
        import('jspdf-autotable'),
        load('/src/pdf/buildScanPdf.ts'),
        load('/src/domain/restore.ts'),
        load('/src/domain/scan.ts'),
        load('/src/pdf/writer.ts'),
      ])
    const fontDir = join(root, 'node_modules/@expo-google-fonts/noto-sans')
    const fonts = {
      regular: readFileSync(join(fontDir, '400Regular/NotoSans_400Regular.ttf')).toString('base64'),
      bold: readFileSync(join(fontDir, '700Bold/NotoSans_700Bold.ttf')).toString('base64'),
    }
    // The scan of pdfTimings: 15 answers of three paragraphs, every third question on the agenda.
    const answers = {}
    const actions = []
    for (let n = 1; n <= 15; n++) {
      answers[n] = {
        ...scanDomain.emptyAnswer('b', n, 0),
        text: [1, 2, 3].map((i) => para(n, i)).join('\n\n'),
        label: (n % 4) + 1,
      }
      if (n % 3 === 0)
        actions.push(
          restore.restoreAction(
            {
              id: `a${n}`,
              scanId: 'b',
              part: n <= 5 ? 'A' : n <= 10 ? 'B' : 'C',
              order: n,
              question: n,
              createdAt: 0,
            },
            0,
          ),
        )
    }
    const meta = restore.restoreScanMeta(
      {
        id: 'b',
        title: 'Bench',
        municipality: 'Zeist',
        date: '2026-11-23',
        createdAt: 0,
        answeredCount: 15,
      },
      0,
    )
    const scan = { meta, answers, actions }

    // Record every text run our builder writes: page, font, size, colour, position, options.
    const runsOf = []
    class Recorder extends jsPDF {
      constructor(...args) {
        super(...args)
        const text = this.text.bind(this)
        this.text = (t, x, y, opts) => {
          runsOf.push({
            page: this.getCurrentPageInfo().pageNumber,
            style: this.getFont().fontStyle,
            size: this.getFontSize(),
            color: this.getTextColor(),
            t,
            x,
            y,
            opts,
          })
          return text(t, x, y, opts)
        }
      }
    }
    buildScanPdf(scan, 'both', { jsPDF: Recorder, autoTable, fonts })
    const pages = Math.max(...runsOf.map((r) => r.page))

    const ours = () => buildScanPdf(scan, 'both', { jsPDF, autoTable, fonts }).output('arraybuffer')
    const bare = () => {
      const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true })
      doc.addFileToVFS('NotoSans-Regular.ttf', fonts.regular)
      doc.addFont('NotoSans-Regular.ttf', writer.FONT, 'normal')
      doc.addFileToVFS('NotoSans-Bold.ttf', fonts.bold)
      doc.addFont('NotoSans-Bold.ttf', writer.FONT, 'bold')
      for (let p = 2; p <= pages; p++) doc.addPage()
      for (const r of runsOf) {
        doc.setPage(r.page)
        doc.setFont(writer.FONT, r.style)
        doc.setFontSize(r.size)
        doc.setTextColor(r.color)
        doc.text(r.t, r.x, r.y, r.opts)
      }
      return doc.output('arraybuffer')
    }
    const time = (make) => {
      make() // warm-up: font parsing, JIT
      const times = []
      let size = 0
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now()
        size = make().byteLength
        times.push(performance.now() - t0)
      }
      return { ms: median(times), size }
    }
    return { ours: time(ours), bare: time(bare), runs, pages, textRuns: runsOf.length }
  } finally {
    await vite.close()
  }
}

function printGeneration(g) {
  console.log(
    `PDF opbouwen in Node (alleen genereren, zelfde proces; ${g.pages} pagina's, ${g.textRuns} tekstregels)`,
  )
  console.log(
    `  onze builder (opmaak, tags):        ${g.ours.ms.toFixed(0)} ms  (${kb(g.ours.size)})`,
  )
  console.log(
    `  kale jsPDF, zelfde tekst en fonts:  ${g.bare.ms.toFixed(0)} ms  (${kb(g.bare.size)})`,
  )
  console.log(
    `  verhouding builder / kaal:          ${(g.ours.ms / g.bare.ms).toFixed(2)}  (mediaan van ${g.runs})`,
  )
}

if (process.argv[2] === 'pdf-opbouw') {
  printGeneration(await pdfGenerationTimings())
  process.exit(0)
}

/** A backup file (format v1) of n drafts, as a facilitator's browser holds them. */
function backupOf(n) {
  const places = ['Utrecht', 'Zeist', 'Houten', 'Ede', 'Amersfoort', 'Nieuwegein', 'Soest']
  const scans = Array.from({ length: n }, (_, i) => ({
    title: `Quick Scan ${places[i % places.length]} ${i + 1}`,
    municipality: places[i % places.length],
    date: `${2023 + (i % 4)}-${String((i % 12) + 1).padStart(2, '0')}-15`,
    mode: 'group',
    participants: [{ name: `Deelnemer ${i}`, role: '' }],
    createdAt: 1_795_440_000_000 + i * 60_000,
    updatedAt: 1_795_440_000_000 + i * 60_000,
    followUp: { meetAgain: null, nextMeeting: '', pickedUpBy: '', accountability: '' },
    answers: [1, 2, 3].map((q) => ({ question: q, text: para(q, 1), label: (q % 4) + 1 })),
    actions: [],
  }))
  return JSON.stringify({
    tool: 'reflectietool-eigen-kracht',
    kind: 'backup',
    formatVersion: 1,
    exportedAt: '2026-11-23T13:32:00.000Z',
    scans,
  })
}

/**
 * The start page with n drafts (imported once through "Bestand openen"), loaded RUNS times:
 * from navigation start until the first draft's title is on screen, and until the list is ready
 * (its page of drafts shown, the count there, every "Verdergaan" pointing at its open question).
 */
async function startPageTimings(baseUrl, counts = [10, 1000], runs = 7) {
  const browser = await chromium.launch({
    executablePath: await findChromium(),
    args: chromiumArgs,
  })
  const result = {}
  try {
    for (const n of counts) {
      const page = await (await browser.newContext({ locale: 'nl-NL' })).newPage()
      await page.addInitScript(() => {
        const marks = { first: null, ready: null }
        window.__startMarks = marks
        const check = () => {
          const items = document.querySelectorAll('#inhoud li:has(> h3 a[id^="open-"])')
          if (marks.first === null && items.length > 0) marks.first = performance.now()
          const go = [...document.querySelectorAll('a[aria-label^="Verdergaan: "]')]
          const status = document.querySelector('.rt-drafts__count')?.textContent ?? ''
          if (
            marks.ready === null &&
            items.length > 0 &&
            /Quick Scans?$/.test(status) &&
            go.length === items.length &&
            go.every((a) => a.getAttribute('href')?.includes('/vraag/'))
          ) {
            marks.ready = performance.now()
            observer.disconnect()
          }
        }
        const observer = new MutationObserver(check)
        observer.observe(document, {
          childList: true,
          subtree: true,
          attributes: true,
          characterData: true,
        })
      })
      await page.goto(baseUrl + '#/')
      await page.getByText('U heeft nog geen concepten').waitFor()
      const chosen = Date.now()
      await page.locator('#import-file').setInputFiles({
        name: `reservekopie-${n}.json`,
        mimeType: 'application/json',
        buffer: Buffer.from(backupOf(n)),
      })
      const confirm = page.getByRole('button', { name: `Importeren als ${n} nieuwe concepten` })
      await confirm.waitFor({ timeout: 60_000 })
      const checked = Date.now()
      await confirm.click()
      await page.getByText(/Quick Scans zijn toegevoegd/).waitFor({ timeout: 60_000 })
      const imported = Date.now()
      const first = []
      const ready = []
      for (let i = 0; i < runs; i++) {
        await page.reload()
        await page.waitForFunction(() => window.__startMarks?.ready !== null, null, {
          timeout: 30_000,
        })
        const m = await page.evaluate(() => window.__startMarks)
        first.push(m.first)
        ready.push(m.ready)
      }
      result[n] = {
        first: median(first),
        ready: median(ready),
        check: checked - chosen,
        write: imported - checked,
      }
      await page.context().close()
    }
    return result
  } finally {
    await browser.close()
  }
}

function printStartPage(t) {
  const [few, many] = Object.keys(t).map(Number)
  const label = (n) => `${n.toLocaleString('nl-NL')} Quick Scans`.padEnd(18)
  console.log(
    'Startpagina laden (vanaf navigatie, mediaan van 7): eerste Quick Scan te zien · lijst klaar',
  )
  for (const n of [few, many]) {
    console.log(`  ${label(n)} ${t[n].first.toFixed(0)} ms · ${t[n].ready.toFixed(0)} ms`)
  }
  console.log(
    `  verhouding ${many.toLocaleString('nl-NL')} / ${few}:          ${(t[many].first / t[few].first).toFixed(2)} · ${(t[many].ready / t[few].ready).toFixed(2)}  (doel ≤ 1,2)`,
  )
  console.log(
    'Reservekopie inlezen via "Bestand openen" (één keer): controleren tot preview · schrijven',
  )
  for (const n of [few, many]) {
    console.log(`  ${label(n)} ${t[n].check} ms · ${t[n].write} ms`)
  }
}

if (process.argv[2] === 'stembriefjes') {
  const { slipTimings, printSlips } = await import('./bench-slips.mjs')
  const dir = process.env.BENCH_DIST ? resolve(root, process.env.BENCH_DIST) : join(root, 'dist')
  if (!process.env.BENCH_DIST) execSync('npx vite build', { cwd: root, stdio: 'ignore' })
  const server = await startServer({ root: dir })
  try {
    printSlips(await slipTimings(server.url, Number(process.env.BENCH_PARTICIPANTS ?? 20)))
  } finally {
    await server.close()
  }
  process.exit(0)
}

if (process.argv[2] === 'startpagina') {
  // BENCH_DIST: serve a build made elsewhere (npx vite build --outDir …) instead of building dist/.
  const dir = process.env.BENCH_DIST ? resolve(root, process.env.BENCH_DIST) : join(root, 'dist')
  if (!process.env.BENCH_DIST) execSync('npx vite build', { cwd: root, stdio: 'ignore' })
  const server = await startServer({ root: dir })
  try {
    printStartPage(await startPageTimings(server.url))
  } finally {
    await server.close()
  }
  process.exit(0)
}

execSync('npx vite build', { cwd: root, stdio: 'ignore' })
const app = sizes(join(root, 'dist'), firstLoadFiles(join(root, 'dist')))
const bare = await bareBaseline()
console.log('Eerste laadbeurt (JS, gzip)')
console.log(`  app:                             ${kb(app.gz)} (${kb(app.raw)} onverpakt)`)
console.log(`  kale Vue+router+Pinia+Dexie:     ${kb(bare.gz)} (${kb(bare.raw)} onverpakt)`)
console.log(`  verhouding app / kaal:           ${(app.gz / bare.gz).toFixed(2)}`)

/**
 * Lighthouse (the npm package) against Debian's Chromium, mobile and desktop, RUNS times each:
 * one run's score moves with whatever else the machine does, so the median is printed beside
 * the lowest and highest. Run as a child process asynchronously: the server it measures lives
 * in this process and must keep serving.
 */
const RUNS = 3
async function lighthouseRun(url, chromePath, preset) {
  const out = join(root, 'node_modules/.bench-lighthouse.json')
  // Fetched on first use (npm registry), so installing the project does not carry it.
  await promisify(execFile)(
    'npx',
    [
      '--yes',
      'lighthouse@12.8.2',
      url,
      '--quiet',
      '--only-categories=performance,accessibility,best-practices,seo',
      '--output=json',
      `--output-path=${out}`,
      `--chrome-flags=--headless ${chromiumArgs.join(' ')}`,
      ...(preset === 'desktop' ? ['--preset=desktop'] : []),
    ],
    { env: { ...process.env, CHROME_PATH: chromePath }, timeout: 180_000 },
  )
  const report = JSON.parse(readFileSync(out, 'utf8'))
  const scores = Object.fromEntries(
    Object.entries(report.categories).map(([k, v]) => [k, Math.round(v.score * 100)]),
  )
  return { ...scores, lcp: report.audits['largest-contentful-paint'].numericValue }
}

async function lighthouse(url, chromePath) {
  const results = {}
  for (const preset of ['mobile', 'desktop']) {
    const runs = []
    for (let i = 0; i < RUNS; i++) runs.push(await lighthouseRun(url, chromePath, preset))
    results[preset] = runs
  }
  return results
}

/**
 * What one keystroke costs the app synchronously (input handler: local value, journal entry in
 * localStorage, debounce), in an answer of 1,000 characters and one at the maximum length.
 */
async function keystrokeTimings(baseUrl) {
  const browser = await chromium.launch({
    executablePath: await findChromium(),
    args: chromiumArgs,
  })
  try {
    const page = await (await browser.newContext({ locale: 'nl-NL' })).newPage()
    await page.goto(baseUrl + '#/nieuw')
    await page.getByRole('button', { name: 'Quick Scan starten' }).click()
    await page.getByText('0 van 15 vragen ingevuld').waitFor()
    await page.goto(`${page.url()}/vraag/1`)
    const field = page.getByRole('textbox', { name: 'Antwoord', exact: true })
    const max = Number(await field.getAttribute('maxlength'))
    const result = {}
    for (const length of [1000, max - 100]) {
      await field.fill('eigen kracht '.repeat(length / 13 + 1).slice(0, length))
      result[length] = await field.evaluate((el) => {
        const times = []
        for (let i = 0; i < 60; i++) {
          el.value += 'x'
          const t = performance.now()
          el.dispatchEvent(new Event('input', { bubbles: true }))
          times.push(performance.now() - t)
        }
        times.sort((a, b) => a - b)
        return { median: times[30], p95: times[57] }
      })
    }
    return result
  } finally {
    await browser.close()
  }
}

const server = await startServer({ root: join(root, 'dist') })
try {
  const keys = await keystrokeTimings(server.url)
  console.log(
    'Eén toetsaanslag in een antwoord (synchroon: veld, dagboek in localStorage, debounce)',
  )
  for (const [length, t] of Object.entries(keys)) {
    console.log(
      `  ${Number(length).toLocaleString('nl-NL').padStart(7)} tekens: mediaan ${t.median.toFixed(2)} ms, p95 ${t.p95.toFixed(2)} ms`,
    )
  }
  const lh = await lighthouse(server.url, await findChromium())
  console.log(
    `Lighthouse, mediaan van ${RUNS} (laagste–hoogste): performance · accessibility · best practices · SEO · LCP`,
  )
  for (const [preset, runs] of Object.entries(lh)) {
    const cell = (key, fmt = String) => {
      const xs = runs.map((r) => r[key])
      const [lo, hi] = [Math.min(...xs), Math.max(...xs)]
      return lo === hi ? fmt(lo) : `${fmt(median(xs))} (${fmt(lo)}–${fmt(hi)})`
    }
    const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`
    console.log(
      `  ${preset.padEnd(8)} ${['performance', 'accessibility', 'best-practices', 'seo'].map((k) => cell(k)).join(' · ')} · ${cell('lcp', seconds)}`,
    )
  }
  const t = await pdfTimings(server.url)
  console.log('PDF van een volle scan (15 lange antwoorden, acties) in Chromium')
  console.log(`  eerste keer (jsPDF en fonts laden): ${t.cold} ms`)
  console.log(`  daarna (mediaan van 4):             ${t.warm} ms  (klik tot download)`)
  console.log(`  kale jsPDF, zelfde tekst (mediaan): ${t.bare.toFixed(0)} ms`)
  console.log(`  verhouding app / kaal:              ${(t.warm / t.bare).toFixed(2)}`)
  console.log(`  pdf-grootte:                        ${kb(t.size)}`)
  printGeneration(await pdfGenerationTimings())
  printStartPage(await startPageTimings(server.url))
} finally {
  await server.close()
}
