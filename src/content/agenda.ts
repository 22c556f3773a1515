import type { PartId } from './parts'

// The action agenda of the source (002, "ACTIEAGENDA OPSTELLEN"), typos corrected, and the
// page's own words around it.

/**
 * The page's own short introduction: the agenda comes first. (The source opens its agenda with
 * advice to go through the questions with colleagues and partners; the page no longer repeats
 * it above the agenda.)
 */
export const agendaIntro =
  'Spreek per deel af wat er gaat gebeuren, wie welk deel oppakt en wanneer het klaar is.'

/** Under the introduction when there are questions without an action (listed below the agenda). */
export const agendaCandidatesPointer = 'Vragen zonder actie staan onder de agenda.'

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

/**
 * The hints above the three fields: what each column asks, so the action itself goes into
 * "Actie" (in reviews it was typed into "Wie doet wat?") and "Wanneer?" is asked once.
 */
export const agendaHints = {
  action: 'Wat gaat er gebeuren? Bijvoorbeeld: een visiedocument opstellen.',
  who: 'Wie pakt welk deel op? Bijvoorbeeld: beleid schrijft, het wijkteam leest mee.',
  when: 'Wanneer moet het klaar zijn? Bijvoorbeeld: voor de zomer.',
} as const

/** The optional date inside "Wanneer?": secondary, typed the Dutch way, stored as yyyy-mm-dd. */
export const agendaDateTexts = {
  open: 'Datum kiezen (optioneel)',
  /** On the button while the date field is closed and a date is set. */
  change: (date: string) => `Datum wijzigen (${date})`,
  label: 'Datum (optioneel)',
  /** The example date is kept on one line (the page puts it in after these words). */
  example: '15-03-2027',
  hint: 'Dag-maand-jaar, bijvoorbeeld',
  format: 'Schrijf de datum als dag-maand-jaar, met het jaar in vier cijfers, bijvoorbeeld',
  nonexistent: 'Deze datum bestaat niet. Controleer de dag, de maand en het jaar.',
} as const

/** When "Actie" is empty but who or when is filled in: a warning, not an error. */
export const actionMissingWarning =
  'Deze actie heeft nog geen omschrijving. Schrijf bij Actie wat er gaat gebeuren.'

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
