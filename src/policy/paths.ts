/** Where the schema and the default pack live in the package (read by the runtime, not here). */
export const SCHEMA_FILE = new URL('./schema.cedarschema', import.meta.url);
export const DEFAULT_PACK_DIR = new URL('./packs/default/', import.meta.url);
