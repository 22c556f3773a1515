import assert from 'node:assert/strict'

export const tests = [
  {
    name: 'offline: na één bezoek werkt de tool zonder netwerk, de pdf ook',
    async run({ page, context, baseUrl }) {
      await page.goto(baseUrl + '#/')
      await page.getByRole('heading', { level: 1, name: 'Reflectietool eigen kracht' }).waitFor()
      // Wait until the service worker has cached the app and controls the page.
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready
      })
      await page.reload()
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null)

      await context.setOffline(true)
      await page.reload()
      await page.getByRole('heading', { level: 1, name: 'Reflectietool eigen kracht' }).waitFor()
      await page.getByRole('link', { name: 'Nieuwe Quick Scan starten' }).click()
      await page.getByLabel('Titel').fill('Zonder netwerk')
      await page.getByRole('button', { name: 'Quick Scan starten' }).click()
      await page.getByText('0 van 15 vragen ingevuld').waitFor()
      const scanUrl = page.url().replace(/\/$/, '')
      await page.goto(`${scanUrl}/vraag/1`)
      await page.getByLabel('Antwoord').fill('Geschreven in de trein.')
      await page.getByRole('radio', { name: /^Label 1/ }).check()
      await page.goto(`${scanUrl}/overzicht`)
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Pdf downloaden', exact: true }).click(),
      ])
      assert.match(download.suggestedFilename(), /^quickscan-eigen-kracht-zonder-netwerk-/)
      await page.getByText(/De pdf is klaar/).waitFor()
      await context.setOffline(false)
    },
  },
]
