/**
 * Colour checks for tests: WCAG contrast, colour-vision deficiency simulated with the Machado,
 * Oliveira and Fernandes (2009) matrices at full severity, and the CIEDE2000 colour difference.
 */
type Rgb = [number, number, number]

const hexToRgb = (hex: string): Rgb => {
  const m = /^#([0-9a-f]{6})$/i.exec(hex.trim())
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`)
  const n = parseInt(m[1]!, 16)
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255]
}

const toLinear = (c: number) => {
  const s = c / 255
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
}

const linear = (hex: string): Rgb => hexToRgb(hex).map(toLinear) as Rgb

const luminance = ([r, g, b]: Rgb) => 0.2126 * r + 0.7152 * g + 0.0722 * b

export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(linear(a)), luminance(linear(b))].sort((p, q) => q - p) as [
    number,
    number,
  ]
  return (x + 0.05) / (y + 0.05)
}

export type Vision = 'normal' | 'protan' | 'deutan' | 'tritan'

const MACHADO: Record<Exclude<Vision, 'normal'>, number[][]> = {
  protan: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deutan: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritan: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
}

function simulate(rgb: Rgb, vision: Vision): Rgb {
  if (vision === 'normal') return rgb
  const m = MACHADO[vision]
  return m.map((row) =>
    Math.min(Math.max(row[0]! * rgb[0] + row[1]! * rgb[1] + row[2]! * rgb[2], 0), 1),
  ) as Rgb
}

function lab([r, g, b]: Rgb): Rgb {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116)
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))]
}

const rad = (d: number) => (d * Math.PI) / 180
const deg = (r: number) => (r * 180) / Math.PI

/** CIEDE2000 (Sharma, Wu and Dalal's formulation). */
export function deltaE2000([l1, a1, b1]: Rgb, [l2, a2, b2]: Rgb): number {
  const c7 = (c: number) => Math.sqrt(c ** 7 / (c ** 7 + 25 ** 7))
  const cMean = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2
  const g = 0.5 * (1 - c7(cMean))
  const [ap1, ap2] = [(1 + g) * a1, (1 + g) * a2]
  const [cp1, cp2] = [Math.hypot(ap1, b1), Math.hypot(ap2, b2)]
  const hue = (b: number, a: number) => (deg(Math.atan2(b, a)) + 360) % 360
  const [hp1, hp2] = [hue(b1, ap1), hue(b2, ap2)]
  let dh = hp2 - hp1
  if (cp1 * cp2 === 0) dh = 0
  else if (dh > 180) dh -= 360
  else if (dh < -180) dh += 360
  const dH = 2 * Math.sqrt(cp1 * cp2) * Math.sin(rad(dh / 2))
  const lMean = (l1 + l2) / 2
  const cpMean = (cp1 + cp2) / 2
  let hMean = hp1 + hp2
  if (cp1 * cp2 !== 0) {
    if (Math.abs(hp1 - hp2) <= 180) hMean = (hp1 + hp2) / 2
    else hMean = (hp1 + hp2 + (hp1 + hp2 < 360 ? 360 : -360)) / 2
  }
  const t =
    1 -
    0.17 * Math.cos(rad(hMean - 30)) +
    0.24 * Math.cos(rad(2 * hMean)) +
    0.32 * Math.cos(rad(3 * hMean + 6)) -
    0.2 * Math.cos(rad(4 * hMean - 63))
  const sl = 1 + (0.015 * (lMean - 50) ** 2) / Math.sqrt(20 + (lMean - 50) ** 2)
  const sc = 1 + 0.045 * cpMean
  const sh = 1 + 0.015 * cpMean * t
  const rt = -Math.sin(rad(60 * Math.exp(-(((hMean - 275) / 25) ** 2)))) * 2 * c7(cpMean)
  const [dl, dc, dhh] = [(l2 - l1) / sl, (cp2 - cp1) / sc, dH / sh]
  return Math.sqrt(dl ** 2 + dc ** 2 + dhh ** 2 + rt * dc * dhh)
}

/** The difference between two colours as someone with this vision sees them. */
export const difference = (a: string, b: string, vision: Vision) =>
  deltaE2000(lab(simulate(linear(a), vision)), lab(simulate(linear(b), vision)))

/** For the formula's own test: CIEDE2000 between two Lab colours. */
export const labDifference = deltaE2000
