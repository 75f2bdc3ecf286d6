import { randomBytes } from 'node:crypto';

/** The real PostgreSQL the tests use (trust auth, database `test`). */
export const PG_URL = process.env.PORTCULLIS_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A schema no other test run uses, so parallel runs never collide. */
export function uniqueSchema(prefix = 't'): string {
  return `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
}
