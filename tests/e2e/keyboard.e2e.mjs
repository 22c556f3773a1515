import assert from 'node:assert/strict'

/** Presses Tab until the focused element's name (label, aria-label or text) matches. */
async function tabTo(page, pattern, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    const name = await page.evaluate(() => {
      const el = document.activeElement
      if (!el) return ''
      const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : ''
      return (el.getAttribute('aria-label') || label || el.textContent || '')
        .replace(/\s+/g, ' ')
        .trim()
    })
    if (pattern.test(name)) return name
  }
  throw new Error(`Met Tab niet gevonden: ${pattern}`)
}

export const tests = [
  {
    name: 'toetsenbord alleen: een hele scan, de actieagenda en een pdf',
    async run({ page, baseUrl }) {
      await page.goto(baseUrl + '#/')
      await page.getByRole('heading', { level: 1, name: 'Reflectietool eigen kracht' }).waitFor()
      await tabTo(page, /^Nieuwe Quick Scan starten$/)
      await page.keyboard.press('Enter')
      await page.getByRole('heading', { level: 1, name: 'Nieuwe Quick Scan' }).waitFor()
      await tabTo(page, /^Gemeente \(optioneel\)$/)
      await page.keyboard.type('Zeist')
      await tabTo(page, /^Quick Scan starten$/)
      await page.keyboard.press('Enter')
      await page.getByText('0 van 15 vragen ingevuld').waitFor()
      await tabTo(page, /^Begin met vraag 1$/)
      await page.keyboard.press('Enter')

      for (let n = 1; n <= 15; n++) {
        await page
          .getByRole('heading', { level: 1, name: new RegExp(`Vraag ${n} van 15`) })
          .waitFor()
        await tabTo(page, /^Antwoord$/)
        await page.keyboard.type(`Antwoord op vraag ${n}, met het toetsenbord.`)
        await page.keyboard.press('Tab') // to the first label
        await page.keyboard.press('Space')
        for (let k = 1; k < ((n - 1) % 4) + 1; k++) await page.keyboard.press('ArrowDown')
        await tabTo(page, n < 15 ? /^Volgende vraag$/ : /^Naar het overzicht$/)
        await page.keyboard.press('Enter')
      }
      await page.getByRole('heading', { level: 1, name: 'Alle antwoorden' }).waitFor()
      await page.getByText('15 van 15 vragen zijn ingevuld').waitFor()

      await tabTo(page, /^Actieagenda$/, 200)
      await page.keyboard.press('Enter')
      await page.getByRole('heading', { level: 1, name: 'Actieagenda' }).waitFor()
      await tabTo(page, /^Actie toevoegen aan deel A$/)
      await page.keyboard.press('Enter')
      await page.waitForFunction(() => document.activeElement?.id?.endsWith('-action'))
      await page.keyboard.type('Dialoogtafel met inwoners organiseren')
      await page.keyboard.press('Tab')
      await page.keyboard.type('Fatma en Şükrü')
      await page.keyboard.press('Tab')
      await page.keyboard.type('voor de zomer')
      // The default, as everywhere: the Quick Scan and the agenda.
      await tabTo(page, /^Quick Scan en actieagenda$/)
      await tabTo(page, /^Pdf downloaden$/)
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.keyboard.press('Enter'),
      ])
      assert.match(download.suggestedFilename(), /^quickscan-eigen-kracht-gemeente-zeist-/)
      await page.getByText(/De pdf is klaar/).waitFor()
    },
  },
]
