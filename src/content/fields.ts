/** Words of the form fields: the character count under a text field (GOV.UK's pattern). */
const number = new Intl.NumberFormat('nl-NL')

export function charactersLeftText(left: number): string {
  if (left >= 0) return `U hebt nog ${number.format(left)} ${left === 1 ? 'teken' : 'tekens'}`
  const over = -left
  return `U hebt ${number.format(over)} ${over === 1 ? 'teken' : 'tekens'} te veel`
}
