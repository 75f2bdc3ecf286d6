import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ptraceFinding } from './os-boundary.ts';

test('A12 D7 doctor: no Yama or ptrace_scope 0 is an error with the sysctl fix; 1 a warning; 2 and 3 nothing', () => {
  for (const scope of [null, '0\n']) {
    const f = ptraceFinding(scope);
    assert.equal(f?.severity, 'error');
    assert.match(f!.message, /may ptrace `portcullis exec` and the command it starts, and change what runs after approval \(A12\)$/);
    assert.match(f!.hint, /^set `sysctl kernel\.yama\.ptrace_scope=1`/);
  }
  assert.equal(ptraceFinding(null)!.message.startsWith('the kernel has no Yama ptrace restriction: '), true);
  assert.equal(ptraceFinding('0')!.message.startsWith('kernel.yama.ptrace_scope is 0: '), true);
  assert.equal(ptraceFinding('1\n')?.severity, 'warning');
  assert.equal(ptraceFinding('2\n'), null);
  assert.equal(ptraceFinding('3'), null);
  // unreadable content is not taken for a safe value
  assert.equal(ptraceFinding('banana')?.severity, 'error');
});
