import assert from 'node:assert/strict'
import { answerQuestion, assertInView, createScan } from './helpers.mjs'

const START = 'Nieuwe Quick Scan starten'
const drafts = (page) => page.getByRole('region', { name: 'Uw Quick Scans' }).getByRole('listitem')
const fileInput = (page) => page.locator('#import-file')

/** The accessible name and description of an element, as Chromium's accessibility tree has it. */
async function accessibleNameOf(page, selector) {
  const cdp = await page.context().newCDPSession(page)
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 })
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector })
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', {
      nodeId,
      fetchRelatives: false,
    })
    const node = nodes[0]
    return {
      role: node.role?.value,
      name: node.name?.value ?? '',
      description: node.description?.value ?? '',
    }
  } finally {
    await cdp.detach()
  }
}

async function noHorizontalScroll(page, label) {
  const [scrollWidth, clientWidth] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ])
  assert.ok(scrollWidth <= clientWidth, `${label}: horizontaal scrollen (${scrollWidth}px)`)
}

/** The first screen: purpose, then the start button, without scrolling; a screenshot. */
const firstScreen = (width, height) => ({
  name: `startpagina ${width} × ${height}: doel en "${START}" in het eerste scherm`,
  viewport: { width, height },
  async run({ page, baseUrl, checkA11y }) {
    await page.goto(baseUrl + '#/')
    await page.getByText('U heeft nog geen concepten').waitFor()
    const main = page.getByRole('main')
    const start = main.getByRole('link', { name: START, exact: true })
    await assertInView(start, START, { width, height })
    await assertInView(main.getByText(/^Met 15 reflectievragen/), 'het doel', { width, height })
    // The start button comes before the drafts and the files.
    const y = async (l) => (await l.boundingBox()).y
    const draftsY = await y(page.getByRole('heading', { level: 2, name: 'Uw Quick Scans' }))
    const filesY = await y(page.getByRole('heading', { level: 2, name: 'Bestanden' }))
    const labelsY = await y(page.getByRole('heading', { level: 2, name: 'De vier labels' }))
    assert.ok((await y(start)) < draftsY && draftsY < filesY && filesY < labelsY, 'volgorde')
    await noHorizontalScroll(page, `startpagina ${width}`)
    await checkA11y(page, `startpagina ${width} × ${height}`)
    await page.screenshot({ path: `test-results/start-${width}.png` })
  },
})

export const tests = [
  firstScreen(390, 844),
  firstScreen(1366, 768),
  {
    name: 'startpagina: "Voor wie?", "Doel" en "De tool bestaat uit" staan op Over deze tool',
    async run({ page, baseUrl, checkA11y }) {
      await page.goto(baseUrl + '#/')
      await page.getByRole('heading', { level: 2, name: 'De vier labels' }).waitFor()
      await page
        .getByRole('main')
        .getByRole('term')
        .filter({ hasText: /^Label 4/ })
        .waitFor()
      for (const name of ['Voor wie?', 'Doel', 'De tool bestaat uit']) {
        assert.equal(await page.getByRole('heading', { name, exact: true }).count(), 0, name)
      }
      await page.getByRole('main').getByRole('link', { name: 'Over deze tool' }).click()
      await page.getByRole('heading', { level: 1, name: 'Over deze tool' }).waitFor()
      for (const name of ['Inleiding', 'Voor wie?', 'Doel', 'De tool bestaat uit']) {
        await page.getByRole('heading', { level: 2, name, exact: true }).waitFor()
      }
      await page.getByText('Dus, als je veel vrienden hebt').waitFor()
      await page.getByRole('heading', { level: 2, name: 'Inleiding' }).scrollIntoViewIfNeeded()
      await page.screenshot({ path: 'test-results/about-1366.png' })
      await checkA11y(page, 'over deze tool')
    },
  },
  {
    name: 'startpagina: "Verdergaan" opent de eerste open vraag, de takenlijst als alles af is',
    async run({ page, baseUrl, checkA11y }) {
      const scanUrl = await createScan(page, baseUrl, { title: 'Scan Houten' })
      await answerQuestion(page, scanUrl, 1, 'Ons antwoord', 2)
      await answerQuestion(page, scanUrl, 2, null, 4) // label 4 alone is a complete answer
      await answerQuestion(page, scanUrl, 3, 'Nog zonder label', null) // "bezig": still open

      await page.goto(baseUrl + '#/')
      const item = drafts(page).filter({ hasText: 'Scan Houten' })
      await item.getByText('2 van 15 vragen ingevuld').waitFor()
      const go = item.getByRole('link', { name: 'Verdergaan: Scan Houten', exact: true })
      assert.equal((await go.innerText()).trim(), 'Verdergaan')
      // Primary, the others secondary.
      assert.match(await go.getAttribute('class'), /primary-action/)
      for (const name of ['Naam wijzigen', 'Kopiëren', 'Verwijderen']) {
        const button = item.getByRole('button', { name: `${name}: Scan Houten`, exact: true })
        assert.match(await button.getAttribute('class'), /secondary-action/, name)
      }
      await checkA11y(page, 'startpagina met een concept')
      await page.setViewportSize({ width: 320, height: 640 })
      await noHorizontalScroll(page, 'startpagina 320 met een concept')
      await page.screenshot({ path: 'test-results/start-320.png' })
      await page.screenshot({ path: 'test-results/start-320-full.png', fullPage: true })
      await page.setViewportSize({ width: 1366, height: 768 })
      await go.scrollIntoViewIfNeeded()
      await page.screenshot({ path: 'test-results/start-1366-draft.png' })

      await page.emulateMedia({ colorScheme: 'dark' })
      await checkA11y(page, 'startpagina met een concept, donker kleurenschema')
      await page.emulateMedia({ colorScheme: 'light' })

      await go.click()
      await page.getByRole('heading', { level: 1, name: /Vraag 3 van 15/ }).waitFor()
      assert.equal(page.url(), `${scanUrl}/vraag/3`)

      // Keyboard: Enter on the link goes there too.
      await page.goto(baseUrl + '#/')
      await go.focus()
      await page.keyboard.press('Enter')
      await page.getByRole('heading', { level: 1, name: /Vraag 3 van 15/ }).waitFor()

      // All 15 answered: the task list.
      for (let n = 3; n <= 15; n++) await answerQuestion(page, scanUrl, n, null, 4)
      await page.goto(baseUrl + '#/')
      await item.getByText('15 van 15 vragen ingevuld').waitFor()
      await go.click()
      await page.getByRole('heading', { level: 1, name: 'Scan Houten' }).waitFor()
      assert.equal(page.url(), scanUrl)
    },
  },
  {
    name: 'startpagina: Nederlandse bestandskiezer, met het toetsenbord te bedienen',
    async run({ page, baseUrl, checkA11y }) {
      // Listening from the start turns on Playwright's interception of file dialogs in time (a
      // listener added just before the key press can miss the dialog).
      page.on('filechooser', () => {})
      await page.goto(baseUrl + '#/')
      await page.getByText('U heeft nog geen concepten').waitFor()
      const files = page.getByRole('region', { name: 'Bestanden' })
      const button = files.getByText('Bestand kiezen', { exact: true })
      await button.waitFor()
      await files.getByText('Geen bestand gekozen', { exact: true }).waitFor()
      const box = await button.boundingBox()
      assert.ok(box.height >= 44 && box.width >= 44, `knop te klein: ${JSON.stringify(box)}`)

      // The native input stays: in the tab order, with a Dutch name and the file name said.
      const input = fileInput(page)
      assert.equal(await input.getAttribute('type'), 'file')
      const ax = await accessibleNameOf(page, '#import-file')
      assert.equal(ax.name, 'Bestand openen Bestand kiezen')
      assert.match(ax.description, /^Geen bestand gekozen Een Quick Scan of reservekopie/)

      // Tab onto it from the control before: the button shows the focus ring.
      await page.getByRole('main').getByRole('link', { name: 'Nieuwe Quick Scan starten' }).focus()
      for (let i = 0; i < 20; i++) {
        await page.keyboard.press('Tab')
        if (await input.evaluate((el) => el === document.activeElement)) break
      }
      assert.equal(await input.evaluate((el) => el === document.activeElement), true, 'focus')
      const ring = await button.evaluate((el) => {
        const s = getComputedStyle(el)
        return { outline: s.outlineStyle, width: s.outlineWidth, background: s.backgroundColor }
      })
      assert.equal(ring.outline, 'solid')
      assert.equal(ring.width, '3px')
      assert.equal(ring.background, 'rgb(255, 209, 0)')
      await checkA11y(page, 'bestandskiezer met focus')
      await button.scrollIntoViewIfNeeded()
      await page.screenshot({ path: 'test-results/start-file-focus.png' })

      // Enter and Space open the dialog (each answered with a file, as a user does).
      for (const [key, name] of [
        ['Enter', 'eerste.json'],
        ['Space', 'kapot.json'],
      ]) {
        await input.focus()
        const [chooser] = await Promise.all([
          page.waitForEvent('filechooser'),
          page.keyboard.press(key),
        ])
        await chooser.setFiles({
          name,
          mimeType: 'application/json',
          buffer: Buffer.from('{"tool":'),
        })
        await files.getByText(name, { exact: true }).waitFor()
      }
      await files
        .getByRole('alert')
        .getByText(/geen geldige JSON/)
        .waitFor()
      await files.getByText('kapot.json', { exact: true }).waitFor()
      const after = await accessibleNameOf(page, '#import-file')
      assert.match(after.description, /^kapot\.json /)
      await checkA11y(page, 'bestandskiezer na een kapot bestand')

      // A click on the button opens it too.
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), button.click()])
      assert.ok(chooser)
    },
  },
]
