// A small static file server for dist/ on 127.0.0.1, with the headers a host should send.
// Used by `npm start`/`npm run serve` and by the end-to-end tests. No dependencies.
// The app uses hash routing, so there is no fallback to index.html: unknown paths are a 404.
import { createServer } from 'node:http'
import { existsSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { headerPolicy } from '../csp.config.mjs'
import { gzipSync } from 'node:zlib'

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.ttf': 'font/ttf',
}

export const securityHeaders = {
  'Content-Security-Policy': headerPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
}

/**
 * The file under `base` that a request path points to, or null when it points outside.
 * @param {string} base absolute, resolved root folder
 * @param {string} url request URL (path and query)
 */
function fileFor(base, url) {
  let path
  try {
    path = decodeURIComponent(new URL(url, 'http://localhost').pathname)
  } catch {
    return null
  }
  if (path.includes('\0')) return null
  const file = resolve(join(base, path.endsWith('/') ? `${path}index.html` : path))
  return file.startsWith(base + sep) ? file : null
}

/**
 * Serves the folder `root` on 127.0.0.1. Port 0 picks a free port.
 * @param {{ root?: string, port?: number }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function startServer({ root = 'dist', port = 0 } = {}) {
  const host = '127.0.0.1'
  const base = resolve(root)
  const server = createServer(async (req, res) => {
    /** @param {number} status @param {string} text @param {Record<string, string>} [extra] */
    const plain = (status, text, extra = {}) => {
      res.writeHead(status, {
        'Content-Type': 'text/plain; charset=utf-8',
        ...securityHeaders,
        ...extra,
      })
      res.end(req.method === 'HEAD' ? undefined : text)
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return plain(405, 'Methode niet toegestaan', { Allow: 'GET, HEAD' })
    }
    const file = fileFor(base, req.url ?? '/')
    try {
      if (!file || !(await stat(file)).isFile()) return plain(404, 'Niet gevonden')
      const raw = await readFile(file)
      const type = types[extname(file).toLowerCase()] ?? 'application/octet-stream'
      // Compress text as any real static host does (so Lighthouse measures what users get).
      const gzip =
        /^(text\/|application\/(json|manifest)|image\/svg)/.test(type) &&
        /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
      const body = gzip ? gzipSync(raw) : raw
      res.writeHead(200, {
        'Content-Type': type,
        'Content-Length': body.length,
        ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
        Vary: 'Accept-Encoding',
        // Vite puts a content hash in every file name under assets/.
        'Cache-Control': file.startsWith(join(base, 'assets') + sep)
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
        ...securityHeaders,
      })
      res.end(req.method === 'HEAD' ? undefined : body)
    } catch {
      plain(404, 'Niet gevonden')
    }
  })
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      const address = server.address()
      const actual = typeof address === 'object' && address ? address.port : port
      resolvePromise({
        url: `http://${host}:${actual}/`,
        close: () =>
          new Promise((done) => {
            server.close(() => done())
            server.closeAllConnections()
          }),
      })
    })
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('../dist', import.meta.url))
  if (!existsSync(join(root, 'index.html'))) {
    console.error('dist/index.html ontbreekt. Bouw de app eerst met: npm run build')
    process.exit(1)
  }
  const wanted = Number(process.env.PORT || 4173)
  let server
  try {
    server = await startServer({ root, port: wanted })
  } catch (e) {
    if (/** @type {NodeJS.ErrnoException} */ (e).code !== 'EADDRINUSE') throw e
    server = await startServer({ root, port: 0 })
    console.log(`Poort ${wanted} is bezet; ik gebruik een vrije poort.`)
  }
  console.log(`Reflectietool draait op ${server.url} (Ctrl+C om te stoppen)`)
}
