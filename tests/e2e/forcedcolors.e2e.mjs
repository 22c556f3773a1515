import assert from 'node:assert/strict'
import { createScan, openQuestion } from './helpers.mjs'

/** Two element screenshots are the same picture. */
const same = (a, b) => a.length === b.length && a.equals(b)

export const tests = [
  {
    name: 'hoog contrast (forced colors): gekozen label, vinkje en ingedrukte knop blijven zichtbaar',
    viewport: { width: 1366, height: 900 },
    async run({ page, baseUrl, checkA11y }) {
      await page.emulateMedia({ forcedColors: 'active' })
      const scanUrl = await createScan(page, baseUrl, { title: 'Hoog contrast' })
      await openQuestion(page, scanUrl, 2)
      const radio = (n) => page.getByRole('radio', { name: new RegExp(`^Label ${n}`) })
      // Two unchosen labels look alike; once one is chosen, it looks different.
      assert.ok(same(await radio(1).screenshot(), await radio(3).screenshot()), 'twee lege keuzes')
      const before = await radio(3).screenshot()
      await radio(3).check()
      const after = await radio(3).screenshot()
      assert.ok(!same(before, after), 'het gekozen label is niet te zien in hoog contrast')
      assert.ok(!same(after, await radio(1).screenshot()), 'gekozen en niet gekozen lijken gelijk')
      await page
        .locator('.rt-labelgroup')
        .screenshot({ path: 'test-results/hoog-contrast-labels.png' })

      const box = page.getByRole('checkbox', { name: /verder praten|later op terugkomen/ })
      const unchecked = await box.screenshot()
      await box.check()
      assert.ok(!same(unchecked, await box.screenshot()), 'het vinkje is niet te zien')

      // A pressed toggle (the counting round) differs from the same button not pressed.
      await page.goto(`${scanUrl}/presenteren`)
      const round2 = page.getByRole('button', { name: '2. Na het gesprek' })
      await round2.waitFor()
      const off = await round2.screenshot()
      await round2.click()
      await page.waitForFunction(() =>
        document
          .querySelector('.rt-rounds__button[aria-pressed="true"]')
          ?.textContent?.includes('Na het gesprek'),
      )
      await page.mouse.move(0, 0)
      await round2.blur()
      const on = await round2.screenshot()
      assert.ok(!same(off, on), 'de ingedrukte knop is niet te zien in hoog contrast')
      await page.screenshot({ path: 'test-results/hoog-contrast-presentator.png' })
      await checkA11y(page, 'presentator in hoog contrast')
    },
  },
]
