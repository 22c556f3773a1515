import { describe, it, expect } from 'vitest'
import type { Block } from '@/content/blocks'
import { aboutBody, aboutIntro, sourceInfo, zonmwProjects } from '@/content/about'
import { rawSource } from './source'

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim()

const source = collapse(rawSource)

function blockTexts(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b): string[] => {
    switch (b.kind) {
      case 'paragraph':
      case 'heading':
      case 'hint':
        return [b.text]
      case 'list':
        return [...b.items]
      case 'checklist':
        return [...b.items, ...(b.intro !== undefined ? [b.intro] : [])]
      case 'quote':
        return [b.text, b.speaker]
      case 'definition':
        return [b.text, b.citation]
      case 'link':
        return [b.text, b.url]
      case 'figure':
        return []
      case 'box':
        return [b.title, ...blockTexts(b.blocks)]
    }
  })
}

function isHttpUrl(url: string): boolean {
  if (/\s/.test(url)) return false
  try {
    const u = new URL(url)
    return u.protocol === 'https:' || u.protocol === 'http:'
  } catch {
    return false
  }
}

const allUrls = [
  ...zonmwProjects.flatMap((p) => (p.url !== undefined ? [p.url] : [])),
  ...[...aboutIntro, ...aboutBody].flatMap((b) => (b.kind === 'link' ? [b.url] : [])),
]

describe('about (Verantwoording en onderzoekskader)', () => {
  it('lists the 14 ZonMw projects in source order', () => {
    expect(zonmwProjects).toHaveLength(14)
    expect(zonmwProjects[0]?.name).toBe('Jeugdbescherming van klacht naar kracht')
    expect(zonmwProjects[13]?.name).toContain('Ouders aan Zet')
    const positions = zonmwProjects.map((p) => source.indexOf(collapse(p.name)))
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
  })

  it('takes each project name from the source', () => {
    for (const p of zonmwProjects) {
      expect(source, p.name).toContain(collapse(p.name))
    }
  })

  it('has valid, unique http(s) URLs', () => {
    expect(allUrls.length).toBeGreaterThanOrEqual(15)
    for (const url of allUrls) {
      expect(isHttpUrl(url), url).toBe(true)
    }
    expect(new Set(allUrls).size).toBe(allUrls.length)
  })

  it('matches the URLs to the projects by their slugs', () => {
    const byName = (name: string) => zonmwProjects.find((p) => p.name.startsWith(name))?.url
    expect(byName('Gewoon opvoeden versterken')).toContain('gewoon-opvoeden-versterken')
    expect(byName('Empowered door Signs of Safety?')).toContain('repository.tudelft.nl')
    expect(byName('Praktijkgericht onderzoek')).toContain('sociale-netwerk-strategieen')
    expect(byName('Zorg op maat')).toContain('blended-internetbased')
    expect(byName('Jij bent Okay')).toContain('jij-bent-okay')
    expect(byName('1G1P')).toContain('ouders-aan-zet')
  })

  it('links to the downloadable original tool', () => {
    const link = aboutBody.find((b) => b.kind === 'link')
    expect(link?.kind === 'link' ? link.url : undefined).toMatch(/TNO-2019-denkend\.pdf$/)
  })

  it('has no empty or untrimmed texts and no double spaces', () => {
    const texts = [
      ...blockTexts(aboutIntro),
      ...blockTexts(aboutBody),
      ...zonmwProjects.map((p) => p.name),
      ...zonmwProjects.map((p) => p.place).filter((place) => place !== ''),
      ...Object.values(sourceInfo),
    ]
    for (const t of texts) {
      expect(t.length, JSON.stringify(t)).toBeGreaterThan(0)
      expect(t, JSON.stringify(t)).toBe(t.trim())
      expect(t, JSON.stringify(t)).not.toMatch(/\s{2,}/)
    }
    expect(aboutIntro.length).toBeGreaterThan(0)
    expect(aboutBody.length).toBeGreaterThan(0)
  })

  it('describes the source document', () => {
    expect(sourceInfo).toEqual({
      title: 'Reflectietool eigen kracht',
      makers: 'Verwey-Jonker Instituut en TNO',
      date: 'november 2019',
      reference: '19-10909',
    })
    expect(source).toContain(`${sourceInfo.reference} ${sourceInfo.date}`)
  })

  it('corrects the spelling of Verwey-Jonker Instituut', () => {
    for (const t of [...blockTexts(aboutIntro), ...blockTexts(aboutBody)]) {
      expect(t).not.toContain('Jonkerinstituut')
    }
  })
})
