import { before } from 'node:test';
import { classifyBatchLine, createClassifier, type Classifier } from '../../src/classify/index.ts';
import { EMPTY_INVENTORY, type JsonValue } from '../../src/core/index.ts';

/** What the batch contract answers for one input: the decision, the reason a reviewer reads and the environment it targets. */
export interface BatchAnswer {
  decision: string;
  reason: string;
  targets_env: string | null;
}

/**
 * One classifier for a test file (made before its tests run) and a function that answers one input through the batch
 * contract, as `portcullis classify --jsonl` would: `answer('command', 'rm -rf /')`. The context defaults to a
 * developer's workspace (`/home/dev/app`) unless given.
 */
export function batchAnswers(defaults: Record<string, string> = { cwd: '/home/dev/app', home: '/home/dev' }): (inputType: string, input: JsonValue, context?: Record<string, string>) => BatchAnswer {
  let classifier: Classifier | undefined;
  before(async () => {
    classifier = await createClassifier();
  });
  return (inputType, input, context = defaults) => {
    if (!classifier) throw new Error('batchAnswers: the classifier is made in a `before` hook; call the answer inside a test');
    const line = JSON.stringify({ id: 'x', input_type: inputType, input, context });
    return JSON.parse(classifyBatchLine(line, classifier, EMPTY_INVENTORY)) as BatchAnswer;
  };
}
