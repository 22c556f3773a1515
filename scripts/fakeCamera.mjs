// A video file for Chromium's fake camera (--use-file-for-fake-video-capture): Y4M, 4:2:0.
// The frames are composed in a browser page's canvas from screenshots (PNG), each centred on a
// white ground, then converted to YUV there; Chromium plays the file in a loop.
import { writeFile } from 'node:fs/promises'

export const FPS = 15

/**
 * @param {import('playwright-core').Page} page any page (about:blank will do) to draw in
 * @param {{ png: Buffer | null, frames: number, scale?: number }[]} shots in order; png null: a white frame
 * @param {string} path where to write the .y4m file
 */
export async function writeSlipVideo(page, shots, path, width = 640, height = 480) {
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F${FPS}:1 Ip A1:1 C420jpeg\n`)
  const parts = [header]
  for (const shot of shots) {
    const yuv = await page.evaluate(
      async ({ b64, width, height, scale }) => {
        const canvas = document.createElement('canvas')
        canvas.width = width
        canvas.height = height
        const ctx = canvas.getContext('2d')
        ctx.fillStyle = '#fff'
        ctx.fillRect(0, 0, width, height)
        if (b64) {
          const img = new Image()
          img.src = `data:image/png;base64,${b64}`
          await img.decode()
          const s = Math.min((height * scale) / img.height, (width * scale) / img.width)
          const w = img.width * s
          const h = img.height * s
          ctx.drawImage(img, (width - w) / 2, (height - h) / 2, w, h)
        }
        const { data } = ctx.getImageData(0, 0, width, height)
        const out = new Uint8Array((width * height * 3) / 2)
        const u0 = width * height
        const v0 = u0 + u0 / 4
        for (let y = 0; y < height; y++) {
          for (let x = 0; x < width; x++) {
            const i = (y * width + x) * 4
            const [r, g, b] = [data[i], data[i + 1], data[i + 2]]
            out[y * width + x] = 0.299 * r + 0.587 * g + 0.114 * b
            if (y % 2 === 0 && x % 2 === 0) {
              const c = (y / 2) * (width / 2) + x / 2
              out[u0 + c] = 128 - 0.168736 * r - 0.331264 * g + 0.5 * b
              out[v0 + c] = 128 + 0.5 * r - 0.418688 * g - 0.081312 * b
            }
          }
        }
        let s = ''
        for (let i = 0; i < out.length; i += 0x8000)
          s += String.fromCharCode(...out.subarray(i, i + 0x8000))
        return btoa(s)
      },
      {
        b64: shot.png ? shot.png.toString('base64') : null,
        width,
        height,
        scale: shot.scale ?? 0.8,
      },
    )
    const frame = Buffer.concat([Buffer.from('FRAME\n'), Buffer.from(yuv, 'base64')])
    for (let i = 0; i < shot.frames; i++) parts.push(frame)
  }
  await writeFile(path, Buffer.concat(parts))
}
