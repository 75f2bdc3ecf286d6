import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

// The SDK runs in browsers and edge runtimes: no Node built-ins, no npm packages, and from the rest
// of Portcullis only core *types* (erased at run time) and core's error class (core/errors.ts imports nothing).
test('sdk imports no Node built-ins, no packages, and only core types (its node transports use Node only when called)', () => {
  const dir = import.meta.dirname;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
    const text = readFileSync(join(dir, file), 'utf8');
    for (const m of text.matchAll(/^(import|export)\s+(type\s+)?[^'";]*?from\s+'([^']+)'/gm)) {
      const [line, , typeOnly, from] = m as unknown as [string, string, string | undefined, string];
      if (from.startsWith('./')) continue;
      // the one error type, which imports nothing itself (so the SDK still loads in a browser)
      if (from === '../core/errors.ts' && line.includes('PortcullisError') && !typeOnly) continue;
      // the one lease-renewal rule (L3), shared with exec and the MCP proxy; it imports nothing either
      if (from === '../core/lease.ts' && line.includes('keepLease')) continue;
      assert.equal(from, '../core/index.ts', `${file}: ${line}`);
      assert.ok(typeOnly, `${file} imports values from core: ${line}`);
    }
    if (file === 'http-transport.ts') {
      // the node:http transports (an agent's token over TCP, an agent's Unix socket): Node only when
      // called, so the SDK still loads in a browser; builtins come from process.getBuiltinModule
      // inside the functions, never at load
      for (const line of text.split('\n').filter((l) => /\bprocess\.|\bBuffer\b/.test(l) && !/^\s*(\*|\/\/)/.test(l))) {
        assert.match(line, /^\s+/, `${file} uses a Node global at load: ${line}`);
      }
      assert.doesNotMatch(text, /\brequire\(|from 'node:/, `${file} loads a Node module`);
      continue;
    }
    assert.doesNotMatch(text, /\bprocess\.|\brequire\(|\bBuffer\b/, `${file} uses a Node global`);
  }
});

test('core/errors.ts and core/lease.ts, which the SDK loads, import nothing and use no Node global', () => {
  for (const file of ['errors.ts', 'lease.ts']) {
    const text = readFileSync(join(import.meta.dirname, '..', 'core', file), 'utf8');
    assert.doesNotMatch(text, /^import\s/m, file);
    assert.doesNotMatch(text, /\bprocess\.|\brequire\(|\bBuffer\b/, file);
  }
});
