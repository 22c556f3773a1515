// The one Content-Security-Policy of the app. vite.config.ts puts it in the built index.html as
// a meta tag; scripts/serve.mjs (and README, for hosts) send it as a header, plus
// frame-ancestors, which a meta tag cannot carry.
export const cspDirectives = [
  "default-src 'self'",
  // 'wasm-unsafe-eval': the QR reader for answer slips (zxing-wasm, loaded only by "Stembriefjes
  // inlezen" where the browser has no BarcodeDetector) compiles its WebAssembly, served from this
  // origin. It allows compiling WebAssembly only; eval() and inline scripts stay blocked.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
]

export const metaPolicy = cspDirectives.join('; ')
export const headerPolicy = [...cspDirectives, "frame-ancestors 'none'"].join('; ')
