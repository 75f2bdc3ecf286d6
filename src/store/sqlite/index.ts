/** The embedded SQLite backend (`node:sqlite`): the default store, one file next to the config. */
export { SqliteStore, openSqliteStore } from './sqlite-store.ts';
export type { SqliteStoreOptions } from './sqlite-store.ts';
