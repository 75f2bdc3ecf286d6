import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describeStoreContract } from '../contract.ts';
import { openPostgresStore, type PostgresStore } from './index.ts';
import { PG_URL, uniqueSchema } from './test-support.ts';

describeStoreContract('postgres', async () => {
  const schema = uniqueSchema();
  let last: PostgresStore | null = null;
  return {
    open: async () => (last = await openPostgresStore({ connectionString: PG_URL, schema })),
    raw: async (sql) => {
      const c = new pg.Client({ connectionString: PG_URL, options: `-c search_path=${schema}` });
      await c.connect();
      try {
        await c.query(sql);
      } finally {
        await c.end();
      }
    },
    openUnavailable: () => openPostgresStore({ connectionString: 'postgres://postgres@127.0.0.1:1/test', schema: `x_${randomBytes(4).toString('hex')}`, connectTimeoutMs: 1000 }),
    cleanup: async () => {
      const s = await openPostgresStore({ connectionString: PG_URL, schema });
      await s.dropSchema();
      await s.close();
      void last;
    },
  };
});
