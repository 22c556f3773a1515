import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { emptyFollowUp } from '@/domain/agenda'
import {
  CHECK_CHUNK,
  FILE_FORMAT_VERSION,
  MAX_FILE_BYTES,
  readExportFile,
  readSteps,
  serialiseExport,
  splitBackup,
  toExportedScan,
  toStoredScan,
} from '@/domain/fileFormat'
import { hardLimit, LIMITS } from '@/domain/limits'
import { testAnswer, testMeta } from '../scanFixture'

const fixture = (name: string) =>
  readFileSync(resolve(__dirname, '../../fixtures/files', name), 'utf8')

const valid = () => JSON.parse(fixture('format-v1-scan.json'))
const read = (o: unknown) => readExportFile(JSON.stringify(o))
const message = (o: unknown) => {
  const r = read(o)
  if (r.ok) throw new Error('expected a refusal')
  return r.message
}

describe('reading the exchange file', () => {
  it('reads the version 1 fixture with a preview', () => {
    const r = readExportFile(fixture('format-v1-scan.json'))
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.summaries).toEqual([
      {
        title: 'Quick Scan gemeente Zeist',
        municipality: 'Zeist',
        date: '2026-11-23',
        answered: 2,
        actions: 1,
      },
    ])
    expect(r.file.scans[0]?.answers[1]?.text).toBe('<img src=x onerror=alert(1)>')
  })

  it('round-trips: stored records → file → stored records are the same', () => {
    const r = readExportFile(fixture('format-v1-scan.json'))
    if (!r.ok) throw new Error(r.message)
    let n = 0
    const stored = toStoredScan(r.file.scans[0]!, 'id1', () => `a${++n}`, 5)
    const again = readExportFile(
      serialiseExport('scan', [toExportedScan(stored.meta, stored.answers, stored.actions)]),
    )
    if (!again.ok) throw new Error(again.message)
    // Importing touches updatedAt; everything else comes back the same.
    expect({ ...again.file.scans[0]!, updatedAt: 0 }).toEqual({ ...r.file.scans[0]!, updatedAt: 0 })
    expect(stored.meta.answeredCount).toBe(2)
  })

  it('keeps both counting rounds; a file from before the second round reads it as empty', () => {
    const file = valid()
    expect(file.scans[0].answers[0]).not.toHaveProperty('tallyAfter')
    const before = read(file)
    if (!before.ok) throw new Error(before.message)
    expect(before.file.scans[0]!.answers[0]!.tallyAfter).toEqual({ 1: 0, 2: 0, 3: 0, 4: 0 })
    // An answer with only a second round is still worth keeping.
    const meta = testMeta({ id: 's', title: 'Twee rondes' })
    const answer = testAnswer('s', 5, { tallyAfter: { 1: 0, 2: 3, 3: 0, 4: 1 } })
    const again = readExportFile(serialiseExport('scan', [toExportedScan(meta, [answer], [])]))
    if (!again.ok) throw new Error(again.message)
    expect(again.file.scans[0]!.answers).toHaveLength(1)
    expect(again.file.scans[0]!.answers[0]!.tallyAfter).toEqual({ 1: 0, 2: 3, 3: 0, 4: 1 })
  })

  it('refuses a file that is not JSON', () => {
    expect(readExportFile('dit is geen json {')).toMatchObject({
      ok: false,
      code: 'not-json',
      message: expect.stringMatching(/geen geldige JSON/),
    })
  })

  it('refuses JSON of another kind', () => {
    expect(message({ hello: 'world' })).toMatch(/komt niet van de Reflectietool/)
    expect(message([1, 2, 3])).toMatch(/komt niet van de Reflectietool/)
    expect(message(null)).toMatch(/komt niet van de Reflectietool/)
  })

  it('refuses a newer format version, with advice', () => {
    expect(message({ ...valid(), formatVersion: FILE_FORMAT_VERSION + 1 })).toMatch(
      /nieuwere versie van de tool/,
    )
  })

  it('refuses missing or wrong-typed fields and says where', () => {
    const noTitle = valid()
    delete noTitle.scans[0].title
    expect(message(noTitle)).toMatch(/beschadigd of onvolledig.*scans\.0\.title/)
    const badLabel = valid()
    badLabel.scans[0].answers[0].label = 7
    expect(message(badLabel)).toMatch(/scans\.0\.answers\.0\.label/)
    const badQuestion = valid()
    badQuestion.scans[0].answers[0].question = '1'
    expect(message(badQuestion)).toMatch(/beschadigd/)
    const noScans = { ...valid(), scans: [] }
    expect(message(noScans)).toMatch(/geen Quick Scan/)
    const noVersion = { ...valid(), formatVersion: 'een' }
    expect(message(noVersion)).toMatch(/versie-aanduiding/)
  })

  it('refuses fields longer than twice what a user can type', () => {
    const long = valid()
    long.scans[0].answers[0].text = 'x'.repeat(hardLimit('answerText') + 1)
    expect(message(long)).toMatch(/beschadigd/)
    const longTitle = valid()
    longTitle.scans[0].title = 'x'.repeat(hardLimit('title') + 1)
    expect(message(longTitle)).toMatch(/title/)
  })

  it('reads every field at the length the form allows (a 60,000-character answer, a 250-character name)', () => {
    const full = valid()
    full.scans[0].answers[0].text = 'x'.repeat(LIMITS.answerText)
    full.scans[0].participants = [
      { name: 'n'.repeat(250), role: 'r'.repeat(LIMITS.participantRole) },
    ]
    const r = readExportFile(JSON.stringify(full))
    if (!r.ok) throw new Error(r.message)
    expect(r.file.scans[0]?.answers[0]?.text).toHaveLength(LIMITS.answerText)
    expect(r.file.scans[0]?.participants[0]?.name).toHaveLength(250)
  })

  it('counts in the preview what the draft will hold: a question twice is one answer', () => {
    const twice = valid()
    twice.scans[0].answers = [
      { question: 1, text: 'eerste', label: 2 },
      { question: 1, text: 'tweede', label: 3 },
    ]
    twice.scans[0].participants = [
      { name: '', role: '' },
      { name: 'Fatma', role: '' },
    ]
    const r = readExportFile(JSON.stringify(twice))
    if (!r.ok) throw new Error(r.message)
    expect(r.summaries[0]?.answered).toBe(1)
    const stored = toStoredScan(r.file.scans[0]!, 'n', () => 'a', 1)
    expect(stored.answers.map((a) => a.text)).toEqual(['eerste'])
    expect(stored.meta.answeredCount).toBe(r.summaries[0]?.answered)
    expect(stored.meta.participants).toEqual([{ name: 'Fatma', role: '' }])
  })

  it('refuses a file over the size limit before parsing it', () => {
    expect(readExportFile('{}', MAX_FILE_BYTES + 1)).toMatchObject({
      ok: false,
      code: 'too-large',
      message: expect.stringMatching(/te groot/),
    })
  })

  it('strips control characters and keeps HTML as plain text', () => {
    const o = valid()
    o.scans[0].title = 'Scan\u0000 met\u0007 stuurtekens\r\n'
    o.scans[0].answers[0].text = 'regel 1\r\nregel 2\u001b[31m <script>alert(1)</script>'
    const r = read(o)
    if (!r.ok) throw new Error(r.message)
    expect(r.file.scans[0]?.title).toBe('Scan met stuurtekens')
    expect(r.file.scans[0]?.answers[0]?.text).toBe('regel 1\nregel 2[31m <script>alert(1)</script>')
  })

  it('does not let __proto__ or constructor keys pollute anything', () => {
    const evil =
      '{"__proto__":{"polluted":"ja"},"constructor":{"prototype":{"polluted":"ja"}},' +
      fixture('format-v1-scan.json')
        .trim()
        .slice(1)
        .replace(
          '"answers": [',
          '"answers": [{"question":3,"text":"x","__proto__":{"polluted":"ja"}},',
        )
    const r = readExportFile(evil)
    expect(r.ok).toBe(true)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    if (r.ok) {
      expect(Object.keys(r.file)).not.toContain('__proto__')
      expect(Object.getPrototypeOf(r.file.scans[0]!.answers[0]!)).toBe(Object.prototype)
      expect((r.file.scans[0]!.answers[0] as Record<string, unknown>).polluted).toBeUndefined()
    }
  })

  it('fills defaults for optional fields and keeps the first answer to a question', () => {
    const o = valid()
    delete o.scans[0].followUp
    delete o.scans[0].participants
    o.scans[0].answers.push({ question: 1, text: 'tweede', label: 1 })
    const r = read(o)
    if (!r.ok) throw new Error(r.message)
    expect(r.file.scans[0]?.followUp).toEqual(emptyFollowUp())
    const stored = toStoredScan(r.file.scans[0]!, 'id', () => 'a', 1)
    expect(stored.answers.filter((a) => a.question === 1)).toHaveLength(1)
    expect(stored.answers.find((a) => a.question === 1)?.text).toBe(
      'Regie over het eigen leven, met het netwerk.',
    )
  })
})

describe('reading a large backup in steps', () => {
  /** A backup of `n` copies of the fixture's scan. */
  const backupOf = (n: number) => {
    const o = valid()
    o.kind = 'backup'
    o.scans = Array.from({ length: n }, (_, i) => ({ ...o.scans[0], title: `Concept ${i + 1}` }))
    return o
  }
  /** Runs the steps to the end: what they yielded, and the result. */
  const run = (content: string, chunkSize?: number) => {
    const steps = readSteps(content, content.length, chunkSize)
    const seen: { done: number; total: number }[] = []
    for (;;) {
      const step = steps.next()
      if (step.done) return { seen, result: step.value }
      seen.push(step.value)
    }
  }

  it('checks the scans a chunk at a time, saying how far after each, and reads what readExportFile reads', () => {
    const content = JSON.stringify(backupOf(1000))
    const { seen, result } = run(content)
    expect(seen[0]).toEqual({ done: 0, total: 1000 })
    expect(seen.map((s) => s.done)).toEqual(
      Array.from({ length: 1000 / CHECK_CHUNK + 1 }, (_, i) => i * CHECK_CHUNK),
    )
    expect(seen.every((s) => s.total === 1000)).toBe(true)
    expect(result).toEqual(readExportFile(content))
    if (!result.ok) throw new Error(result.message)
    expect(result.file.scans).toHaveLength(1000)
    expect(result.summaries[999]?.title).toBe('Concept 1000')
  })

  it('a damaged scan deep in the file: refused with its place, as the whole file is', () => {
    const o = backupOf(300)
    delete o.scans[234].date
    const { seen, result } = run(JSON.stringify(o))
    expect(result).toMatchObject({ ok: false, code: 'damaged' })
    if (result.ok) return
    expect(result.message).toContain('(Probleem bij: scans.234.date.)')
    // It stopped at the chunk with the damage: nothing after it was checked.
    expect(seen.at(-1)?.done).toBe(200)
    expect(readExportFile(JSON.stringify(o))).toEqual(result)
    // A scan that is no object at all is named by its place in the file.
    o.scans[3] = 5
    expect(message(o)).toContain('(Probleem bij: scans.3.)')
  })

  it('refuses before the first step what is not a backup of this tool', () => {
    for (const bad of ['{', '{"tool":"iets anders"}', JSON.stringify({ ...valid(), scans: [] })]) {
      const { seen, result } = run(bad)
      expect(seen).toEqual([])
      expect(result.ok).toBe(false)
    }
  })
})

describe('writing the exchange file', () => {
  it('names the tool and format version, and leaves out empty answers', () => {
    const meta = testMeta({ id: 'x', createdAt: 1, updatedAt: 2 })
    const file = JSON.parse(
      serialiseExport(
        'backup',
        [
          toExportedScan(
            meta,
            [testAnswer('x', 2, { updatedAt: 1 }), testAnswer('x', 1, { text: 'a', updatedAt: 1 })],
            [],
          ),
        ],
        new Date('2026-11-23T12:00:00Z'),
      ),
    )
    expect(file).toMatchObject({
      tool: 'reflectietool-eigen-kracht',
      kind: 'backup',
      formatVersion: 1,
      exportedAt: '2026-11-23T12:00:00.000Z',
    })
    expect(file.scans[0].answers).toEqual([
      {
        question: 1,
        text: 'a',
        label: null,
        discuss: false,
        tally: { 1: 0, 2: 0, 3: 0, 4: 0 },
        tallyAfter: { 1: 0, 2: 0, 3: 0, 4: 0 },
        slipTally: { 1: 0, 2: 0, 3: 0, 4: 0 },
        slipTallyAfter: { 1: 0, 2: 0, 3: 0, 4: 0 },
      },
    ])
    expect(file.scans[0]).not.toHaveProperty('id')
  })
})

describe('splitting a backup', () => {
  const scan = (n: number) => ({ ...valid().scans[0], title: `Scan ${n}` })

  it('keeps a backup in one file while it is within the limits, and each part readable', () => {
    const scans = Array.from({ length: 2500 }, (_, i) => scan(i))
    expect(splitBackup(scans.slice(0, 10))).toHaveLength(1)
    const parts = splitBackup(scans)
    expect(parts.map((p) => p.length)).toEqual([1000, 1000, 500])
    for (const p of parts) expect(readExportFile(serialiseExport('backup', p)).ok).toBe(true)
    expect(parts.flat().map((s) => s.title)).toEqual(scans.map((s) => s.title))
  })

  it('splits by size too, never leaving a file empty', () => {
    const scans = Array.from({ length: 5 }, (_, i) => scan(i))
    const one = new TextEncoder().encode(JSON.stringify(scans[0], null, 2)).length
    expect(
      splitBackup(scans, { scansPerFile: 100, bytesPerFile: one * 2 + 40 }).map((p) => p.length),
    ).toEqual([2, 2, 1])
    expect(splitBackup(scans, { scansPerFile: 100, bytesPerFile: 1 }).map((p) => p.length)).toEqual(
      [1, 1, 1, 1, 1],
    )
    expect(splitBackup([])).toEqual([[]])
  })
})
