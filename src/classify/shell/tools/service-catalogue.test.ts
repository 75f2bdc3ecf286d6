import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SERVICE_TOOLS } from './service-catalogue.ts';

// The catalogue is looked up by program name, the last entry naming a program winning: a second entry for the same name
// silently shadows the first (round 39's merge found two such, one of them a whole entry nobody could reach).
test('every program name belongs to one catalogue entry', () => {
  const owner = new Map<string, number>();
  const twice: string[] = [];
  SERVICE_TOOLS.forEach((tool, index) => {
    for (const name of tool.names) {
      if (owner.has(name)) twice.push(`${name} (entries ${owner.get(name)} and ${index})`);
      owner.set(name, index);
    }
  });
  assert.deepEqual(twice, []);
});
