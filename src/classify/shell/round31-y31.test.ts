import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { EMPTY_INVENTORY, type ActionFacts } from '../../core/index.ts';
import { createClassifier, type Classifier } from '../index.ts';
import { commOfListings, nameListing, nameListingFiltered } from './orphan-log-groups.ts';
import { disposableListing } from './disposable-listing.ts';

// Round 31 (branch y31): the lead's answer 330 (questions 9 and 10) and answer 84 for run logs and Linodes, each rule's edges.

let classifier: Classifier;
before(async () => {
  classifier = await createClassifier();
});

function sh(command: string, awsProfile?: string): ActionFacts {
  return classifier.classify({ kind: 'shell', command }, { cwd: '/home/dev/app', home: '/home/dev', ...(awsProfile ? { awsProfile } : {}) }, EMPTY_INVENTORY);
}
function reasons(facts: ActionFacts): string[] {
  return facts.findings.map((f) => f.code);
}

const FUNCTIONS = "aws lambda list-functions --query 'Functions[].FunctionName' --output text | tr '\\t' '\\n' | sed 's|^|/aws/lambda/|' | sort";
const GROUPS = "aws logs describe-log-groups --log-group-name-prefix /aws/lambda/ --query 'logGroups[].logGroupName' --output text | tr '\\t' '\\n' | sort";
const DELETE = 'xargs -r -n1 aws logs delete-log-group --log-group-name';

test('answer 330: log groups of deleted functions by comm of two shown listings, the groups side alone', () => {
  for (const c of [`comm -13 <(${FUNCTIONS}) <(${GROUPS}) | ${DELETE}`, `comm -23 <(${GROUPS}) <(${FUNCTIONS}) | ${DELETE}`, `comm -1 -3 <(${FUNCTIONS}) <(${GROUPS}) | ${DELETE}`, `${GROUPS} | comm -13 <(${FUNCTIONS}) - | ${DELETE}`]) {
    const facts = sh(c, 'sandbox-dev');
    assert.equal(facts.destructive, false, c);
    assert.ok(reasons(facts).includes('unused_items_delete'), c);
  }
  for (const c of [
    `comm -23 <(${FUNCTIONS}) <(${GROUPS}) | ${DELETE}`,
    `comm -3 <(${FUNCTIONS}) <(${GROUPS}) | ${DELETE}`,
    `comm -12 <(${FUNCTIONS}) <(${GROUPS}) | ${DELETE}`,
    `comm -13 <(${FUNCTIONS.replace(" | tr '\\t' '\\n'", '')}) <(${GROUPS}) | ${DELETE}`,
    `comm -13 <(${FUNCTIONS}) <(${GROUPS.replace(' | sort', '')}) | ${DELETE}`,
    `comm -13 <(${FUNCTIONS}) <(${GROUPS.replace(' --log-group-name-prefix /aws/lambda/', '')}) | ${DELETE}`,
    `comm -13 <(${FUNCTIONS.replace('--output text', '--output text --region eu-west-1')}) <(${GROUPS}) | ${DELETE}`,
    `comm -13 <(${FUNCTIONS}) <(${GROUPS}) | xargs -r -n1 aws logs delete-log-group --region eu-west-1 --log-group-name`,
    `comm -13 live.txt <(${GROUPS}) | ${DELETE}`,
    `comm -13 <(${FUNCTIONS}) <(${GROUPS}) <(${GROUPS}) | ${DELETE}`,
  ]) assert.equal(sh(c, 'sandbox-dev').destructive, true, c);
  assert.equal(sh(`comm -13 <(${FUNCTIONS}) <(${GROUPS}) | ${DELETE}`, 'prod').destructive, true);
});

test('orphan-log-groups: each listing and filter read alone', () => {
  const fns = nameListing('aws', ['lambda', 'list-functions', '--query', 'Functions[].FunctionName', '--output', 'text']);
  assert.deepEqual(fns, { names: 'functions', where: '', oneToALine: false, sorted: false });
  assert.equal(nameListing('aws', ['lambda', 'list-functions', '--query', 'Functions[].FunctionName', '--output', 'json']), undefined);
  assert.equal(nameListing('aws', ['lambda', 'list-functions', '--query', 'Functions[].FunctionName', '--output', 'text', '--max-items', '10']), undefined);
  assert.equal(nameListing('aws', ['logs', 'describe-log-groups', '--log-group-name-prefix', '/aws/', '--query', 'logGroups[].logGroupName', '--output', 'text']), undefined);
  // The prefix before the names are one to a line would add it once to the whole line.
  assert.equal(nameListingFiltered(fns!, 'sed', ['s|^|/aws/lambda/|']), undefined);
  const split = nameListingFiltered(fns!, 'tr', ['\\t', '\\n'])!;
  const mapped = nameListingFiltered(split, 'sed', ['s|^|/aws/lambda/|'])!;
  assert.equal(mapped.prefix, '/aws/lambda/');
  assert.equal(nameListingFiltered(mapped, 'sort', ['-r']), undefined);
  const sorted = nameListingFiltered(mapped, 'sort', [])!;
  // A filter after sort unsorts it again (tr, sed), and comm pairs only sorted lines.
  assert.equal(nameListingFiltered(sorted, 'tr', ['\\t', '\\n'])?.sorted, false);
  assert.equal(commOfListings(['-13'], [sorted, undefined]), undefined);
  assert.equal(commOfListings(['-13', '--nocheck-order'], [sorted, sorted]), undefined);
});

test('answer 84 (answer 330, question 10): a CloudWatch Logs group or stream of one CI run, by its fixed names', () => {
  for (const c of ['aws logs delete-log-group --log-group-name /ci/run-8812', 'aws logs delete-log-stream --log-group-name /ecs/e2e-tests --log-stream-name run-8812/app/4b1f0c2a', 'aws logs delete-log-stream --log-group-name /ci/builds --log-stream-name run-8812']) {
    assert.equal(sh(c, 'ci').destructive, false, c);
    assert.ok(reasons(sh(c, 'ci')).includes('scratch_delete'), c);
  }
  for (const c of ['aws logs delete-log-group --log-group-name /ci/builds', 'aws logs delete-log-stream --log-group-name /ecs/web --log-stream-name run-8812', 'aws logs delete-log-stream --log-group-name /ecs/prod-e2e --log-stream-name run-8812', 'aws logs delete-log-stream --log-group-name /ci/builds --log-stream-name ../run-8812', 'aws logs delete-log-group --log-group-name /ci/run-8812 --log-group-name /ci/builds', 'aws logs delete-log-stream --log-group-name /ci/builds --log-stream-name run-8812 --log-group-name /ecs/web']) {
    assert.equal(sh(c, 'ci').destructive, true, c);
  }
  assert.equal(sh('aws logs delete-log-group --log-group-name /ci/run-8812', 'prod').destructive, true);
});

test('answer 84 (answer 330, question 10): a Linode by its run label, through xargs, a loop or its substitution in place', () => {
  const listing = 'linode-cli linodes list --label ci-run-8812 --text --no-headers --format id';
  for (const c of [`${listing} | xargs -r -n1 linode-cli linodes delete`, `linode-cli linodes delete $(${listing})`, `linode-cli linodes delete "$(${listing})"`, `for i in $(${listing}); do linode-cli linodes delete "$i"; done`]) {
    assert.equal(sh(c).destructive, false, c);
    assert.ok(reasons(sh(c)).includes('unused_items_delete'), c);
  }
  for (const c of [
    `linode-cli linodes delete $(${listing.replace('ci-run-8812', 'web-prod-1')})`,
    `linode-cli linodes delete $(${listing.replace('ci-run-8812', 'ci')})`,
    `linode-cli linodes delete $(${listing.replace('--format id', '--format id,label')})`,
    `linode-cli linodes delete $(${listing.replace(' --no-headers', '')})`,
    `linode-cli linodes delete 41882913 $(${listing})`,
    `linode-cli volumes delete $(${listing})`,
    'linode-cli linodes delete $(cat ids.txt)',
  ]) assert.equal(sh(c).destructive, true, c);
  assert.equal(disposableListing('linode-cli', ['linodes', 'list', '--label', 'ci-run-8812', '--label', 'x', '--text', '--no-headers', '--format', 'id']), undefined);
});
