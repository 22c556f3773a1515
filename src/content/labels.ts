/** The four labels of the Quick Scan, verbatim from the source (002). */
export type LabelValue = 1 | 2 | 3 | 4

export interface Label {
  value: LabelValue
  text: string
  /** Our own short name for tight places (lists, tallies); never replaces `text`. */
  short: string
}

export const labels: readonly Label[] = [
  {
    value: 1,
    text: 'Dit hebben we zo afgesproken binnen de gemeente, hierover zijn we het eens.',
    short: 'Afgesproken',
  },
  {
    value: 2,
    text: 'Dit is wat ik vind, maar dat is nog een discussiepunt binnen de gemeente.',
    short: 'Nog een discussiepunt',
  },
  {
    value: 3,
    text: 'Dit is wat ik vind, maar ik weet niet hoe anderen binnen mijn gemeente hierover denken.',
    short: 'Weet niet hoe anderen denken',
  },
  {
    value: 4,
    text: 'Ik heb hier niet eerder over nagedacht, hierover is voor zover ik weet geen discussie binnen de gemeente.',
    short: 'Niet eerder over nagedacht',
  },
]

export const labelByValue = (value: number | null | undefined) =>
  labels.find((l) => l.value === value)

/** How a label is named wherever it appears: "Label 2 · Nog een discussiepunt". */
export const labelName = (label: Pick<Label, 'value' | 'short'>) =>
  `Label ${label.value} · ${label.short}`

/** Its name with the source's full text: "Label 2 · Nog een discussiepunt: Dit is wat ik vind, …". */
export const labelWithText = (label: Label) => `${labelName(label)}: ${label.text}`
