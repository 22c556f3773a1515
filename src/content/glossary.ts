/**
 * The words of the interface, one per thing. A page's heading, its browser title and every link
 * that leads to it use the same name from `pageNames`; buttons use `actions`. The PDF uses them
 * too. tests/unit/content/glossary.test.ts scans src/ for the variants in `retiredTerms`.
 */
export const pageNames = {
  drafts: 'Uw Quick Scans',
  taskList: 'Takenlijst',
  overview: 'Alle antwoorden',
  agenda: 'Actieagenda',
  counts: 'Tellingen uit de groepssessie',
  details: 'Gegevens van de Quick Scan',
  present: 'Sessie presenteren',
} as const

export const actions = {
  /** Dutch spelling: "pdf", lower case, in running text and on buttons. */
  pdf: 'Pdf downloaden',
  edit: 'Wijzigen',
  remove: 'Verwijderen',
  backToTaskList: 'Terug naar de takenlijst',
} as const

/** "1 deelnemer", "5 deelnemers": how many took part in a count, on every screen alike. */
export const participantsCounted = (n: number) => `${n} ${n === 1 ? 'deelnemer' : 'deelnemers'}`

/**
 * Words that drifted in before, with what to say instead. The glossary test fails when one is
 * back in a template or a string of src/ (comments are not read).
 */
export const retiredTerms: readonly { pattern: RegExp; use: string }[] = [
  { pattern: /(?<![A-Za-z./-])PDF(?![A-Za-z])/, use: 'pdf' },
  { pattern: /\bWijzig\b/, use: actions.edit },
  { pattern: /\bVerwijder (deelnemer|actie)\b/, use: actions.remove },
  { pattern: /Uw concepten/, use: pageNames.drafts },
  {
    pattern: /Alle antwoorden op één pagina|Overzicht van alle antwoorden/,
    use: pageNames.overview,
  },
  { pattern: /\d+ geteld|\}\} geteld/, use: 'participantsCounted(n)' },
]

/**
 * "Verder praten" is a note for later (it makes the question a suggestion on the agenda);
 * "Op de actieagenda zetten" makes an action now. Worded for who fills it in.
 */
export const discussText = (mode: 'alone' | 'group') => ({
  label: mode === 'group' ? 'Hier willen we over verder praten' : 'Hier wil ik later op terugkomen',
  hint: 'Een geheugensteun: de vraag komt dan bij de suggesties op de actieagenda. “Op de actieagenda zetten” maakt er meteen een actie van.',
})
