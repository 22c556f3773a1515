/**
 * The Dutch text of every failure the storage and file layers report by code
 * (domain/errors.ts). One place, so a message is written once and worded alike.
 */
export const errorTexts = {
  'scan-missing': 'Deze Quick Scan bestaat niet (meer).',
  'action-missing': 'Deze actie bestaat niet (meer).',
  'not-open': 'Er is geen Quick Scan geopend.',
  'storage-not-open': 'De opslag is nog niet geopend.',
  'text-too-long': 'Deze tekst is te lang om op te slaan.',
  'too-many-actions': 'De actieagenda is vol: er kunnen geen acties meer bij.',
  'too-many-participants': 'Er kunnen geen deelnemers meer bij.',
} as const

export type ErrorCode = keyof typeof errorTexts

const chooseOwnFile = 'Kies een bestand dat u met “Exporteren” of “Reservekopie” hebt gemaakt.'

/** Why a chosen file is not read (domain/fileFormat.ts); nothing stored changes. */
export const fileTexts = {
  tooLarge:
    'Dit bestand is te groot. Een bestand van deze tool is veel kleiner; kies het juiste bestand.',
  notJson: `Dit bestand is geen bestand van de Reflectietool: het is geen geldige JSON. ${chooseOwnFile}`,
  otherTool: `Dit bestand komt niet van de Reflectietool eigen kracht. ${chooseOwnFile}`,
  noVersion: 'Dit bestand heeft geen geldige versie-aanduiding en kan niet worden gelezen.',
  newerVersion: (version: number, ours: number) =>
    `Dit bestand is gemaakt met een nieuwere versie van de tool (bestandsversie ${version}). Open het in de nieuwste versie, of vraag de afzender om een bestand in versie ${ours}.`,
  noTitle: 'Een Quick Scan in het bestand heeft geen titel.',
  noScan: 'Het bestand bevat geen Quick Scan.',
  damaged: (detail: string | null, path: string | null) =>
    `Dit bestand is beschadigd of onvolledig en is niet ingelezen.${detail ? ` ${detail}` : ''}${path ? ` (Probleem bij: ${path}.)` : ''} Er is niets veranderd aan uw concepten.`,
  unreadable: 'Het bestand kon niet worden gelezen. Probeer het opnieuw of kies een ander bestand.',
  busy: 'Er wordt al een bestand gecontroleerd of ingelezen. Wacht tot dat klaar is, of kies “Stoppen”.',
} as const
