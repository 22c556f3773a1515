import assert from 'node:assert/strict'

/** Visits a page once, then until the service worker controls it (the app is cached). */
async function installed(page, url) {
  await page.goto(url)
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  await page.reload()
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
}

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
  {
    name: 'offline: het stembriefje op een telefoon werkt na één bezoek zonder netwerk; de QR-lezer van de presentator is ook bewaard',
    viewport: { width: 390, height: 844 },
    async run({ page, context, baseUrl }) {
      const ballot = `${baseUrl}#/stem/K7QX?vragen=1-5`
      await installed(page, ballot)
      await context.setOffline(true)
      await page.reload()
      await page.getByRole('heading', { level: 1, name: 'Stembriefje' }).waitFor()
      await page
        .getByRole('radio', { name: /^Label 2/ })
        .first()
        .check()
      await page.getByRole('button', { name: 'Mijn stembriefje tonen' }).click()
      await page.getByRole('img', { name: /1 van 5 vragen gekozen/ }).waitFor()
      // The reader's WebAssembly comes from the same cache, for a presenter without network.
      const wasm = await page.evaluate(async () => {
        const keys = await caches.keys()
        for (const k of keys) {
          for (const r of await (await caches.open(k)).keys()) {
            if (/zxing_reader.*\.wasm/.test(r.url)) {
              const res = await fetch(r.url)
              return { ok: res.ok, bytes: (await res.arrayBuffer()).byteLength }
            }
          }
        }
        return null
      })
      assert.ok(
        wasm?.ok && wasm.bytes > 100_000,
        `de QR-lezer staat niet in de cache: ${JSON.stringify(wasm)}`,
      )
      await context.setOffline(false)
    },
  },
]
