/** The one place for storage names. Changing DB_NAME orphans every user's drafts: don't. */
export const DB_NAME = 'reflectietool-eigen-kracht'
