import { describe, expect, it } from 'vitest'
import { cut } from '@/composables/useFitText'

describe('shortening a text for the projector', () => {
  it('cuts at a word and ends in an ellipsis; a text that fits stays whole', () => {
    expect(cut('de wijkteams werken samen met ouders', 20)).toBe('de wijkteams werken …')
    expect(cut('kort', 10)).toBe('kort')
    // A single long word is cut where it must, not back to nothing.
    expect(cut('Eenheellangwoordzonderspaties', 10)).toBe('Eenheellan …')
  })
})
