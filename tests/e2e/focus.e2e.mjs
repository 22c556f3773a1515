import assert from 'node:assert/strict'
import { createScan } from './helpers.mjs'

/**
 * Tabs through the whole page and describes every stop whose focus cannot be seen: no outline
 * of at least 2 px, no box shadow and not the yellow focus background. Stops when focus comes
 * back to where it started.
 * @param {import('playwright-core').Page} page
 */
async function invisibleFocusStops(page, max = 150) {
  await page.evaluate(() => {
    ;/** @type {HTMLElement | null} */ (document.activeElement)?.blur()
    window.scrollTo(0, 0)
  })
  const seen = new Set()
  const problems = []
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    const stop = await page.evaluate(() => {
      const el = document.activeElement
      // Not a tab stop: a heading the app focused itself.
      if (!el || el === document.body || el.getAttribute('tabindex') === '-1') return null
      const path = []
      for (let n = el; n && n !== document.body; n = n.parentElement) {
        path.unshift(n.tagName + ([...(n.parentElement?.children ?? [])].indexOf(n) + 1))
      }
      const styles = [getComputedStyle(el)]
      // A radio or checkbox may show focus on the card or label around it.
      const holder = el.closest('label, .rt-label-option, .utrecht-form-field')
      if (holder && holder !== el) styles.push(getComputedStyle(holder))
      const visible = styles.some(
        (s) =>
          (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) ||
          s.boxShadow !== 'none' ||
          s.backgroundColor === 'rgb(255, 209, 0)',
      )
      const name = (el.getAttribute('aria-label') || el.textContent || el.id || '').trim()
      return {
        key: path.join('/'),
        visible,
        what: `${el.tagName.toLowerCase()} “${name.slice(0, 50)}”`,
      }
    })
    if (!stop) continue
    if (seen.has(stop.key)) break
    seen.add(stop.key)
    if (!stop.visible) problems.push(stop.what)
  }
  return { problems, stops: seen.size }
}

export const tests = [
  {
    name: 'zichtbare focus: elke tabstop op elke soort pagina is te zien',
    async run({ page, baseUrl }) {
      const scanUrl = await createScan(page, baseUrl, { title: 'Focus' })

      const pages = [
        ['start', baseUrl + '#/'],
        ['nieuw', baseUrl + '#/nieuw'],
        ['takenlijst', scanUrl],
        ['vraag', `${scanUrl}/vraag/3`],
        ['vraag met inspiratie', `${scanUrl}/vraag/5?inspiratie=1`],
        ['overzicht', `${scanUrl}/overzicht`],
        ['actieagenda', `${scanUrl}/actieagenda`],
        ['presenteren', `${scanUrl}/presenteren`],
        ['inspiratie', baseUrl + '#/inspiratie'],
        ['over', baseUrl + '#/over'],
      ]
      const report = []
      for (const [label, url] of pages) {
        await page.goto(url)
        await page.getByRole('heading', { level: 1 }).first().waitFor()
        // An in-app navigation ends with focus on the page's heading (or an opened panel's);
        // start tabbing after that, or the heading takes focus halfway through.
        await page.waitForFunction(() => document.activeElement?.matches('h1, h2'))
        const { problems, stops } = await invisibleFocusStops(page)
        assert.ok(stops >= 3, `${label}: maar ${stops} tabstops gevonden`)
        if (problems.length > 0) report.push(`${label}: ${problems.join(', ')}`)
      }
      assert.deepEqual(report, [], `focus niet zichtbaar:\n${report.join('\n')}`)
    },
  },
]
