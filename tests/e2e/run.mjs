// End-to-end runner. Serves dist/ on 127.0.0.1, drives it in headless Chromium with
// playwright-core and checks pages with axe-core. Every tests/e2e/*.e2e.mjs exports
// `tests = [{ name, run(ctx), viewport? }]`; ctx is { page, context, baseUrl, browser, checkA11y,
// watchContext, serve, launch }. serve(folder) serves another folder (a second build) for one test
// and returns its URL; requests to it count as the app's own. launch(args) starts a second
// Chromium with extra flags (a fake camera) for one test.
// A test fails on a thrown error, on a request to another origin, on a page error, on a console
// error (CSP violations are turned into console errors) and on a JavaScript dialog.
// Prints "N passed, N failed" and exits 1 on any failure or when no test ran.
// Usage: node tests/e2e/run.mjs [regexp to select tests by name]
import { mkdir, readFile, readdir } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { chromium } from 'playwright-core'
import { chromiumArgs, findChromium } from '../../scripts/ensure-chromium.mjs'
import { startServer } from '../../scripts/serve.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const root = resolve(here, '../..')
const resultsDir = join(root, 'test-results')
const only = process.argv[2] ? new RegExp(process.argv[2], 'i') : null
const TEST_TIMEOUT_MS = 120_000
const axeSource = await readFile(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8')

/**
 * Runs axe-core on the whole document and throws a readable list of violations.
 * axe is injected with page.evaluate: that runs over the DevTools protocol, which the page's
 * Content-Security-Policy does not block (a <script> tag would be blocked).
 * @param {import('playwright-core').Page} page
 * @param {string} label what is being checked, for the error message
 */
export async function checkA11y(page, label) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource)
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    })
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }))
  })
  if (violations.length > 0) {
    const lines = violations.map(
      (v) => `  - ${v.id}: ${v.help} (${v.targets.length}x: ${v.targets.slice(0, 3).join(' | ')})`,
    )
    throw new Error(
      `axe: ${violations.length} soort(en) overtreding op ${label}:\n${lines.join('\n')}`,
    )
  }
}

/** @param {string} name */
const fileName = (name) => name.replace(/[^\p{L}\p{N}_-]+/gu, '_').slice(0, 100)

/** @param {Promise<unknown>} promise @param {number} ms */
function withTimeout(promise, ms) {
  let timer
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`test duurde langer dan ${ms / 1000} s`)), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

const tests = []
for (const file of (await readdir(here)).filter((f) => f.endsWith('.e2e.mjs')).sort()) {
  const mod = await import(pathToFileURL(join(here, file)).href)
  for (const t of mod.tests ?? []) {
    if (!only || only.test(t.name)) tests.push({ ...t, file })
  }
}

const executablePath = await findChromium()
// E2E_DIST: another build folder (two people testing at once on one machine).
const server = await startServer({ root: join(root, process.env.E2E_DIST ?? 'dist') })
const origin = new URL(server.url).origin
let passed = 0
let failed = 0
let browser
try {
  browser = await chromium.launch({
    executablePath,
    args: chromiumArgs,
  })
  await mkdir(resultsDir, { recursive: true })

  for (const t of tests) {
    const context = await browser.newContext({
      viewport: t.viewport ?? { width: 1366, height: 768 },
      locale: 'nl-NL',
      timezoneId: 'Europe/Amsterdam',
    })
    context.setDefaultTimeout(10_000)
    /** @type {string[]} */
    const problems = []
    const origins = new Set([origin])
    /** @type {Awaited<ReturnType<typeof startServer>>[]} */
    const extraServers = []
    /** @type {import('playwright-core').Browser[]} */
    const extraBrowsers = []
    /**
     * A second Chromium with extra flags (a fake camera), closed after the test.
     * @param {string[]} args
     */
    const launch = async (args) => {
      const b = await chromium.launch({ executablePath, args: [...chromiumArgs, ...args] })
      extraBrowsers.push(b)
      return b
    }
    /** @param {string} folder */
    const serve = async (folder) => {
      const extra = await startServer({ root: folder })
      extraServers.push(extra)
      origins.add(new URL(extra.url).origin)
      return extra.url
    }
    /**
     * Watches a browser context: requests to other origins, page errors, console errors (CSP
     * violations become console errors) and dialogs all count as problems. Tests that open a
     * context of their own (a second browser profile) pass it here too.
     * @param {import('playwright-core').BrowserContext} ctx
     */
    const watchContext = async (ctx) => {
      await ctx.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI)
        })
      })
      ctx.on('request', (request) => {
        const url = request.url()
        if (url.startsWith('data:') || url.startsWith('blob:')) return
        if (!origins.has(new URL(url).origin))
          problems.push(`verzoek naar een andere origin: ${url}`)
      })
      ctx.on('page', (p) => {
        p.on('pageerror', (e) => problems.push(`paginafout: ${e.message}`))
        p.on('console', (m) => {
          if (m.type() === 'error') problems.push(`console-fout: ${m.text()}`)
        })
        p.on('dialog', (d) => {
          problems.push(`dialoogvenster (${d.type()}): ${d.message()}`)
          d.dismiss().catch(() => {})
        })
      })
    }
    await watchContext(context)
    const page = await context.newPage()

    const started = Date.now()
    try {
      await withTimeout(
        t.run({
          page,
          context,
          baseUrl: server.url,
          browser,
          checkA11y,
          watchContext,
          serve,
          launch,
        }),
        TEST_TIMEOUT_MS,
      )
      if (problems.length > 0) throw Object.assign(new Error(problems.join('\n')), { bare: true })
      passed++
      console.log(`ok   ${t.name} (${Date.now() - started} ms)`)
    } catch (e) {
      failed++
      const shot = join(resultsDir, `${fileName(t.name)}.png`)
      await page.screenshot({ path: shot, fullPage: true }).catch(() => {})
      const extra = problems.length > 0 && !String(e).includes(problems[0]) ? problems : []
      console.log(`FAIL ${t.name} [${t.file}]`)
      const text = e instanceof Error ? (e.bare ? e.message : (e.stack ?? e.message)) : String(e)
      console.log(text.replace(/^/gm, '     '))
      for (const p of extra) console.log(`     ${p}`)
      console.log(`     schermafdruk: ${shot}`)
    } finally {
      await context.close().catch(() => {})
      await Promise.all(extraServers.map((s) => s.close()))
      await Promise.all(extraBrowsers.map((b) => b.close().catch(() => {})))
    }
  }
} finally {
  await browser?.close().catch(() => {})
  await server.close()
}

console.log(`${passed} passed, ${failed} failed`)
if (failed > 0 || passed === 0) process.exit(1)
