import assert from 'node:assert/strict'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createScan } from './helpers.mjs'
import { writeSlipVideo } from '../../scripts/fakeCamera.mjs'
import { readQrCodes } from './qr.mjs'

// Voting with answer slips, the real path: a phone-sized browser fills in a ballot and shows its
// slip; a screenshot of that slip becomes a Y4M video; a second Chromium whose fake camera plays
// it runs the presenter and reads the slip. Nothing is mocked in the app.

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }
const cameraFlags = (video) => [
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  `--use-file-for-fake-video-capture=${video}`,
]

/**
 * A participant on a phone: opens the ballot, picks a label per question (null: none), and
 * returns a screenshot of the slip's QR code.
 */
export async function phoneSlip(
  { browser, watchContext, checkA11y },
  link,
  choices,
  { axe = false, round = 1 } = {},
) {
  const phone = await browser.newContext({ ...PHONE, locale: 'nl-NL' })
  await watchContext(phone)
  const page = await phone.newPage()
  await page.goto(link)
  await page.getByRole('heading', { level: 1, name: 'Stembriefje' }).waitFor()
  if (round === 2) await page.getByRole('button', { name: '2. Na het gesprek' }).click()
  for (const [question, label] of Object.entries(choices)) {
    const group = page.getByRole('group', { name: `Label bij vraag ${question}`, exact: true })
    if (label) await group.getByRole('radio', { name: new RegExp(`^Label ${label}`) }).check()
  }
  if (axe) await checkA11y(page, 'het stembriefje (invullen)')
  await page.getByRole('button', { name: 'Mijn stembriefje tonen' }).click()
  const qr = page.getByRole('img', { name: /QR-code van uw stembriefje/ })
  await qr.waitFor()
  if (axe) {
    await checkA11y(page, 'het stembriefje (QR-code)')
    await page.screenshot({ path: 'test-results/stembriefje-390.png' })
  }
  const png = await qr.screenshot()
  await phone.close()
  return png
}

/** The presenter in a browser whose camera plays `video`, with a vote started (over part A). */
async function presenterWithCamera(ctx, video, { grant = true, scope = /Deel A/ } = {}) {
  const camera = await ctx.launch(grant ? cameraFlags(video) : cameraFlags(video).slice(0, 1))
  const context = await camera.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'nl-NL',
  })
  await ctx.watchContext(context)
  const page = await context.newPage()
  const scanUrl = await createScan(page, ctx.baseUrl, { title: 'Stemmen met telefoons' })
  await page.goto(`${scanUrl}/presenteren`)
  await page.getByRole('heading', { level: 1, name: /Vraag 1 van 15/ }).waitFor()
  await page.getByRole('button', { name: 'Stemronde starten' }).click()
  const dialog = page.getByRole('dialog', { name: 'Stemronde starten' })
  await dialog.getByRole('radio', { name: scope }).check()
  // The app runs on 127.0.0.1: phones could not reach it, and the facilitator is told.
  await dialog.getByText('alleen deze computer kent').waitFor()
  await dialog.getByRole('button', { name: 'Stemronde starten' }).click()
  // The button that started the vote is gone; focus is on the next step, not lost.
  await page.waitForFunction(
    () => document.activeElement?.textContent?.trim() === 'Stembriefjes inlezen',
  )
  const status = page.locator('.rt-vote__status')
  const code = /Stemronde ([A-Z2-9]{4})/.exec(await status.textContent())[1]
  const link = await page.locator('.rt-vote__url').textContent()
  assert.match(link, new RegExp(`#/stem/${code}\\?vragen=(1-5|1)$`))
  return { page, scanUrl, code, link, context }
}

const reader = (page) => page.getByRole('dialog', { name: 'Stembriefjes inlezen' })

export const tests = [
  {
    name: 'stemmen: twee telefoons tonen hun stembriefje, de camera van de presentator telt ze (een keer), een briefje van een andere sessie wordt geweigerd',
    async run(ctx) {
      const dir = await mkdtemp(join(tmpdir(), 'rt-camera-'))
      const video = join(dir, 'slips.y4m')
      // Chromium opens the file when the camera starts, not before: a white placeholder first.
      await writeSlipVideo(ctx.page, [{ png: null, frames: 2 }], video)
      const { page, code, link } = await presenterWithCamera(ctx, video)

      // The projector shows how to join: the QR code holds the same address.
      const [audience] = await Promise.all([
        page.context().waitForEvent('page'),
        page.getByRole('button', { name: 'Publieksscherm openen' }).click(),
      ])
      await audience.setViewportSize({ width: 1280, height: 720 })
      const joinQr = audience.getByRole('img', { name: /QR-code: het stembriefje op/ })
      assert.deepEqual(await readQrCodes(await joinQr.screenshot()), [link])
      await audience.getByText(code, { exact: true }).waitFor()
      await ctx.checkA11y(audience, 'het publieksscherm met de QR-code')
      await audience.screenshot({ path: 'test-results/stemmen-publiek-1280.png' })

      const phoneLink = link.replace(/^https?:\/\/[^/]+\//, ctx.baseUrl)
      const a = await phoneSlip(ctx, phoneLink, { 1: 1, 2: 4, 3: 2 }, { axe: true })
      const b = await phoneSlip(ctx, phoneLink, { 1: 2, 2: 4, 5: 3 })
      await writeSlipVideo(
        ctx.page,
        [
          { png: a, frames: 20 },
          { png: null, frames: 10 },
          { png: b, frames: 20 },
          { png: null, frames: 10 },
          { png: a, frames: 20 },
          { png: null, frames: 10 },
        ],
        video,
      )

      await page.getByRole('button', { name: 'Stembriefjes inlezen' }).click()
      const panel = reader(page)
      await panel
        .getByText('2 stembriefjes ingelezen', { exact: true })
        .waitFor({ timeout: 20_000 })
      await panel.getByText('Stembriefje geteld.').first().waitFor()
      await ctx.checkA11y(page, 'het paneel Stembriefjes inlezen')
      await page.screenshot({ path: 'test-results/stemmen-inlezen-1366.png' })
      // The video loops (6 s): slip A comes round again and again; it still counts once.
      await page.waitForTimeout(7_000)
      assert.equal(await panel.locator('.rt-reader__count').innerText(), '2 stembriefjes ingelezen')
      await panel.getByRole('button', { name: 'Klaar met inlezen' }).click()

      // Question 1: label 1 and label 2 from the slips; one raised hand added to label 3.
      await page.getByRole('button', { name: 'Label 3: één meer' }).click()
      await page.getByText('3 deelnemers (2 via stembriefje, 1 met de hand)').waitFor()
      assert.match(
        await page.locator('.rt-vote__status').textContent(),
        /ronde 1: 2 stembriefjes ingelezen/,
      )
      // The projector, once revealed (which hides the QR code), shows both added up.
      await page.keyboard.press('r')
      await audience
        .getByRole('img', {
          name: 'Telling: label 1: 1, label 2: 1, label 3: 1, label 4: 0 (3 in totaal)',
        })
        .waitFor()

      // Question 2 has both slips on label 4; question 5 one on label 3.
      await page.keyboard.press('ArrowRight')
      await page.getByText('2 deelnemers (2 via stembriefje, 0 met de hand)').waitFor()

      // A slip of another session: refused, with the reason in the panel; the count stays 2.
      const other = await phoneSlip(ctx, phoneLink.replace(`/stem/${code}`, '/stem/ZZZZ'), { 1: 1 })
      await writeSlipVideo(
        ctx.page,
        [
          { png: other, frames: 20 },
          { png: null, frames: 10 },
        ],
        video,
      )
      await page.keyboard.press('r')
      await audience.getByRole('img', { name: /^Telling:/ }).waitFor()
      await page.getByRole('button', { name: 'Stembriefjes inlezen' }).click()
      // The counts were shown (R); reading slips hides them, so no bar grows while someone
      // holds up a phone.
      await audience.getByRole('img', { name: /^Telling:/ }).waitFor({ state: 'detached' })
      await reader(page)
        .getByText(
          `hoort bij een andere sessie (code ZZZZ). De code van deze stemronde is ${code}.`,
        )
        .waitFor({ timeout: 20_000 })
      assert.equal(
        await reader(page).locator('.rt-reader__count').innerText(),
        '2 stembriefjes ingelezen',
      )
      await reader(page).getByRole('button', { name: 'Klaar met inlezen' }).click()

      // Ending the vote keeps the counts and drops the pseudonyms.
      await page.getByText('Meer over de stemronde').click()
      await page.getByRole('button', { name: 'Stemronde afsluiten' }).click()
      await page.getByRole('button', { name: 'Stemronde starten' }).waitFor()
      const box = await page.evaluate(() =>
        Object.keys(localStorage).filter((k) => k.startsWith('rt-stembus-')),
      )
      assert.deepEqual(box, [], 'de pseudoniemen blijven niet bewaard na de stemronde')
    },
  },
  {
    name: 'stemmen: twee rondes met stembriefjes; een gewijzigd briefje vervangt het vorige, een briefje van de andere ronde wordt geweigerd',
    async run(ctx) {
      const dir = await mkdtemp(join(tmpdir(), 'rt-camera-'))
      const video = join(dir, 'rounds.y4m')
      await writeSlipVideo(ctx.page, [{ png: null, frames: 2 }], video)
      const { page, link } = await presenterWithCamera(ctx, video, { scope: /Deze vraag/ })
      const phone = await ctx.browser.newContext({ ...PHONE, locale: 'nl-NL' })
      await ctx.watchContext(phone)
      const p = await phone.newPage()
      await p.goto(link.replace(/^https?:\/\/[^/]+\//, ctx.baseUrl))
      const slip = async () => {
        await p.getByRole('button', { name: 'Mijn stembriefje tonen' }).click()
        const png = await p.getByRole('img', { name: /QR-code van uw stembriefje/ }).screenshot()
        await p.getByRole('button', { name: 'Keuzes wijzigen' }).click()
        return png
      }
      await p.getByRole('radio', { name: /^Label 1/ }).check()
      const first = await slip()
      await p.getByRole('button', { name: '2. Na het gesprek' }).click()
      await p.getByRole('radio', { name: /^Label 3/ }).check()
      const second = await slip()
      // The participant changes their mind: a newer slip for the same round.
      await p.getByRole('radio', { name: /^Label 4/ }).check()
      await p.getByRole('checkbox', { name: 'Hier wil ik over praten' }).check()
      const third = await slip()
      // A reload on the phone keeps the choices.
      await p.reload()
      await p
        .getByRole('radio', { name: /^Label 4/ })
        .and(p.locator(':checked'))
        .waitFor()

      await writeSlipVideo(
        ctx.page,
        [
          { png: first, frames: 20 },
          { png: null, frames: 10 },
        ],
        video,
      )
      await page.getByRole('button', { name: 'Stembriefjes inlezen' }).click()
      await reader(page)
        .getByText('1 stembriefje ingelezen', { exact: true })
        .waitFor({ timeout: 20_000 })
      await reader(page).getByRole('button', { name: 'Klaar met inlezen' }).click()
      await page.getByText('1 deelnemer (1 via stembriefje, 0 met de hand)').waitFor()

      const frames = (png) => [
        { png, frames: 20 },
        { png: null, frames: 10 },
      ]
      await writeSlipVideo(ctx.page, [...frames(first), ...frames(second), ...frames(third)], video)
      await page.getByRole('button', { name: 'Stembriefjes inlezen' }).click()
      await reader(page).getByRole('button', { name: '2. Na het gesprek' }).click()
      await reader(page)
        .getByText('Dit stembriefje is voor ronde 1; nu wordt ronde 2 geteld.', { exact: false })
        .waitFor({ timeout: 20_000 })
      await reader(page)
        .getByText('Nieuwer stembriefje van dezelfde deelnemer: het vorige telt niet meer.')
        .waitFor({ timeout: 20_000 })
      await page.waitForTimeout(3_000)
      assert.equal(
        await reader(page).locator('.rt-reader__count').innerText(),
        '1 stembriefje ingelezen',
      )
      await reader(page).getByRole('button', { name: 'Klaar met inlezen' }).click()
      // Round 2 counts label 4 once (the newer slip), and the flag is counted for the presenter.
      await page.getByText('1 deelnemer (1 via stembriefje, 0 met de hand)').waitFor()
      assert.equal(await page.getByRole('spinbutton', { name: /Label 4/ }).inputValue(), '0')
      assert.match(
        await page.locator('.rt-vote__status').textContent(),
        /1 wil over vraag 1 praten/,
      )
      await page.getByText('Van één label naar één label', { exact: false }).waitFor()

      // A shared phone: the next participant starts empty, with a pseudonym of their own.
      const pseudonym = () =>
        p.evaluate(() => {
          const key = Object.keys(localStorage).find((k) => k.startsWith('rt-stembriefje-'))
          return JSON.parse(localStorage.getItem(key)).pseudonym
        })
      const before = await pseudonym()
      await p.getByRole('button', { name: 'Mijn stembriefje tonen' }).click()
      await p.getByRole('button', { name: 'Volgende deelnemer op deze telefoon' }).click()
      await p.getByText('0 van 1 gekozen').waitFor()
      assert.equal(await p.getByRole('radio', { checked: true }).count(), 0)
      assert.notEqual(await pseudonym(), before)
      await phone.close()
    },
  },
  {
    name: 'stemmen: zonder toestemming voor de camera zegt het paneel het in het Nederlands en werkt de handtelling',
    async run(ctx) {
      const dir = await mkdtemp(join(tmpdir(), 'rt-camera-'))
      const video = join(dir, 'white.y4m')
      await writeSlipVideo(ctx.page, [{ png: null, frames: 2 }], video)
      const { page } = await presenterWithCamera(ctx, video, { grant: false })
      await page.getByRole('button', { name: 'Stembriefjes inlezen' }).click()
      await reader(page).getByRole('alert').getByText('mag de camera niet gebruiken').waitFor()
      await ctx.checkA11y(page, 'het paneel zonder camera')
      await reader(page).getByRole('button', { name: 'Klaar met inlezen' }).click()
      await page.getByRole('button', { name: 'Label 2: één meer' }).click()
      await page.getByText('1 deelnemer ·').waitFor()
    },
  },
  {
    name: 'stemmen: een computer zonder camera krijgt een Nederlandse melding, de handtelling werkt',
    async run({ page, baseUrl }) {
      // This browser has no camera at all (no fake device).
      const scanUrl = await createScan(page, baseUrl, { title: 'Zonder camera' })
      await page.goto(`${scanUrl}/presenteren`)
      await page.getByRole('button', { name: 'Stemronde starten' }).click()
      await page.getByRole('dialog').getByRole('button', { name: 'Stemronde starten' }).click()
      await page.getByRole('button', { name: 'Stembriefjes inlezen' }).click()
      await reader(page).getByRole('alert').waitFor()
      assert.match(
        await reader(page).getByRole('alert').innerText(),
        /Deze computer heeft geen camera/,
      )
      await reader(page).getByRole('button', { name: 'Klaar met inlezen' }).click()
      await page.getByRole('button', { name: 'Label 1: één meer' }).click()
      await page.getByText('1 deelnemer ·').waitFor()
    },
  },
  {
    name: 'stemmen: een uitnodiging om af te drukken, met de QR-code van het stembriefje',
    async run({ page, context, baseUrl, checkA11y }) {
      const scanUrl = await createScan(page, baseUrl, { title: 'Uitnodiging' })
      await page.goto(`${scanUrl}/presenteren`)
      await page.getByRole('button', { name: 'Stemronde starten' }).click()
      await page.getByRole('radio', { name: /Alle 15 vragen/ }).check()
      await page.getByRole('dialog').getByRole('button', { name: 'Stemronde starten' }).click()
      const link = await page.locator('.rt-vote__url').textContent()
      await page.getByText('Meer over de stemronde').click()
      const [invite] = await Promise.all([
        context.waitForEvent('page'),
        page.getByRole('link', { name: /Uitnodiging met QR-code om af te drukken/ }).click(),
      ])
      await invite.getByRole('heading', { level: 1, name: /Uitnodiging/ }).waitFor()
      const qr = invite.getByRole('img', { name: /QR-code: het stembriefje op/ })
      assert.deepEqual(await readQrCodes(await qr.screenshot()), [link])
      assert.match(link, /#\/stem\/[A-Z2-9]{4}\?vragen=1-15$/)
      await checkA11y(invite, 'de uitnodiging')
      await invite.emulateMedia({ media: 'print' })
      await invite.screenshot({ path: 'test-results/uitnodiging-afdruk.png', fullPage: true })
      assert.equal(
        await invite.getByRole('button', { name: 'Uitnodiging afdrukken' }).isVisible(),
        false,
      )
    },
  },
]
