/** The PostgreSQL backend (`pg`): for shared and replicated deployments. Writes serialise on an advisory lock. */
export { PostgresStore, openPostgresStore } from './postgres-store.ts';
export type { PostgresStoreOptions } from './postgres-store.ts';
