import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { Inventory } from '../../core/index.ts';
import { classifyBatchLine, createClassifier, type Classifier } from '../index.ts';

/** The demo configuration's dev environment: the agents' project folders and temporary folders. */
const inventory: Inventory = {
  unknownTier: 'production',
  controlPlanePaths: [],
  environments: [{ name: 'dev-sandbox', tier: 'dev', tags: [], match: { paths: ['/tmp/**', '/home/*/src/**'] } }],
};
let classifier: Classifier;
before(async () => {
  classifier = await createClassifier();
});

function targets(command: string): Array<{ id: string; environment: string | null }> {
  const line = JSON.stringify({ id: 1, input_type: 'command', input: command, context: { cwd: '/home/ana/src/app', home: '/home/ana' } });
  return (JSON.parse(classifyBatchLine(line, classifier, inventory)) as { facts: { targets: Array<{ id: string; environment: string | null }> } }).facts.targets;
}

// Every filesystem target takes its environment from the inventory's paths, whichever rule recorded it: a target without
// one is an unknown environment, which the gate decides as production (found at merge in round 14: `tar xf` into the
// agent's own project was denied to its operator as a write to an unknown environment).
test('a path target gets the inventory environment of its path, whichever rule records it (tar into the workspace, app log files, access files)', () => {
  assert.deepEqual(targets('tar xf /tmp/x/proj.tar').map((t) => [t.id, t.environment]), [['/home/ana/src/app', 'dev-sandbox']]);
  assert.deepEqual(targets('tar xzf /tmp/x/proj.tgz -C /tmp/build').map((t) => [t.id, t.environment]), [['/tmp/build', 'dev-sandbox']]);
  assert.ok(targets('echo "ssh-ed25519 AAAA x" >> /home/ana/src/app/.ssh/authorized_keys').some((t) => t.environment === 'dev-sandbox'));
  // outside the inventory's paths, still none
  assert.deepEqual(targets('tar xf /tmp/x/proj.tar -C /srv/www').map((t) => t.environment), [null]);
});
