/** What a PDF can hold: its name in the PDF's title, and the choice on the download form. */
export const pdfContents = {
  both: { title: 'Quick Scan en actieagenda', choice: 'Quick Scan en actieagenda' },
  scan: { title: 'Quick Scan', choice: 'Alleen de Quick Scan' },
  agenda: { title: 'Actieagenda', choice: 'Alleen de actieagenda' },
  report: {
    title: 'Verslag van de dialoogsessie',
    choice: 'Verslag van de dialoogsessie (met de tellingen)',
  },
} as const
