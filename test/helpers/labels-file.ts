import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';

/**
 * The shape every outside suite's labels file keeps (navi-labels.yaml, cheat-labels.yaml, cheatsh-labels.yaml,
 * psdocs-labels.yaml): one line per example, an id matching `idPattern` once, and either a label (`destructive` |
 * `benign`, an optional `why`) or `out` (`interactive` | `not-a-command`) with its `why`. `eachId` checks more of an id (e.g. that it is in a sample).
 * Returns the entries and their ids for the file's own checks.
 */
export function checkLabelsFile(file: string, idPattern: RegExp, eachId: (id: string) => void = () => {}): { entries: Array<Record<string, unknown>>; ids: Set<string> } {
  const entries = parseYaml(readFileSync(file, 'utf8')) as Array<Record<string, unknown>>;
  const ids = new Set<string>();
  for (const e of entries) {
    const id = String(e['id']);
    assert.match(id, idPattern);
    assert.ok(!ids.has(id), `${id} twice`);
    eachId(id);
    ids.add(id);
    const keys = Object.keys(e).sort().join(',');
    if ('out' in e) {
      assert.equal(keys, 'id,out,why', id);
      assert.ok(e['out'] === 'interactive' || e['out'] === 'not-a-command', id);
    } else {
      assert.ok(keys === 'id,label' || keys === 'id,label,why', `${id}: ${keys}`);
      assert.ok(e['label'] === 'destructive' || e['label'] === 'benign', id);
    }
  }
  return { entries, ids };
}
