// Reads the QR codes in a screenshot (PNG) in Node, with the same zxing-wasm the app's reader
// uses: to check what a QR code on screen or paper says.
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader'

const wasm = createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm')
let prepared = null

/** @param {Buffer} png @returns {Promise<string[]>} */
export async function readQrCodes(png) {
  prepared ??= readFile(wasm).then((bytes) =>
    prepareZXingModule({
      overrides: {
        wasmBinary: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length),
      },
      fireImmediately: true,
    }),
  )
  await prepared
  const found = await readBarcodes(new Uint8Array(png), { formats: ['QRCode'] })
  return found.filter((r) => r.isValid).map((r) => r.text)
}
