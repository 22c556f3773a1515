import assert from 'node:assert/strict'

export const tests = [
  {
    name: 'toegankelijkheid: de pagina uit de voettekst, zonder en met de verklaring van de aanbieder',
    async run({ page, baseUrl, checkA11y }) {
      await page.goto(baseUrl + '#/')
      await page.getByRole('contentinfo').getByRole('link', { name: 'Toegankelijkheid' }).click()
      await page.getByRole('heading', { level: 1, name: 'Toegankelijkheid' }).waitFor()
      // As shipped, the file is empty: the page says how to fill it in.
      await page.getByText(/heeft hier \(nog\) geen verklaring ingevuld/).waitFor()
      await checkA11y(page, 'toegankelijkheid zonder verklaring')

      // A municipality filled in the file of the build.
      await page.route('**/toegankelijkheid.json', (route) =>
        route.fulfill({
          contentType: 'application/json',
          body: JSON.stringify({
            organisatie: 'Gemeente Zeist',
            status: 'B',
            datumVerklaring: '2026-11-30',
            onderzoek: {
              datum: '2026-11-01',
              uitgevoerdDoor: 'Bureau Toegankelijk',
              rapportUrl: 'javascript:alert(1)',
            },
            contact: { email: 'toegankelijkheid@zeist.nl', telefoon: '14 030' },
            verklaringUrl: 'https://www.toegankelijkheidsverklaring.nl/register/1',
          }),
        }),
      )
      await page.reload()
      await page.getByText('Gemeente Zeist').waitFor()
      await page.getByText('B: voldoet gedeeltelijk').waitFor()
      await page.getByText('30 november 2026').waitFor()
      await page.getByRole('link', { name: 'toegankelijkheid@zeist.nl' }).waitFor()
      // A link that is not a web page is not made a link.
      assert.equal(await page.getByRole('link', { name: 'Onderzoeksrapport' }).count(), 0)
      await page.getByRole('link', { name: 'De volledige toegankelijkheidsverklaring' }).waitFor()
      await checkA11y(page, 'toegankelijkheid met verklaring')
    },
  },
]
