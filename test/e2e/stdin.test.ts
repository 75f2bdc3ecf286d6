import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { BIN, fixtureDir, portcullis } from '../helpers/cli.ts';

/**
 * `classify --jsonl` and `check` read standard input to its end, however slowly another process
 * writes it: 1 MB goes in small chunks, each written only once the previous one has been handed to
 * the pipe (events, not timers), so the reader sees many short reads and empty pipes in between.
 */

const CHUNK = 16 * 1024;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function pipeSlowly(cwd: string, args: string[], input: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(BIN, args, { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    const bytes = Buffer.from(input, 'utf8');
    let at = 0;
    const next = (): void => {
      if (at >= bytes.length) {
        child.stdin.end();
        return;
      }
      const piece = bytes.subarray(at, at + CHUNK);
      at += piece.length;
      // The next chunk goes only after this one has left our buffer, and after a turn of the event loop.
      child.stdin.write(piece, (err) => (err ? reject(err) : setImmediate(next)));
    };
    next();
  });
}

describe('standard input read to the end (issue 12, F6)', () => {
  let dir: string;
  before(() => {
    dir = fixtureDir();
    const r = portcullis(dir, ['init', '--demo']);
    assert.equal(r.code, 0, r.stderr);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('F6: `classify --jsonl` answers every line of 1 MB piped slowly from another process', async () => {
    const lines: string[] = [];
    let size = 0;
    for (let i = 0; size < 1024 * 1024; i++) {
      const line = JSON.stringify({ id: `c${i}`, input_type: 'command', input: `echo ${'x'.repeat(900)} ${i}` });
      lines.push(line);
      size += line.length + 1;
    }
    const r = await pipeSlowly(dir, ['classify', '--jsonl'], `${lines.join('\n')}\n`);
    assert.equal(r.code, 0, r.stderr);
    const out = r.stdout.trim().split('\n');
    assert.equal(out.length, lines.length);
    const last = JSON.parse(out[out.length - 1]!) as { id: string; decision: string };
    assert.deepEqual([last.id, last.decision], [`c${lines.length - 1}`, 'benign']);
  });

  it('F6: `check` reads a 1 MB action piped slowly from another process', async () => {
    const action = JSON.stringify({ action: { kind: 'shell', command: 'git status' }, context: { cwd: dir } });
    // Whitespace is valid JSON: the action is small, the input is 1 MB.
    const r = await pipeSlowly(dir, ['check', '--agent', 'kiro', '--json'], `${action}${' '.repeat(1024 * 1024)}\n`);
    assert.equal(r.code, 0, r.stderr);
    assert.equal((JSON.parse(r.stdout) as { effect: string }).effect, 'allow');
  });
});
