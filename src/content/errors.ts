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
} as const

export type ErrorCode = keyof typeof errorTexts
