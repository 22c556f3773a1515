import assert from 'node:assert/strict'
import { answerQuestion, createScan } from './helpers.mjs'

/**
 * The path a screen-reader user takes, read from the accessibility tree (Playwright's
 * ariaSnapshot), not from axe: one h1 per page, a heading outline without gaps, the landmarks
 * named, and controls whose names say what they do out of context.
 */
function parse(snapshot) {
  const headings = []
  const controls = []
  const landmarks = []
  for (const line of snapshot.split('\n')) {
    const m = /^\s*- (\w+)(?: "((?:[^"\\]|\\.)*)")?(.*)$/.exec(line)
    if (!m) continue
    const [, role, name = '', rest] = m
    if (role === 'heading') headings.push({ name, level: Number(/\[level=(\d)\]/.exec(rest)?.[1]) })
    if (role === 'button' || role === 'link') controls.push({ role, name })
    if (['banner', 'navigation', 'main', 'contentinfo', 'complementary', 'region'].includes(role))
      landmarks.push({ role, name })
  }
  return { headings, controls, landmarks }
}

/** Names that say nothing on their own when a page has more than one of them. */
const GENERIC = /^(Wijzigen|Verwijderen|Omhoog|Omlaag|Kopiëren|Verdergaan|Openen|Meer|Hier)$/

function check(what, snapshot, { chrome = true } = {}) {
  const { headings, controls, landmarks } = parse(snapshot)
  const h1 = headings.filter((h) => h.level === 1)
  assert.equal(h1.length, 1, `${what}: ${h1.length} h1's (${h1.map((h) => h.name).join(' | ')})`)
  assert.equal(headings[0]?.level, 1, `${what}: de eerste kop is geen h1`)
  for (let i = 1; i < headings.length; i++) {
    const [a, b] = [headings[i - 1], headings[i]]
    assert.ok(
      b.level <= a.level + 1,
      `${what}: van h${a.level} “${a.name}” naar h${b.level} “${b.name}”`,
    )
  }
  if (chrome) {
    for (const role of ['banner', 'main', 'contentinfo'])
      assert.equal(landmarks.filter((l) => l.role === role).length, 1, `${what}: één ${role}`)
  }
  const navs = landmarks.filter((l) => l.role === 'navigation')
  if (navs.length > 1) for (const n of navs) assert.ok(n.name, `${what}: een navigatie zonder naam`)
  for (const c of controls) {
    assert.ok(c.name.trim(), `${what}: een ${c.role} zonder naam`)
    const same = controls.filter((d) => d.role === c.role && d.name === c.name).length
    assert.ok(
      !(GENERIC.test(c.name) && same > 1),
      `${what}: ${same}× ${c.role} “${c.name}” zonder context`,
    )
  }
  return { headings: headings.length, controls: controls.length }
}

/** The check itself, on a page that breaks each rule: it must find every fault. */
function selfTest() {
  const bad = [
    '- banner',
    '- heading "Een" [level=1]',
    '- heading "Te diep" [level=3]',
    '- main',
    '- contentinfo',
    '- button "Verwijderen"',
    '- button "Verwijderen"',
  ].join('\n')
  assert.throws(() => check('zelftest', bad), /van h1 “Een” naar h3 “Te diep”/)
  const twice = bad.replace('[level=3]', '[level=2]')
  assert.throws(() => check('zelftest', twice), /2× button “Verwijderen” zonder context/)
  assert.throws(() => check('zelftest', '- heading "A" [level=1]\n- heading "B" [level=1]'), /2 h1/)
}

export const tests = [
  {
    name: 'schermlezer: elke pagina één h1, koppen zonder gaten, landmarks, knoppen met een eigen naam',
    viewport: { width: 1366, height: 768 },
    async run({ page, baseUrl }) {
      selfTest()
      const scanUrl = await createScan(page, baseUrl, {
        title: 'Voorleespad',
        municipality: 'Zeist',
      })
      await answerQuestion(page, scanUrl, 1, 'Regie bij inwoners.', 2)
      await answerQuestion(page, scanUrl, 4, 'Nog niet besproken.', 4)
      const pages = [
        ['start', '#/', 'Reflectietool eigen kracht'],
        ['nieuw', '#/nieuw', 'Nieuwe Quick Scan'],
        ['takenlijst', scanUrl, /Voorleespad/],
        ['vraag 1', `${scanUrl}/vraag/1`, /Vraag 1 van 15/],
        ['vraag 5 met inspiratie', `${scanUrl}/vraag/5?inspiratie=1`, /Vraag 5 van 15/],
        ['overzicht', `${scanUrl}/overzicht`, 'Alle antwoorden'],
        ['actieagenda', `${scanUrl}/actieagenda`, 'Actieagenda'],
        ['tellingen', `${scanUrl}/consensus`, 'Tellingen uit de groepssessie'],
        ['gegevens', `${scanUrl}/gegevens`, 'Gegevens van de Quick Scan'],
        ['inspiratie', '#/inspiratie', /Inspiratie/],
        ['inspiratie 5', '#/inspiratie/5', /Inspiratie/],
        ['over', '#/over', 'Over deze tool'],
        ['privacy', '#/privacy', /Uw antwoorden blijven/],
        ['toegankelijkheid', '#/toegankelijkheid', 'Toegankelijkheid'],
        ['vergelijken', '#/vergelijken', 'Quick Scans vergelijken'],
        ['niet gevonden', '#/bestaat-niet', 'Pagina niet gevonden'],
      ]
      for (const [what, url, heading] of pages) {
        await page.goto(url.startsWith('#') ? baseUrl + url : url)
        await page.getByRole('heading', { level: 1, name: heading }).waitFor()
        // Content that arrives after the heading (inspiration, drafts) is in the tree too.
        await page.waitForLoadState('networkidle')
        await page.waitForTimeout(300)
        const { headings, controls } = check(what, await page.locator('body').ariaSnapshot())
        console.log(`     ${what}: ${headings} koppen, ${controls} knoppen en links`)
      }
      // The presenter: no site chrome (a screen of its own), the same rules otherwise.
      await page.goto(`${scanUrl}/presenteren`)
      await page.getByRole('heading', { level: 1, name: /Vraag 1 van 15/ }).waitFor()
      check('presentator', await page.locator('body').ariaSnapshot(), { chrome: false })
    },
  },
]
