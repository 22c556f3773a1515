import type { PartId } from './parts'

/** The action agenda of the source (002, "ACTIEAGENDA OPSTELLEN"), typos corrected. */
export const agendaIntro: readonly string[] = [
  'U kunt de Quick Scan voor uzelf invullen en gebruiken, maar het is ook aan te raden om de reflectievragen met collega’s, samenwerkingspartners en/of uitvoerders door te nemen en mogelijk zelfs concrete afspraken voor de komende periode te maken.',
]

export const followUpAdvice =
  'Bepaal of de groep in dezelfde samenstelling nog een keer bij elkaar komt of dat de punten door verschillende partijen worden opgepakt. Spreek ook af hoe de deelnemers elkaar aan de afspraken houden, zodat de plannen niet in de waan van de dag wegzakken.'

export interface AgendaPart {
  part: PartId
  /** Title as in the agenda of the source, with its full stop. */
  title: string
  /** "Denk aan: …", verbatim. */
  hint: string
}

export const agendaParts: readonly AgendaPart[] = [
  {
    part: 'A',
    title: 'Naar een gezamenlijke visie op eigen kracht.',
    hint: 'Denk aan: kennis vergaren en verdiepen, opstellen visiedocument, organiseren dialoogtafels met inwoners en professionals, etc.',
  },
  {
    part: 'B',
    title: 'Van visie naar uitvoering.',
    hint: 'Denk aan: gluren bij de buren, schrijven implementatie- en opleidingsplan, aanpassen subsidie- en inkoopvoorwaarden, organiseren trainingen, etc.',
  },
  {
    part: 'C',
    title: 'Zicht op resultaten.',
    hint: 'Denk aan: overleg tussen beleid en onderzoek over monitoring, in gesprek met inwoners en professionals over administratieve last, etc.',
  },
]

/** Column names of the agenda table in the source. */
export const agendaColumns = { action: 'Actie', who: 'Wie doet wat?', when: 'Wanneer?' } as const

/** The follow-up questions of the source's agenda, as the form, the print view and the PDF ask them. */
export const followUpTexts = {
  heading: 'Afspraken over het vervolg',
  meetAgain: 'Komt de groep in dezelfde samenstelling nog een keer bij elkaar?',
  meetAgainYes: 'Ja, we komen weer bij elkaar',
  meetAgainNo: 'Nee, verschillende partijen pakken de punten op',
  nextMeeting: 'Wanneer komt de groep weer bij elkaar?',
  pickedUpBy: 'Welke partijen pakken welke punten op?',
  accountability: 'Hoe houden de deelnemers elkaar aan de afspraken?',
  accountabilityHint:
    'Bijvoorbeeld: elk kwartaal een kort overleg, of de voortgang als vast agendapunt.',
  notAgreed: 'Nog niet afgesproken.',
} as const
