// Finds Chromium for the end-to-end tests. Order: CHROMIUM_PATH, /usr/bin/chromium, and when
// running as root on Debian an install of Debian's `chromium` package. Otherwise it throws with
// instructions: the end-to-end tests never skip silently.
// Run directly (`node scripts/ensure-chromium.mjs`) it prints the path it found.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const DEBIAN_PATH = '/usr/bin/chromium'

/** @param {string} command */
function runInherited(command) {
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', command], {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    })
    child.once('error', reject)
    child.once('exit', (code, signal) =>
      code === 0
        ? resolve(undefined)
        : reject(new Error(`"${command}" stopte met ${signal ?? `exitcode ${code}`}`)),
    )
  })
}

/**
 * Installs a Debian package when running as root on Debian; true when `path` exists after it.
 * @param {string} pkg
 * @param {string} path
 */
async function installDebianPackage(pkg, path) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (!isRoot || !existsSync('/etc/debian_version')) return false
  console.log(`${path} ontbreekt; het Debian-pakket ${pkg} wordt geïnstalleerd…`)
  await runInherited(`apt-get update && apt-get install -y ${pkg}`)
  if (existsSync(path)) return true
  throw new Error(`apt-get install ${pkg} is klaar, maar ${path} bestaat niet.`)
}

/**
 * poppler's pdfinfo, which the pdf tests ask whether a PDF is tagged; installs Debian's
 * poppler-utils when that is possible, and otherwise says how (the tests never skip silently).
 * @returns {Promise<string>}
 */
export async function findPdfinfo() {
  const path = '/usr/bin/pdfinfo'
  if (existsSync(path) || (await installDebianPackage('poppler-utils', path))) return path
  throw new Error(
    'pdfinfo (poppler-utils) is nodig voor de pdf-tests, maar is niet gevonden.\n' +
      '  Installeer het (Debian/Ubuntu: sudo apt-get install -y poppler-utils).',
  )
}

/**
 * The path of a Chromium executable; installs Debian's package when that is possible.
 * @returns {Promise<string>}
 */
/**
 * Flags for headless Chromium on these machines: without the background-networking ones it
 * tries to reach Google's hosts, which this network refuses.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

export async function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv
    console.warn(`CHROMIUM_PATH=${fromEnv} bestaat niet; ik zoek verder.`)
  }
  if (existsSync(DEBIAN_PATH)) return DEBIAN_PATH

  if (await installDebianPackage('chromium', DEBIAN_PATH)) return DEBIAN_PATH

  throw new Error(
    'Chromium is nodig voor de end-to-end-tests, maar is niet gevonden.\n' +
      '  Installeer het (Debian/Ubuntu: sudo apt-get install -y chromium),\n' +
      '  of zet CHROMIUM_PATH op het pad van een Chromium- of Chrome-programma,\n' +
      '  bijvoorbeeld: CHROMIUM_PATH=/usr/bin/google-chrome npm test',
  )
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    console.log(await findChromium())
  } catch (e) {
    console.error(e instanceof Error ? e.message : e)
    process.exit(1)
  }
}
