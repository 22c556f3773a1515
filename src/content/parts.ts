/** The three parts of the Quick Scan, verbatim from the source (002). */
export type PartId = 'A' | 'B' | 'C'

export interface Part {
  id: PartId
  /** e.g. "Naar een gezamenlijke visie op eigen kracht" */
  title: string
  /** Question numbers in this part, in order. */
  questions: readonly number[]
}

export const parts: readonly Part[] = [
  { id: 'A', title: 'Naar een gezamenlijke visie op eigen kracht', questions: [1, 2, 3, 4, 5] },
  { id: 'B', title: 'Van visie naar uitvoering', questions: [6, 7, 8, 9, 10] },
  { id: 'C', title: 'Zicht op resultaten', questions: [11, 12, 13, 14, 15] },
]
