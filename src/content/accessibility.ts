import * as v from 'valibot'

/**
 * The accessibility page ("Toegankelijkheid"): what the tool itself conforms to and how that is
 * tested (ours, below), and the statement of the organisation that hosts it, which that
 * organisation fills in in public/toegankelijkheid.json of the build (the fields of the Dutch
 * model toegankelijkheidsverklaring). A missing or broken file shows the tool's part only.
 */

export const STATEMENT_FILE = 'toegankelijkheid.json'

export const conformance = [
  'De tool is gebouwd om te voldoen aan WCAG 2.2 op niveau AA, de norm die de Nederlandse overheid voorschrijft (EN 301 549).',
  'Alles werkt met alleen het toetsenbord, met een schermlezer en bij 400 % zoom, in het lichte en het donkere kleurenschema.',
  'De pdf’s (Quick Scan, actieagenda en het verslag van de dialoogsessie) hebben een structuur voor schermlezers: koppen, alinea’s, tabellen en figuren met een tekstalternatief, in de Nederlandse taal.',
] as const

export const testing = [
  'Bij elke wijziging controleert axe-core (WCAG 2.2 A en AA) elke pagina, ook in het donkere kleurenschema, op het publieksscherm en op de pagina met tellingen.',
  'Automatische tests doorlopen een hele Quick Scan, de actieagenda en een pdf met alleen het toetsenbord, en controleren de focus na elke stap.',
  'Pagina’s worden getest op 1366, 390 en 320 pixels breed (zoals 400 % zoom), zonder horizontaal scrollen.',
  'De kleuren van de vier labels in de grafieken zijn gecontroleerd op contrast (minstens 3:1) en op onderscheid bij kleurenblindheid.',
  'De pdf wordt teruggelezen: de structuur, de volgorde van de tekst en de taal worden gecontroleerd.',
] as const

export const limitations = [
  'De tekeningen bij de inspiratie (het model van eigen kracht en de participatieladder) zijn op een smal scherm niet leesbaar; daar toont de tool de tekstversie, die alles bevat wat in de tekening staat.',
  'Het publieksscherm van een dialoogsessie kort een heel lang antwoord in met “…”; het volledige antwoord staat in de Quick Scan en in de pdf.',
  'Een schermlezer leest de tellingen van de groepssessie uit de tabel onder de grafiek; de grafiek zelf is een afbeelding met een korte omschrijving.',
] as const

const text = v.fallback(v.pipe(v.string(), v.trim(), v.maxLength(500)), '')
const statementSchema = v.object({
  organisatie: text,
  naamApp: text,
  adres: text,
  status: v.fallback(v.picklist(['A', 'B', 'C', 'D', 'E', '']), ''),
  datumVerklaring: v.fallback(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)), ''),
  onderzoek: v.fallback(v.object({ datum: text, uitgevoerdDoor: text, rapportUrl: text }), {
    datum: '',
    uitgevoerdDoor: '',
    rapportUrl: '',
  }),
  contact: v.fallback(v.object({ email: text, telefoon: text }), { email: '', telefoon: '' }),
  verklaringUrl: text,
})

export type Statement = v.InferOutput<typeof statementSchema>

export const statusText: Record<Exclude<Statement['status'], ''>, string> = {
  A: 'voldoet volledig',
  B: 'voldoet gedeeltelijk',
  C: 'eerste maatregelen genomen',
  D: 'geen maatregelen genomen',
  E: 'voldoet niet',
}

/** The hosting organisation's statement, or null when the file holds none (nothing filled in). */
export function readStatement(raw: unknown): Statement | null {
  const parsed = v.safeParse(statementSchema, raw)
  if (!parsed.success || parsed.output.organisatie === '') return null
  return parsed.output
}

/** Only links that go to a web page (https, http or mailto); anything else is shown as text. */
export const safeUrl = (url: string) => (/^(https?:|mailto:)/i.test(url) ? url : null)
