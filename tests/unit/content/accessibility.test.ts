import { describe, expect, it } from 'vitest'
import { readStatement, safeUrl } from '@/content/accessibility'
import statementFile from '../../../public/toegankelijkheid.json'

describe('the hosting organisation’s accessibility statement', () => {
  it('is empty in the build as shipped: the page then explains how to fill it in', () => {
    expect(readStatement(statementFile)).toBeNull()
  })

  it('keeps what is filled in and drops what is wrong, field by field', () => {
    const s = readStatement({
      ...statementFile,
      organisatie: '  Gemeente Zeist ',
      status: 'B',
      datumVerklaring: '1 december',
      onderzoek: { datum: '2026-11-01', uitgevoerdDoor: 'Bureau X', rapportUrl: 'x' },
      contact: 'kapot',
    })
    expect(s).toMatchObject({
      organisatie: 'Gemeente Zeist',
      status: 'B',
      datumVerklaring: '',
      onderzoek: { uitgevoerdDoor: 'Bureau X' },
      contact: { email: '', telefoon: '' },
    })
    expect(readStatement({ organisatie: 'Zeist', status: 'Z' })?.status).toBe('')
    expect(readStatement('geen json-object')).toBeNull()
  })

  it('links only to web pages and e-mail', () => {
    expect(safeUrl('https://www.toegankelijkheidsverklaring.nl/register/1')).not.toBeNull()
    expect(safeUrl('mailto:a@b.nl')).not.toBeNull()
    expect(safeUrl('javascript:alert(1)')).toBeNull()
    expect(safeUrl('')).toBeNull()
  })
})
