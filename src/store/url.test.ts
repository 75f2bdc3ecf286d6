import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PortcullisError } from '../core/index.ts';
import { parseStoreUrl, redact } from './index.ts';

test('store urls: sqlite paths resolve against the config directory; postgres keeps its schema apart', () => {
  assert.deepEqual(parseStoreUrl('sqlite:./portcullis.db', '/etc/pc'), { kind: 'sqlite', file: '/etc/pc/portcullis.db' });
  assert.deepEqual(parseStoreUrl('sqlite:/var/lib/pc.db', '/etc/pc'), { kind: 'sqlite', file: '/var/lib/pc.db' });
  assert.deepEqual(parseStoreUrl('postgres://u@h:5432/db?schema=pc', '/'), { kind: 'postgres', url: 'postgres://u@h:5432/db', schema: 'pc' });
  assert.throws(() => parseStoreUrl('mysql://x', '/'), (e: unknown) => e instanceof PortcullisError && e.code === 'config_invalid' && e.message === 'store url `mysql://x` is neither sqlite: nor postgres://');
});

test('redact hides the password of a store URL and leaves the rest', () => {
  assert.equal(redact('postgres://u:secret@h:5432/db'), 'postgres://u:***@h:5432/db');
  assert.equal(redact('postgres://u@h/db'), 'postgres://u@h/db');
  assert.equal(redact('sqlite:./p.db'), 'sqlite:./p.db');
});
