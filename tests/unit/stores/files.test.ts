import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import * as repo from '@/db/repository'
import { MAX_FILE_BYTES } from '@/domain/limits'
import { useFilesStore } from '@/stores/files'

const fixture = readFileSync(resolve(__dirname, '../../fixtures/files/format-v1-scan.json'), 'utf8')
const fileOf = (content: string, name = 'scan.json') =>
  new File([content], name, { type: 'application/json' })

beforeEach(async () => {
  setActivePinia(createPinia())
  await repo.openStorage(`files-${Math.random()}`)
})

async function snapshot() {
  return JSON.stringify(await repo.getAllScans())
}

describe('files store', () => {
  it('shows a preview first and imports as a new draft next to an existing one with the same title', async () => {
    const own = await repo.createScan({
      title: 'Quick Scan gemeente Zeist',
      municipality: 'Zeist',
      date: '2026-11-23',
      mode: 'alone',
      participants: [],
    })
    await repo.updateAnswer(own.id, 1, { text: 'mijn eigen antwoord' })
    const before = await snapshot()
    const files = useFilesStore()
    expect(await files.read(fileOf(fixture))).toBeNull()
    expect(files.pending?.summaries[0]?.title).toBe('Quick Scan gemeente Zeist')
    expect(await snapshot()).toBe(before) // nothing stored until confirmed
    const [added] = (await files.confirmImport())!
    expect(added?.id).not.toBe(own.id)
    const all = await repo.getAllScans()
    expect(all).toHaveLength(2)
    expect((await repo.getScan(own.id))?.answers[0]?.text).toBe('mijn eigen antwoord')
    const imported = await repo.getScan(added!.id)
    expect(imported?.answers.map((a) => a.text)).toContain('<img src=x onerror=alert(1)>')
    expect(imported?.actions[0]).toMatchObject({ question: 12, who: 'Łukasz', part: 'C' })
    expect(imported?.meta.followUp.meetAgain).toBe('ja')
  })

  it.each([
    ['geen JSON', 'hallo', /geen geldige JSON/],
    ['ander soort JSON', '{"a":1}', /komt niet van de Reflectietool/],
    [
      'nieuwere versie',
      fixture.replace('"formatVersion": 1', '"formatVersion": 99'),
      /nieuwere versie/,
    ],
    ['ontbrekend veld', fixture.replace('"date": "2026-11-23",', ''), /beschadigd/],
  ])(
    'refuses a bad file (%s) and leaves stored drafts exactly as they were',
    async (_name, content, expected) => {
      await repo.createScan({
        title: 'Blijft',
        municipality: '',
        date: '2026-11-23',
        mode: 'alone',
        participants: [],
      })
      const before = await snapshot()
      const files = useFilesStore()
      expect(await files.read(fileOf(content))).toMatch(expected)
      expect(files.pending).toBeNull()
      expect(await snapshot()).toBe(before)
    },
  )

  it('refuses a file over the size limit without reading it', async () => {
    const files = useFilesStore()
    const huge = {
      size: MAX_FILE_BYTES + 1,
      name: 'groot.json',
      text: () => Promise.reject(new Error('read')),
    } as unknown as File
    expect(await files.read(huge)).toMatch(/te groot/)
  })
})
