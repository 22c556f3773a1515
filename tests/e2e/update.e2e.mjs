import assert from 'node:assert/strict'
import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const dist = resolve(import.meta.dirname, '../../dist')

export const tests = [
  {
    name: 'update: een nieuwe versie meldt zich, wisselt niet onder de gebruiker, en herladen bewaart wat er getypt is',
    async run({ page, serve }) {
      // A copy of the build of our own, so this test can publish a "new version" of it.
      const folder = await mkdtemp(join(tmpdir(), 'rt-update-'))
      try {
        await cp(dist, folder, { recursive: true })
        const url = await serve(folder)

        await page.goto(url + '#/nieuw')
        await page.getByLabel('Titel').fill('Update-test')
        await page.getByRole('button', { name: 'Quick Scan starten' }).click()
        await page.getByText('0 van 15 vragen ingevuld').waitFor()
        const scanUrl = page.url().replace(/\/$/, '')
        await page.evaluate(async () => {
          await navigator.serviceWorker.ready
        })
        await page.reload()
        await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
        await page.goto(`${scanUrl}/vraag/4`)
        const answer = page.getByLabel('Antwoord', { exact: true })
        await answer.fill('Wij spraken af dat')
        // Marks this document: a reload or a swap under the user would lose it.
        await page.evaluate(() => Object.assign(window, { rtSameDocument: true }))

        // A new version is published (the service worker changes) and the browser finds it.
        await appendFile(join(folder, 'sw.js'), '\n// nieuwe versie\n')
        await page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration()
          await registration?.update()
        })

        const banner = page.getByRole('status').filter({ hasText: 'Nieuwe versie beschikbaar' })
        await banner.waitFor({ timeout: 15_000 })
        assert.equal(
          (await banner.locator('p').innerText()).trim(),
          'Nieuwe versie beschikbaar — herladen om hem te gebruiken.',
        )
        // Nothing swapped: the same document, the text still in the field, still typing.
        assert.equal(await page.evaluate(() => 'rtSameDocument' in window), true)
        await answer.press('End')
        await answer.pressSequentially(' we elk kwartaal terugkijken.')
        assert.equal(await answer.inputValue(), 'Wij spraken af dat we elk kwartaal terugkijken.')

        // "Later" puts the message away; the next check brings it back.
        await banner.getByRole('button', { name: 'Later' }).click()
        assert.equal(await banner.locator('p').count(), 0)
        assert.equal(await page.evaluate(() => 'rtSameDocument' in window), true)
        await page.reload()
        await banner.waitFor({ timeout: 15_000 })

        // Typing straight before "Herladen": it is saved first, then the new version takes over.
        await answer.fill('Wij spraken af dat we elk kwartaal terugkijken, met de wijkteams.')
        await banner.getByRole('button', { name: 'Herladen' }).click()
        await page.waitForFunction(
          () => !('rtSameDocument' in window) && document.readyState === 'complete',
        )
        await page.getByRole('heading', { level: 1, name: /Vraag 4 van 15/ }).waitFor()
        assert.equal(
          await page.getByLabel('Antwoord', { exact: true }).inputValue(),
          'Wij spraken af dat we elk kwartaal terugkijken, met de wijkteams.',
        )
        // The new service worker is the one in charge now, and no message is left.
        const state = await page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration()
          return { waiting: registration?.waiting !== null, active: registration?.active?.state }
        })
        assert.deepEqual(state, { waiting: false, active: 'activated' })
        assert.equal(await page.getByText('Nieuwe versie beschikbaar').count(), 0)
      } finally {
        await rm(folder, { recursive: true, force: true })
      }
    },
  },
]
