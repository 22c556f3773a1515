// Benchmark of voting with answer slips (figures, not a test): N participants' slips, made on
// phone-sized pages of the built app, played one after another by Chromium's fake camera (each
// slip about 0.9 s in view, then 0.6 s of white, as people step up one by one); the presenter's
// "Stembriefjes inlezen" reads them. Prints the time from a slip appearing in the camera's
// picture to its count on the presenter (median and worst), the time to read all N, and the
// size of what the ballot page and the reader load.
// How "appearing" is measured: a script of this benchmark (not of the app) watches the video
// element's frames (requestVideoFrameCallback) and notes the capture time of the frame that turns
// from white to a slip; a MutationObserver notes when the count changes. Both on the page's
// performance clock. The video starts with white, so the first slip's appearance is seen too.
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { chromiumArgs, findChromium } from './ensure-chromium.mjs'
import { FPS, writeSlipVideo } from './fakeCamera.mjs'

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const kb = (n) => `${(n / 1024).toFixed(1)} kB`

/** Bytes of the app's own files a page loaded after `since` (performance clock), by file. */
const loadedSince = (page, since = 0) =>
  page.evaluate(
    (since) =>
      performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime >= since)
        .map((e) => ({ name: e.name.split('/').pop(), bytes: e.encodedBodySize })),
    since,
  )

export async function slipTimings(baseUrl, participants = 20) {
  const executablePath = await findChromium()
  const dir = await mkdtemp(join(tmpdir(), 'rt-bench-slips-'))
  const video = join(dir, 'slips.y4m')
  const phones = await chromium.launch({ executablePath, args: chromiumArgs })
  await writeSlipVideo(await phones.newPage(), [{ png: null, frames: 2 }], video, 480, 360)
  const camera = await chromium.launch({
    executablePath,
    args: [
      ...chromiumArgs,
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ],
  })
  try {
    const page = await camera.newPage({ viewport: { width: 1366, height: 768 } })
    await page.goto(`${baseUrl}#/nieuw`)
    await page.getByLabel('Titel').fill('Benchmark stembriefjes')
    await page.getByRole('button', { name: 'Quick Scan starten' }).click()
    await page.getByText('0 van 15 vragen ingevuld').waitFor()
    await page.goto(`${page.url().replace(/\/$/, '')}/presenteren`)
    await page.getByRole('button', { name: 'Stemronde starten' }).click()
    await page.getByRole('radio', { name: /Alle 15 vragen/ }).check()
    await page.getByRole('dialog').getByRole('button', { name: 'Stemronde starten' }).click()
    const link = await page.locator('.rt-vote__url').textContent()

    // Each participant on a phone of their own (a new context: its own storage, pseudonym).
    const shots = [{ png: null, frames: FPS * 2 }]
    let ballotFiles = []
    for (let i = 0; i < participants; i++) {
      const phone = await phones.newContext({
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
      })
      const p = await phone.newPage()
      await p.goto(link)
      await p.getByRole('heading', { level: 1, name: 'Stembriefje' }).waitFor()
      for (let q = 0; q < 15; q++) {
        await p
          .getByRole('group', { name: `Label bij vraag ${q + 1}`, exact: true })
          .getByRole('radio', { name: new RegExp(`^Label ${((i + q) % 4) + 1}`) })
          .check()
      }
      await p.getByRole('button', { name: 'Mijn stembriefje tonen' }).click()
      const qr = p.getByRole('img', { name: /QR-code van uw stembriefje/ })
      if (i === 0) ballotFiles = (await loadedSince(p)).filter((f) => f.bytes > 0)
      shots.push({ png: await qr.screenshot(), frames: Math.round(FPS * 0.9) })
      shots.push({ png: null, frames: Math.round(FPS * 0.6) })
      await phone.close()
    }
    await writeSlipVideo(await phones.newPage(), shots, video, 480, 360)

    const before = await page.evaluate(() => performance.now())
    await page.getByRole('button', { name: 'Stembriefjes inlezen' }).click()
    const videoEl = page.locator('.rt-reader__video')
    await videoEl.waitFor()
    await page.waitForFunction(() => document.querySelector('.rt-reader__video')?.readyState >= 2)
    const readerFiles = await loadedSince(page, before)
    await page.evaluate(() => {
      const v = document.querySelector('.rt-reader__video')
      const count = document.querySelector('.rt-reader__count')
      const canvas = new OffscreenCanvas(48, 36)
      const ctx = canvas.getContext('2d', { willReadFrequently: true })
      const w = (window.__bench = { appear: [], counts: [] })
      let white = true
      const frame = (now, meta) => {
        ctx.drawImage(v, 0, 0, 48, 36)
        const d = ctx.getImageData(0, 0, 48, 36).data
        let dark = 0
        for (let i = 0; i < d.length; i += 4) if (d[i] < 96) dark++
        // When the camera took the frame: the moment the slip was in front of it.
        if (white && dark > 40) w.appear.push(meta.captureTime ?? meta.presentationTime ?? now)
        white = dark <= 40
        v.requestVideoFrameCallback(frame)
      }
      v.requestVideoFrameCallback(frame)
      new MutationObserver(() =>
        w.counts.push([performance.now(), Number(count.textContent.match(/\d+/)[0])]),
      ).observe(count, { childList: true, characterData: true, subtree: true })
    })
    const started = Date.now()
    await page
      .locator('.rt-reader__count')
      .getByText(`${participants} stembriefjes ingelezen`)
      .waitFor({ timeout: 120_000 })
    const allMs = Date.now() - started
    const { appear, counts } = await page.evaluate(() => window.__bench)
    // Each new count belongs to the last slip that appeared before it.
    const latencies = counts.map(([t]) => t - Math.max(...appear.filter((a) => a <= t)))
    return {
      participants,
      latencies,
      allMs,
      videoSeconds: shots.reduce((s, x) => s + x.frames, 0) / FPS,
      ballotFiles,
      readerFiles: readerFiles.filter((f) => f.bytes > 0),
    }
  } finally {
    await camera.close()
    await phones.close()
  }
}

export function printSlips(r) {
  console.log(`Stembriefjes inlezen (nepcamera, ${r.participants} deelnemers na elkaar)`)
  console.log(
    `  van briefje in beeld tot telling:  mediaan ${Math.round(median(r.latencies))} ms, slechtste ${Math.round(Math.max(...r.latencies))} ms (${r.latencies.length} briefjes)`,
  )
  console.log(
    `  alle ${r.participants} ingelezen in:          ${(r.allMs / 1000).toFixed(1)} s (video van ${r.videoSeconds.toFixed(1)} s)`,
  )
  const files = (label, list) => {
    console.log(`  ${label.padEnd(34)} ${kb(list.reduce((s, f) => s + f.bytes, 0))} (over het net)`)
    for (const f of list) console.log(`    ${f.name.padEnd(32)} ${kb(f.bytes)}`)
  }
  files('het stembriefje laadt:', r.ballotFiles)
  files('"Stembriefjes inlezen" laadt:', r.readerFiles)
}
