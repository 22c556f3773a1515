import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

/**
 * The source document the content tests compare against, kept in the repository
 * (tests/fixtures/source/README.md says where it comes from).
 */
export const rawSource = readFileSync(
  resolve(__dirname, '../../fixtures/source/reflectietool-eigen-kracht-2019.txt'),
  'utf8',
)

/** The source with every run of whitespace collapsed to one space. */
export const collapsedSource = rawSource.replace(/\s+/g, ' ')
