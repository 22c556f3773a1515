import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ContentBlocks from '@/components/content/ContentBlocks.vue'
import type { Block } from '@/content/blocks'
import { wrapText } from '@/domain/wrapText'

const every: Block[] = [
  { kind: 'paragraph', text: 'Een alinea met <b>tekst</b>.' },
  { kind: 'heading', text: 'Een kopje' },
  { kind: 'hint', text: 'Denk aan: dialoogtafels' },
  { kind: 'list', ordered: true, items: ['een', 'twee'] },
  { kind: 'list', ordered: false, items: ['los'] },
  {
    kind: 'checklist',
    items: ['competentievergroting', 'zelfverwerkelijking'],
    intro: 'Bestaat uit:',
  },
  {
    kind: 'quote',
    text: '‘Wet- en regelgeving is soms écht beperkend.’',
    speaker: 'een wethouder',
  },
  { kind: 'definition', text: '‘empowerment is het proces…’', citation: 'Boumans, 2015' },
  { kind: 'link', text: 'Literatuurstudie', url: 'https://www.nji.nl/x.pdf' },
  { kind: 'box', title: 'Photovoice in Vaals', blocks: [{ kind: 'paragraph', text: 'Binnenin' }] },
]

describe('ContentBlocks', () => {
  it('renders every kind of block, as text', () => {
    const w = mount(ContentBlocks, { props: { blocks: every, headingLevel: 3 } })
    expect(w.text()).toContain('Een alinea met <b>tekst</b>.')
    expect(w.find('b').exists()).toBe(false)
    expect(w.get('h3').text()).toBe('Een kopje')
    expect(w.text()).toContain('Denk aan: dialoogtafels')
    expect(w.findAll('ol > li').map((li) => li.text())).toEqual(['een', 'twee'])
    expect(w.findAll('.rt-checklist li').map((li) => li.text())).toEqual([
      'competentievergroting',
      'zelfverwerkelijking',
    ])
    expect(w.get('figure.rt-quote figcaption').text()).toBe('— een wethouder')
    expect(w.get('figure.rt-definition cite').text()).toBe('Boumans, 2015')
    const link = w.get('a[href="https://www.nji.nl/x.pdf"]')
    expect(link.attributes('target')).toBe('_blank')
    expect(link.attributes('rel')).toBe('noopener noreferrer')
    expect(link.text()).toContain('externe link')
    const box = w.get('section.rt-content-box')
    expect(box.get('h3').text()).toBe('Photovoice in Vaals')
    expect(box.text()).toContain('Binnenin')
  })

  it('puts headings inside a box one level deeper', () => {
    const w = mount(ContentBlocks, {
      props: {
        blocks: [{ kind: 'box', title: 'Kader', blocks: [{ kind: 'heading', text: 'Binnen' }] }],
        headingLevel: 3,
      },
    })
    expect(w.get('h3').text()).toBe('Kader')
    expect(w.get('h4').text()).toBe('Binnen')
  })
})

describe('wrapText', () => {
  it('wraps on words within the budget and never cuts a long word', () => {
    expect(wrapText('Netwerk beïnvloedt zelfvertrouwen etc.', 16)).toEqual([
      'Netwerk',
      'beïnvloedt',
      'zelfvertrouwen',
      'etc.',
    ])
    expect(wrapText('Durf/wil om netwerk in te zetten', 16)).toEqual([
      'Durf/wil om',
      'netwerk in te',
      'zetten',
    ])
    expect(wrapText('  ', 10)).toEqual([])
    expect(wrapText('competentievergroting', 5)).toEqual(['competentievergroting'])
  })
})
