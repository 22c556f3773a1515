import type { PartId } from './parts'

/** The 15 reflection questions of the Quick Scan, verbatim from the source (002). */
export interface Question {
  number: number
  part: PartId
  text: string
}

export const questions: readonly Question[] = [
  {
    number: 1,
    part: 'A',
    text: 'Wat verstaan we binnen onze gemeente onder het begrip ‘eigen kracht’?',
  },
  {
    number: 2,
    part: 'A',
    text: 'Waaróm willen we inzetten op eigen kracht, wat zijn aanleidingen en redenen?',
  },
  {
    number: 3,
    part: 'A',
    text: 'Welke waarden liggen ten grondslag aan het inzetten op eigen kracht?',
  },
  {
    number: 4,
    part: 'A',
    text: 'Wie is of zijn er verantwoordelijk voor de ‘inzet op eigen kracht’?',
  },
  {
    number: 5,
    part: 'A',
    text: 'Hoe worden inwoners en professionals betrokken bij visievorming op eigen kracht?',
  },
  {
    number: 6,
    part: 'B',
    text: 'Wie gaan er in de praktijk daadwerkelijk ‘inzetten op eigen kracht’?',
  },
  {
    number: 7,
    part: 'B',
    text: 'Hoe maken we in onze gemeente gebruik van bestaande kennis over wat werkt in de praktijk?',
  },
  {
    number: 8,
    part: 'B',
    text: 'Hoe stimuleert onze gemeente de inzet op eigen kracht?',
  },
  {
    number: 9,
    part: 'B',
    text: 'Wat hebben partijen nodig om aan eigen kracht te kunnen werken?',
  },
  {
    number: 10,
    part: 'B',
    text: 'Hoe worden inwoners en professionals betrokken bij de vertaling van visie naar de praktijk?',
  },
  {
    number: 11,
    part: 'C',
    text: 'Welke concrete resultaten beoogt onze gemeente met de inzet van eigen kracht?',
  },
  {
    number: 12,
    part: 'C',
    text: 'Hoe worden deze resultaten van (de inzet op) eigen kracht gemonitord?',
  },
  {
    number: 13,
    part: 'C',
    text: 'Heeft onze gemeente zicht op belemmerende en bevorderende factoren bij het inzetten op eigen kracht?',
  },
  {
    number: 14,
    part: 'C',
    text: 'Wat doet onze gemeente met de resultaten van monitoring?',
  },
  {
    number: 15,
    part: 'C',
    text: 'Hoe worden inwoners en professionals betrokken bij de monitoring en duiding van resultaten?',
  },
]

export const QUESTION_COUNT = questions.length

const byNumber = new Map(questions.map((q) => [q.number, q]))

/** The question with this number, or undefined. */
export const questionByNumber = (n: number): Question | undefined => byNumber.get(n)
