import { before } from 'node:test';
import { EMPTY_INVENTORY, type ActionFacts, type HttpRequestAction, type JsonValue } from '../core/index.ts';
import { createClassifier, type Classifier } from './index.ts';

/**
 * The HTTP judge's unit tests ask the one classifier (made once, in the file's `before`) about a request by each door:
 * an `http_request`, a shell line, a PowerShell line, from a developer's project folder.
 */
export function httpDoors() {
  let classifier: Classifier;
  before(async () => {
    classifier = await createClassifier();
  });
  const ctx = { cwd: '/home/dev/app', home: '/home/dev' };
  return {
    api(method: string, url: string, body?: JsonValue): ActionFacts {
      const r: HttpRequestAction = { kind: 'http_request', method, url };
      if (body !== undefined) r.body = body;
      return classifier.classify(r, ctx, EMPTY_INVENTORY);
    },
    shell: (command: string): ActionFacts => classifier.classify({ kind: 'shell', command }, ctx, EMPTY_INVENTORY),
    ps: (command: string): ActionFacts => classifier.classify({ kind: 'shell', shell: 'powershell', command }, ctx, EMPTY_INVENTORY),
    codes: (f: ActionFacts): string[] => f.findings.map((x) => x.code),
  };
}
