/**
 * The words of voting with answer slips ("stembriefjes"): on the phone, on the projector and in
 * the facilitator's reader. One place, so the three say the same.
 */
export const voteWords = {
  ballot: 'Stembriefje',
  startVote: 'Stemronde starten',
  endVote: 'Stemronde afsluiten',
  readSlips: 'Stembriefjes inlezen',
  showSlip: 'Mijn stembriefje tonen',
  editChoices: 'Keuzes wijzigen',
  printSlip: 'Stembriefje afdrukken',
  discuss: 'Hier wil ik over praten',
  holdUp: 'Houd dit voor de camera van de gespreksleider; zet uw scherm helder.',
  joinHeading: 'Kies uw label op uw eigen telefoon',
  boxLost:
    'De ingelezen stembriefjes van deze stemronde staan niet (meer) op deze computer; de tellingen blijven. Sluit de stemronde af (Meer) en start een nieuwe om verder te lezen.',
  nextParticipant: 'Volgende deelnemer op deze telefoon',
  privacy:
    'Uw naam staat niet op het stembriefje. Uw keuzes blijven op deze telefoon; er gaat niets via internet.',
} as const

/** "7 stembriefjes ingelezen". */
export const slipsRead = (n: number) => `${n} ${n === 1 ? 'stembriefje' : 'stembriefjes'} ingelezen`

/** Why the reader refused a slip, in the panel's words. */
export const slipProblemText = {
  'not-a-slip': 'Deze QR-code is geen stembriefje van de Reflectietool.',
  'newer-version':
    'Dit stembriefje komt uit een nieuwere versie van de tool. Laad de tool op deze laptop opnieuw en lees het dan nog eens in.',
  checksum:
    'Dit stembriefje is niet goed gelezen (het controlegetal klopt niet). Houd het nog eens stil voor de camera.',
  'other-session': (code: string, expected: string) =>
    `Dit stembriefje hoort bij een andere sessie (code ${code}). De code van deze stemronde is ${expected}.`,
  'other-questions':
    'Dit stembriefje is voor andere vragen dan deze stemronde. Laat de deelnemer de QR-code op het scherm opnieuw scannen.',
  'other-round': (round: 1 | 2, expected: 1 | 2) =>
    `Dit stembriefje is voor ronde ${round}; nu wordt ronde ${expected} geteld. Kies de ronde hierboven, of laat de deelnemer op de telefoon ronde ${expected} kiezen.`,
  full: 'Er zijn al 999 stembriefjes ingelezen in deze ronde; meer kan niet.',
} as const

/** What reading a good slip did. */
export const slipOutcomeText = {
  counted: 'Stembriefje geteld.',
  replaced: 'Nieuwer stembriefje van dezelfde deelnemer: het vorige telt niet meer.',
  again: 'Dit stembriefje was al ingelezen; het telt één keer.',
  older: 'Van deze deelnemer is al een nieuwer stembriefje ingelezen; dit oudere telt niet.',
} as const

/** Why phones cannot vote here, when the camera or the address stands in the way. */
export const cameraProblemText = {
  unsupported:
    'Deze browser kan de camera niet gebruiken (dat kan alleen op een beveiligd adres, https). Tel met de hand.',
  denied:
    'De tool mag de camera niet gebruiken. Geef toestemming in de adresbalk van de browser en probeer het opnieuw, of tel met de hand.',
  missing: 'Deze computer heeft geen camera, of de camera is in gebruik. Tel met de hand.',
  failed: 'De camera kon niet starten. Probeer het opnieuw, of tel met de hand.',
  reader:
    'De QR-lezer kon niet laden. Laad de tool opnieuw terwijl u online bent, of tel met de hand.',
} as const

export const localAddressShort =
  'Let op: telefoons kunnen dit adres niet openen (alleen deze computer kent het).'

export const localAddressText =
  'Deze tool draait op een adres dat alleen deze computer kent. Telefoons kunnen het niet openen: zet de tool op een webadres dat deelnemers kunnen bereiken, of tel met de hand.'
