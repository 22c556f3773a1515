import { onBeforeUnmount, shallowRef, type Ref } from 'vue'
import type { cameraProblemText } from '@/content/vote'

/**
 * The facilitator's camera as a QR code reader, for answer slips. Loaded only when "Stembriefjes
 * inlezen" opens. It reads with the browser's own BarcodeDetector where that knows QR codes,
 * and otherwise with zxing-wasm, whose .wasm file is served from this app's own origin (and
 * precached for offline use): no request leaves the origin. Each video frame is read once the
 * previous read is done; every text found goes to `onText`.
 */
export type CameraProblem = keyof typeof cameraProblemText
type Detect = (video: HTMLVideoElement) => Promise<string[]>

interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>
}
interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorLike
  getSupportedFormats(): Promise<string[]>
}

async function nativeDetector(): Promise<Detect | null> {
  const BD = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector
  if (!BD) return null
  try {
    if (!(await BD.getSupportedFormats()).includes('qr_code')) return null
    const detector = new BD({ formats: ['qr_code'] })
    return async (video) => (await detector.detect(video)).map((b) => b.rawValue)
  } catch {
    return null
  }
}

async function wasmDetector(): Promise<Detect> {
  const [{ prepareZXingModule, readBarcodes }, { default: wasmUrl }] = await Promise.all([
    import('zxing-wasm/reader'),
    import('zxing-wasm/reader/zxing_reader.wasm?url'),
  ])
  await prepareZXingModule({
    overrides: {
      locateFile: (path: string, prefix: string) =>
        path.endsWith('.wasm') ? wasmUrl : prefix + path,
    },
    fireImmediately: true,
  })
  const canvas = document.createElement('canvas')
  const context = canvas.getContext('2d', { willReadFrequently: true })!
  return async (video) => {
    const { videoWidth: w, videoHeight: h } = video
    if (w === 0 || h === 0) return []
    if (canvas.width !== w) canvas.width = w
    if (canvas.height !== h) canvas.height = h
    context.drawImage(video, 0, 0, w, h)
    const found = await readBarcodes(context.getImageData(0, 0, w, h), {
      formats: ['QRCode'],
      maxNumberOfSymbols: 8,
      tryHarder: true,
    })
    return found.filter((r) => r.isValid).map((r) => r.text)
  }
}

function problemOf(error: unknown): CameraProblem {
  const name = (error as { name?: string } | null)?.name
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied'
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'NotReadableError')
    return 'missing'
  return 'failed'
}

export function useSlipCamera(video: Ref<HTMLVideoElement | null>, onText: (text: string) => void) {
  const problem = shallowRef<CameraProblem | null>(null)
  const running = shallowRef(false)
  let stream: MediaStream | null = null
  let stopped = false

  async function start() {
    stopped = false
    problem.value = null
    if (!navigator.mediaDevices?.getUserMedia) {
      problem.value = 'unsupported'
      return
    }
    let detect: Detect
    try {
      detect = (await nativeDetector()) ?? (await wasmDetector())
    } catch {
      problem.value = 'reader'
      return
    }
    // Closed while the reader loaded: ask for no camera at all.
    if (stopped) return
    try {
      stream = await navigator.mediaDevices.getUserMedia({
        video: { width: { ideal: 1280 }, height: { ideal: 720 } },
        audio: false,
      })
    } catch (e) {
      problem.value = problemOf(e)
      return
    }
    if (stopped || !video.value) return stop()
    video.value.srcObject = stream
    await video.value.play().catch(() => {})
    if (stopped) return
    running.value = true
    loop(video.value, detect)
  }

  function loop(el: HTMLVideoElement, detect: Detect) {
    const next = () =>
      'requestVideoFrameCallback' in el
        ? el.requestVideoFrameCallback(() => void tick())
        : window.setTimeout(() => void tick(), 80)
    const tick = async () => {
      if (stopped) return
      try {
        for (const text of await detect(el)) onText(text)
      } catch {
        /* one unreadable frame: the next one is read */
      }
      next()
    }
    next()
  }

  function stop() {
    stopped = true
    running.value = false
    stream?.getTracks().forEach((t) => t.stop())
    stream = null
    if (video.value) video.value.srcObject = null
  }

  onBeforeUnmount(stop)
  return { problem, running, start, stop }
}
