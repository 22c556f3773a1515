import Dexie, { type DexieOptions, type Table } from 'dexie'
import type { AgendaAction } from '@/domain/agenda'
import type { Answer, ScanMeta } from '@/domain/scan'

/**
 * Schema history. Never edit a released version: add a new `this.version(n)` with an upgrade.
 * Records hold their own formatVersion as well; reading always goes through domain/restore.
 */
export class ToolDatabase extends Dexie {
  scans!: Table<ScanMeta, string>
  answers!: Table<Answer, [string, number]>
  actions!: Table<AgendaAction, string>

  constructor(name: string, options?: DexieOptions) {
    super(name, options)
    this.version(1).stores({
      scans: 'id, updatedAt',
      answers: '[scanId+question], scanId',
    })
    // 2: the action agenda, one row per action. Older scans simply have no rows yet.
    this.version(2).stores({
      actions: 'id, scanId',
    })
  }
}
