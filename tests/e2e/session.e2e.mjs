import assert from 'node:assert/strict'
import { assertInView, createScan, pdfText } from './helpers.mjs'

/** WCAG contrast ratio of two "rgb(r, g, b)" colours. */
function contrast(a, b) {
  const lum = (c) => {
    const [r, g, bl] = c
      .match(/\d+(\.\d+)?/g)
      .slice(0, 3)
      .map(Number)
      .map((v) => {
        const s = v / 255
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
      })
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl
  }
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p)
  return (x + 0.05) / (y + 0.05)
}

export const tests = [
  {
    name: 'sessie: een antwoord van 10.000 tekens past op de beamer (1920×1080 en 1280×720), de presentator weet het',
    viewport: { width: 1366, height: 768 },
    async run({ page, context, baseUrl, checkA11y }) {
      const scanUrl = await createScan(page, baseUrl, { title: 'Lang antwoord' })
      const id = scanUrl.split('/').pop()
      let long = ''
      for (let n = 1; long.length < 10_000; n++)
        long += `Zin ${n}: de wijkteams werken samen met ouders en hun netwerk. `
      long = long.slice(0, 10_000)
      await page.goto(`${scanUrl}/presenteren`)
      await page.getByRole('heading', { level: 1, name: /Vraag 1 van 15/ }).waitFor()
      // Read-only by default on the presenter; editable on demand.
      assert.equal(await page.getByRole('textbox', { name: 'Antwoord', exact: true }).count(), 0)
      await page.getByRole('button', { name: 'Antwoord opschrijven' }).click()
      await page.getByRole('textbox', { name: 'Antwoord', exact: true }).fill(long)
      await page.getByRole('radio', { name: /^Label 3/ }).check()
      await page.getByRole('button', { name: 'Label 2: één meer' }).click()
      await page.getByRole('button', { name: 'Label 3: één meer' }).click()
      await page.getByRole('textbox', { name: 'Antwoord', exact: true }).blur()
      await page.getByText(/^Opgeslagen in deze browser/).waitFor()
      await page.getByRole('button', { name: 'Klaar met bewerken' }).click()
      await page.getByRole('button', { name: 'Antwoord bewerken' }).waitFor()

      // A laptop (1366 × 768): everything the facilitator needs, without scrolling.
      const inView = (locator, what) => assertInView(locator, what, { width: 1366, height: 768 })
      await inView(page.getByRole('toolbar', { name: 'Bediening van de sessie' }), 'de bediening')
      await inView(page.getByRole('heading', { level: 2, name: /^1\. / }), 'de vraag')
      await inView(page.getByRole('button', { name: 'Antwoord bewerken' }), 'het antwoord')
      await inView(page.getByRole('radio', { name: /^Label 4/ }), 'het laatste label')
      await inView(page.getByRole('button', { name: 'Label 4: één meer' }), 'de telling')
      await inView(page.getByText('2 deelnemers · Hier is (nog) geen gedeeld beeld'), 'het totaal')
      await inView(page.getByRole('heading', { name: 'Hierna' }), '“Hierna”')
      await inView(page.getByText(/Deze vraag:/), 'de timer')
      const scroll = await page.evaluate(() => [document.documentElement.scrollHeight, innerHeight])
      assert.ok(scroll[0] <= scroll[1], `de presentator scrolt: ${scroll.join(' > ')}`)
      await page.screenshot({ path: 'test-results/presentator-1366-lang.png' })
      await checkA11y(page, 'presentator op een laptop')

      const audience = await context.newPage()
      await audience.goto(`${baseUrl}#/publiek/${id}`)
      await audience.getByRole('heading', { level: 1, name: /Vraag 1 van 15/ }).waitFor()
      await page.locator('body').click({ position: { x: 5, y: 5 } })
      await page.keyboard.press('r')
      for (const size of [
        { width: 1920, height: 1080 },
        { width: 1280, height: 720 },
      ]) {
        await audience.setViewportSize(size)
        const label = audience.getByText(
          /^Label 3 · Weet niet hoe anderen denken: Dit is wat ik vind/,
        )
        await label.waitFor()
        const answer = audience.locator('.rt-audience-answer__text')
        await audience.waitForFunction(() =>
          document.querySelector('.rt-audience-answer__text')?.textContent?.trim().endsWith('…'),
        )
        const inside = (locator, what) => assertInView(locator, what, size)
        await inside(audience.getByRole('heading', { level: 1 }), 'de vraag')
        await inside(answer, 'het antwoord')
        await inside(label, 'het label')
        await inside(audience.getByRole('img', { name: /^Telling:/ }), 'de staven')
        const clippedInside = await answer.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)
        assert.ok(clippedInside, 'het ingekorte antwoord past in zijn vak')
        const scroll = await audience.evaluate(() => [
          document.documentElement.scrollHeight,
          window.innerHeight,
        ])
        assert.ok(scroll[0] <= scroll[1], `het publieksscherm scrolt: ${scroll.join(' > ')}`)
        await audience.getByText('1 · Afgesproken').waitFor()
        await page.getByText(/Dit antwoord past niet helemaal op het scherm/).waitFor()
      }
      await checkA11y(audience, 'publieksscherm met een lang antwoord')
      await audience.screenshot({ path: 'test-results/publiek-lang-1280.png' })
      await audience.setViewportSize({ width: 1920, height: 1080 })
      await audience.screenshot({ path: 'test-results/publiek-lang-1920.png' })

      // Hidden again: the four label texts are at least 32 px on a 1080p projector.
      await page.keyboard.press('r')
      const legend = audience.getByRole('list', { name: 'De vier labels' })
      await legend.waitFor()
      const px = await legend.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
      assert.ok(px >= 32, `labelteksten op de beamer: ${px} px`)
    },
  },
  {
    name: 'sessie: de clicker op het publieksvenster (→ ← PageDown PageUp B R T K F) bedient beide vensters; de tijd op de beamer',
    viewport: { width: 1366, height: 768 },
    async run({ page, context, baseUrl, checkA11y }) {
      const scanUrl = await createScan(page, baseUrl, { title: 'Clicker' })
      const id = scanUrl.split('/').pop()
      await page.goto(`${scanUrl}/presenteren`)
      await page.getByRole('heading', { level: 1, name: /Vraag 1 van 15/ }).waitFor()
      const audience = await context.newPage()
      // Record full-screen requests: headless Chromium has no screen to fill.
      await audience.addInitScript(() => {
        window.__fullscreenRequests = 0
        Element.prototype.requestFullscreen = function () {
          window.__fullscreenRequests++
          return Promise.resolve()
        }
      })
      await audience.setViewportSize({ width: 1920, height: 1080 })
      await audience.goto(`${baseUrl}#/publiek/${id}`)
      const heading = (p, n) =>
        p.getByRole('heading', { level: 1, name: new RegExp(`Vraag ${n} van 15`) })
      await heading(audience, 1).waitFor()
      await audience.bringToFront()
      await audience.locator('body').click({ position: { x: 5, y: 5 } })

      // The keys a clicker sends, to the audience window that has focus.
      for (const [key, n] of [
        ['ArrowRight', 2],
        ['PageDown', 3],
        ['ArrowLeft', 2],
        ['PageUp', 1],
        ['PageDown', 2],
      ]) {
        await audience.keyboard.press(key)
        await heading(audience, n).waitFor()
        await heading(page, n).waitFor()
      }
      await audience.keyboard.press('b')
      await audience.getByRole('heading', { level: 1, name: 'Pauze' }).waitFor()
      await page.getByText('Het publiek ziet: een leeg scherm (pauze).').waitFor()
      await audience.keyboard.press('B')
      await heading(audience, 2).waitFor()
      await audience.keyboard.press('r')
      await page.getByText(/Het publiek ziet: vraag 2, met antwoord en telling/).waitFor()
      await audience.keyboard.press('t')
      await page.getByText('timer loopt').waitFor()
      // K shows the question's time on the projector; the presenter chooses to count down.
      assert.equal(await audience.getByRole('timer').count(), 0)
      await audience.keyboard.press('k')
      const timer = audience.getByRole('timer')
      await timer.waitFor()
      await page.getByLabel('Per vraag').selectOption('3')
      await audience.waitForFunction(() =>
        /^(3:00|2:5\d)$/.test(document.querySelector('[role="timer"]')?.textContent ?? ''),
      )
      await audience.screenshot({ path: 'test-results/publiek-klok-1920.png' })
      await page.screenshot({ path: 'test-results/presentator-1366.png' })
      // The button says what it does now: the time is on the screen, so it takes it off.
      await page.getByRole('button', { name: 'Tijd van het scherm halen (K)' }).waitFor()
      await audience.keyboard.press('f')
      assert.equal(await audience.evaluate(() => window.__fullscreenRequests), 1)
      await checkA11y(audience, 'publieksscherm na de clicker')
    },
  },
  {
    name: 'sessie: presentator en publieksscherm lopen gelijk; tonen, leeg, herladen',
    viewport: { width: 1920, height: 1080 },
    async run({ page, context, baseUrl, checkA11y }) {
      const scanUrl = await createScan(page, baseUrl, { title: 'Dialoogsessie' })
      const id = scanUrl.split('/').pop()
      await page.getByRole('link', { name: 'Sessie presenteren' }).click()
      await page.getByRole('heading', { level: 1, name: /Vraag 1 van 15/ }).waitFor()

      const audience = await context.newPage()
      await audience.setViewportSize({ width: 1920, height: 1080 })
      await audience.goto(`${baseUrl}#/publiek/${id}`)
      await audience.getByRole('heading', { level: 1, name: /Vraag 1 van 15/ }).waitFor()
      // No app chrome and nothing but this question on the projector.
      assert.equal(await audience.getByRole('link').count(), 0)
      assert.equal(await audience.getByRole('banner').count(), 0)
      await audience.getByRole('list', { name: 'De vier labels' }).waitFor()

      // Keyboard: → to question 2; fill in the group's answer and the tally; R reveals.
      await page.locator('body').click({ position: { x: 5, y: 5 } })
      await page.keyboard.press('ArrowRight')
      await page.getByRole('heading', { level: 1, name: /Vraag 2 van 15/ }).waitFor()
      await audience.getByRole('heading', { level: 1, name: /Vraag 2 van 15/ }).waitFor()
      await page.getByRole('button', { name: 'Antwoord opschrijven' }).click()
      await page.getByLabel('Antwoord').fill('We willen het samen beter doen.')
      await page.getByLabel('Antwoord').blur()
      await page.getByRole('button', { name: 'Label 1: één meer' }).click()
      await page.getByRole('button', { name: 'Label 1: één meer' }).click()
      const count3 = page.getByRole('spinbutton', { name: /^Label 3/ })
      await count3.fill('4')
      await count3.press('Tab')
      await page.getByText(/^6 deelnemers ·/).waitFor()
      assert.equal(await audience.getByText('We willen het samen beter doen.').count(), 0)
      await page.keyboard.press('r')
      await audience.getByText('We willen het samen beter doen.').waitFor()
      await audience
        .getByRole('img', {
          name: /label 1: 2, label 2: 0, label 3: 4, label 4: 0 \(6 in totaal\)/,
        })
        .waitFor()
      await checkA11y(audience, 'publieksscherm met antwoord')

      // Projector readability: question text at least 40 px, contrast at least 7:1.
      const style = await audience.evaluate(() => {
        const el = document.querySelector('.rt-audience__text')
        const cs = getComputedStyle(el)
        const bg = getComputedStyle(document.querySelector('.rt-audience')).backgroundColor
        return { size: parseFloat(cs.fontSize), color: cs.color, bg }
      })
      assert.ok(style.size >= 40, `vraagtekst ${style.size}px`)
      assert.ok(contrast(style.color, style.bg) >= 7, `contrast ${contrast(style.color, style.bg)}`)

      await page.keyboard.press('b')
      await audience.getByRole('heading', { level: 1, name: 'Pauze' }).waitFor()
      await page.keyboard.press('b')
      await audience.getByRole('heading', { level: 1, name: /Vraag 2 van 15/ }).waitFor()

      // Reload the presenter: the session continues where it was.
      await page.reload()
      await page.getByRole('heading', { level: 1, name: /Vraag 2 van 15/ }).waitFor()
      await page.getByRole('button', { name: 'Antwoorden verbergen (R)' }).waitFor()
      await checkA11y(page, 'presentatorweergave')
      await page.getByRole('button', { name: 'Volgende vraag →' }).click()
      await audience.getByRole('heading', { level: 1, name: /Vraag 3 van 15/ }).waitFor()
      assert.equal(await audience.getByText('We willen het samen beter doen.').count(), 0)

      // The tallies add up in the overview, as a chart and a table.
      await page.goto(`${scanUrl}/consensus`)
      await page.getByRole('heading', { level: 1, name: 'Tellingen uit de groepssessie' }).waitFor()
      await page.getByRole('heading', { name: /geen gedeeld beeld: vraag 2$/ }).waitFor()
      const row = page.getByRole('row', { name: /^2\. / })
      assert.match(
        await row.innerText(),
        /2\s+0\s+4\s+0\s+6\s+Label 3 · Weet niet hoe anderen denken\s+Hier is \(nog\) geen gedeeld beeld/,
      )
      // Questions without counts are named, not drawn; a flagged one goes on the agenda from here.
      await page.getByText('Nog niet geteld: vraag 1, vraag 3, vraag 4, vraag 5.').waitFor()
      assert.equal(await page.getByRole('row', { name: /^1\. / }).count(), 0)
      await page.getByRole('button', { name: 'Vraag 2 op de actieagenda zetten' }).click()
      await page.getByText('Vraag 2 staat op de actieagenda, bij deel A.').waitFor()
      await checkA11y(page, 'overzicht van de tellingen')
      await page.screenshot({ path: 'test-results/tellingen.png', fullPage: true })
      await audience.close()
    },
  },
  {
    name: 'sessie: één scherm, bediening met het toetsenbord, sneltoetsen-uitleg, verminderde beweging',
    async run({ page, baseUrl }) {
      await createScan(page, baseUrl)
      await page.goto(page.url().replace(/\/$/, '') + '/presenteren')
      await page.getByRole('button', { name: 'Sneltoetsen (?)' }).click()
      await page.getByRole('dialog', { name: 'Sneltoetsen' }).waitFor()
      await page.keyboard.press('Escape')
      await page.getByRole('button', { name: 'Eén scherm gebruiken' }).click()
      const view = page.getByRole('region', { name: 'Publieksweergave' })
      await view.getByRole('heading', { level: 1, name: /Vraag 1 van 15/ }).waitFor()
      await page.keyboard.press('PageDown')
      await view.getByRole('heading', { level: 1, name: /Vraag 2 van 15/ }).waitFor()

      // The controls fade out over 0.3 s; with reduced motion asked for, they just disappear.
      const fade = () =>
        page
          .locator('.rt-presenter__overlay')
          .evaluate((el) => parseFloat(getComputedStyle(el).transitionDuration))
      assert.equal(await fade(), 0.3)
      await page.emulateMedia({ reducedMotion: 'reduce' })
      assert.ok((await fade()) < 0.001, `overgang bij verminderde beweging: ${await fade()} s`)
      await page.emulateMedia({ reducedMotion: null })

      await page.keyboard.press('Escape')
      await view.waitFor({ state: 'detached' })
      await page.getByRole('heading', { level: 1, name: /Vraag 2 van 15/ }).waitFor()
    },
  },
  {
    name: 'sessie: twee rondes (1 en 2 op het publieksvenster), de verschuiving op beamer en tellingenpagina, het verslag als pdf',
    viewport: { width: 1366, height: 768 },
    async run({ page, context, baseUrl, checkA11y }) {
      const scanUrl = await createScan(page, baseUrl, {
        title: 'Twee rondes',
        municipality: 'Zeist',
      })
      const id = scanUrl.split('/').pop()
      let long = ''
      for (let n = 1; long.length < 10_000; n++)
        long += `Zin ${n}: ouders en jongeren houden zelf de regie, met hun netwerk. `
      long = long.slice(0, 10_000)
      await page.goto(`${scanUrl}/presenteren`)
      await page.getByRole('heading', { level: 1, name: /Vraag 1 van 15/ }).waitFor()
      await page.getByRole('button', { name: 'Antwoord opschrijven' }).click()
      await page.getByRole('textbox', { name: 'Antwoord', exact: true }).fill(long)
      await page.getByRole('radio', { name: /^Label 2/ }).check()
      await page.getByRole('button', { name: 'Klaar met bewerken' }).click()
      // First impression: one participant on each label.
      for (const l of [1, 2, 3, 4])
        await page.getByRole('button', { name: `Label ${l}: één meer` }).click()
      await page.getByText('4 deelnemers · Hier is (nog) geen gedeeld beeld').waitFor()

      const audience = await context.newPage()
      await audience.setViewportSize({ width: 1280, height: 720 })
      await audience.goto(`${baseUrl}#/publiek/${id}`)
      await audience.getByRole('heading', { level: 1, name: /Vraag 1 van 15/ }).waitFor()
      await audience.bringToFront()
      await audience.locator('body').click({ position: { x: 5, y: 5 } })
      // The second round is one key away, from the window the clicker talks to.
      await audience.keyboard.press('2')
      const round2 = page.getByRole('button', { name: '2. Na het gesprek' })
      await page.waitForFunction(() =>
        document
          .querySelector('[aria-pressed="true"].rt-rounds__button')
          ?.textContent?.includes('Na het gesprek'),
      )
      assert.equal(await round2.getAttribute('aria-pressed'), 'true')
      await page
        .getByText('Eerste indruk: label 1: 1, label 2: 1, label 3: 1, label 4: 1.')
        .waitFor()
      for (const l of [1, 1, 1, 2])
        await page.getByRole('button', { name: `Label ${l}: één meer` }).click()
      await page.getByText('Van 4 verschillende labels naar 2: meer gedeeld beeld.').waitFor()
      // Still a laptop screen without scrolling, with the second round's lines in it.
      const laptop = { width: 1366, height: 768 }
      await assertInView(
        page.getByRole('button', { name: 'Label 4: één meer' }),
        'de telling',
        laptop,
      )
      await assertInView(
        page.getByText('Van 4 verschillende labels naar 2'),
        'de verschuiving',
        laptop,
      )
      const scroll = await page.evaluate(() => [document.documentElement.scrollHeight, innerHeight])
      assert.ok(scroll[0] <= scroll[1], `de presentator scrolt: ${scroll.join(' > ')}`)
      await page.screenshot({ path: 'test-results/presentator-1366-twee-rondes.png' })

      await audience.keyboard.press('r')
      for (const size of [
        { width: 1280, height: 720 },
        { width: 1920, height: 1080 },
      ]) {
        await audience.setViewportSize(size)
        const bars = audience.getByRole('img', {
          name: /eerste indruk label 1: 1, label 2: 1, label 3: 1, label 4: 1; na het gesprek label 1: 3, label 2: 1, label 3: 0, label 4: 0/,
        })
        await bars.waitFor()
        const shiftLine = audience.getByText(
          'Van 4 verschillende labels naar 2: meer gedeeld beeld',
        )
        await assertInView(audience.getByRole('heading', { level: 1 }), 'de vraag', size)
        await assertInView(
          audience.getByText(/^Label 2 · Nog een discussiepunt: /),
          'het label',
          size,
        )
        await assertInView(bars, 'de staven van beide rondes', size)
        await assertInView(shiftLine, 'de verschuiving', size)
        const s = await audience.evaluate(() => [
          document.documentElement.scrollHeight,
          innerHeight,
        ])
        assert.ok(s[0] <= s[1], `het publieksscherm scrolt: ${s.join(' > ')}`)
        await audience.screenshot({ path: `test-results/publiek-twee-rondes-${size.width}.png` })
      }
      await checkA11y(audience, 'publieksscherm met twee rondes')

      // The counts page: both rounds and the shift, and the report.
      await page.bringToFront()
      await page.goto(`${scanUrl}/consensus`)
      await page.getByRole('heading', { level: 1, name: 'Tellingen uit de groepssessie' }).waitFor()
      const table = page.getByRole('table', { name: 'Tellingen in deel A' })
      await table.getByRole('cell', { name: 'Eerste indruk' }).waitFor()
      await table.getByRole('cell', { name: 'Na het gesprek' }).waitFor()
      await table.getByText('Van 4 verschillende labels naar 2: meer gedeeld beeld').waitFor()
      await page.getByText(/Bij 1 vraag is twee keer geteld/).waitFor()
      await checkA11y(page, 'tellingen met twee rondes')
      await page.screenshot({ path: 'test-results/tellingen-twee-rondes.png', fullPage: true })
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page
          .getByRole('region', { name: 'Verslag van de dialoogsessie' })
          .getByRole('button', { name: 'Pdf downloaden' })
          .click(),
      ])
      assert.equal(
        download.suggestedFilename(),
        `verslag-dialoogsessie-eigen-kracht-gemeente-zeist-${new Date().toISOString().slice(0, 10)}.pdf`,
      )
      const path = `test-results/${download.suggestedFilename()}`
      await download.saveAs(path)
      const { text } = await pdfText(path)
      const order = [
        'Verslag van de dialoogsessie',
        'Vraag 1 van 15',
        'Zin 1: ouders en jongeren',
        'Eerste indruk · 4 deelnemers',
        '1 Afgesproken 1 2 Nog een discussiepunt 1 3 Weet niet hoe anderen denken 1 4 Niet eerder over nagedacht 1',
        'Na het gesprek · 4 deelnemers',
        '1 Afgesproken 3 2 Nog een discussiepunt 1 3 Weet niet hoe anderen denken 0 4 Niet eerder over nagedacht 0',
        'Van 4 verschillende labels naar 2: meer gedeeld beeld.',
        'Vraag 2 van 15',
        'Actieagenda',
      ]
      let from = 0
      for (const part of order) {
        const at = text.indexOf(part, from)
        assert.ok(at >= 0, `“${part}” staat niet (op zijn plaats) in het verslag`)
        from = at + part.length
      }
    },
  },
]
