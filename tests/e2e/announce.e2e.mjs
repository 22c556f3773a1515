import assert from 'node:assert/strict'
import { answerField, createScan, openQuestion, withSmallDisk } from './helpers.mjs'

/**
 * Counts what a screen reader would announce: every change of the text of a live region
 * (role status, alert or log, or aria-live other than off), once per region per update.
 */
async function countAnnouncements(page) {
  await page.evaluate(() => {
    const live = '[role="status"], [role="alert"], [role="log"], [aria-live]:not([aria-live="off"])'
    const last = new Map()
    window.__announced = []
    const regionOf = (node) => (node instanceof Element ? node : node.parentElement)?.closest(live)
    for (const r of document.querySelectorAll(live)) last.set(r, r.textContent.trim())
    new MutationObserver((records) => {
      const regions = new Set(records.map((m) => regionOf(m.target)).filter(Boolean))
      for (const r of regions) {
        const text = r.textContent.trim()
        if (text !== (last.get(r) ?? '') && text !== '') window.__announced.push(text)
        last.set(r, text)
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true })
  })
  return () => page.evaluate(() => window.__announced)
}

const SENTENCE =
  'In onze gemeente betekent eigen kracht dat inwoners zelf de regie houden met hulp van hun netwerk.'

/** Types the sentence word by word with a pause after each word, past the save's debounce. */
async function typeWithPauses(page) {
  for (const word of SENTENCE.split(' ')) {
    await page.keyboard.type(word + ' ', { delay: 20 })
    await page.waitForTimeout(500)
  }
}

export const tests = [
  {
    name: 'schermlezer: typen met pauzes geeft geen enkele melding zolang opslaan lukt',
    async run({ page, baseUrl }) {
      const scanUrl = await createScan(page, baseUrl, { title: 'Stil' })
      await openQuestion(page, scanUrl, 1)
      const announced = await countAnnouncements(page)
      await answerField(page).focus()
      await typeWithPauses(page)
      await page.getByText(/^Opgeslagen in deze browser om/).waitFor()
      const said = await announced()
      console.log(
        `     meldingen bij ${SENTENCE.split(' ').length} woorden met pauzes: ${said.length}`,
      )
      assert.deepEqual(said, [], 'er werd voorgelezen terwijl het opslaan lukte')
    },
  },
  {
    name: 'schermlezer: een mislukte opslag wordt één keer gemeld',
    async run(env) {
      await withSmallDisk(env, async ({ page }) => {
        const { baseUrl } = env
        const scanUrl = await createScan(page, baseUrl, { title: 'Vol' })
        await openQuestion(page, scanUrl, 1)
        const announced = await countAnnouncements(page)
        // A long answer the full disk cannot hold, then more words with pauses.
        let body = ''
        for (let n = 1; body.length < 90_000; n = (n * 48271) % 2147483647)
          body += `${n.toString(36)}ş `
        await answerField(page).fill(body)
        await answerField(page).press('End')
        await typeWithPauses(page)
        await page
          .getByText(/opslagruimte van deze browser is vol/)
          .first()
          .waitFor()
        const said = await announced()
        console.log(`     meldingen bij een volle schijf: ${said.length}`)
        assert.equal(said.length, 1, `meldingen: ${JSON.stringify(said)}`)
        assert.match(said[0], /opslagruimte van deze browser is vol/)
      })
    },
  },
]
