import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describeStoreContract } from '../contract.ts';
import { openSqliteStore } from './index.ts';

describeStoreContract('sqlite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'portcullis-store-'));
  const file = join(dir, 'portcullis.db');
  return {
    open: () => openSqliteStore({ file }),
    raw: async (sql) => {
      const db = new DatabaseSync(file);
      try {
        db.exec(sql);
      } finally {
        db.close();
      }
    },
    openUnavailable: () => openSqliteStore({ file: dir }),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
});
