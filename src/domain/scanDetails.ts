import type { FillMode, Participant } from './scan'

/** What a user fills in when starting a scan, and its checks. */
export interface ScanDetails {
  title: string
  municipality: string
  date: string
  mode: FillMode
  participants: Participant[]
}

export interface FieldError {
  /** id of the form control the message belongs to */
  field: string
  message: string
}

function isRealDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const date = new Date(Date.UTC(y, mo - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d
}

export function validateScanDetails(details: ScanDetails): FieldError[] {
  const errors: FieldError[] = []
  if (details.title.trim() === '') {
    errors.push({
      field: 'scan-title',
      message: 'Vul een titel in, zodat u de scan later terugvindt.',
    })
  }
  if (details.title.trim().length > 200) {
    errors.push({ field: 'scan-title', message: 'De titel mag hooguit 200 tekens lang zijn.' })
  }
  if (!isRealDate(details.date)) {
    errors.push({
      field: 'scan-date',
      message: 'Vul een geldige datum in, bijvoorbeeld 23-11-2026.',
    })
  }
  return errors
}
