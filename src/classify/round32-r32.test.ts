import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { hiddenOperation } from './endpoint-variables.ts';
import { httpDoors } from './http-test-support.ts';

/** Round 32 (r32): the lead's answers 335, 339, 340 and 341. */

const { api, shell } = httpDoors();

describe('answer 335: an endpoint partly a variable is judged by its fixed part', () => {
  test('a variable after a fixed name is an id; first, after a version or after an id it may name the operation', () => {
    assert.equal(hiddenOperation('PUT', 'https://api.github.com/repos/o/r/actions/workflows/$W/disable', 'shell'), null);
    assert.equal(hiddenOperation('POST', 'https://gitlab.com/api/v4/projects/$(cat id)/archive', 'shell'), null);
    assert.equal(hiddenOperation('PATCH', 'https://api.github.com/repos/$O/$R', 'shell'), null);
    assert.match(hiddenOperation('POST', 'https://api.github.com/repos/o/r/$X', 'shell') ?? '', /operation/);
    assert.match(hiddenOperation('POST', 'https://api.example.com/v1/widgets/$ID/$ACTION', 'shell') ?? '', /operation/);
    assert.match(hiddenOperation('POST', 'https://api.example.com/v1/$P', 'shell') ?? '', /operation/);
    assert.match(hiddenOperation('POST', 'https://api.example.com/$P', 'shell') ?? '', /whole path/);
    assert.match(hiddenOperation('POST', '${API}/${P}', 'template') ?? '', /whole path/);
  });
  test('reads, DELETE, a fixed URL and a URL that is one variable as a whole are left to the judge', () => {
    assert.equal(hiddenOperation('GET', 'https://api.example.com/$P', 'shell'), null);
    assert.equal(hiddenOperation('DELETE', 'https://api.example.com/$P', 'shell'), null);
    assert.equal(hiddenOperation('POST', '$SLACK_WEBHOOK_URL', 'shell'), null);
    assert.equal(hiddenOperation('POST', 'http://$TEAMS_WEBHOOK_URL', 'shell'), null);
    assert.equal(hiddenOperation('POST', 'https://api.example.com/odata/$batch', 'template'), null);
  });
  test('by every door: gh api, glab api, curl, wget, an http_request', () => {
    assert.ok(shell('gh api -X PUT repos/o/r/actions/workflows/$W/disable').destructive);
    assert.ok(shell('glab api -X POST projects/$P/archive').destructive);
    assert.ok(shell('wget --method=POST https://gitlab.com/api/v4/projects/$P/archive').destructive);
    assert.ok(shell('gh api -X POST repos/o/r/$VERB').destructive);
    assert.ok(api('POST', 'https://api.example.com/v1/widgets/${ID}/${ACTION}').destructive);
    assert.equal(shell('gh api -X PUT repos/o/r/actions/workflows/$W/enable').destructive, false);
    assert.equal(shell('gh api -X PATCH repos/o/r/issues/$N -f state=closed').destructive, false);
  });
});

describe("answer 341: an application cache's one entry, an Unleash rollout strategy in development", () => {
  test('one entry of the cache is the cache; another path under it is not', () => {
    assert.equal(api('DELETE', 'https://api.acme.internal/v1/cache/entries/user%3A4412').destructive, false);
    assert.ok(api('DELETE', 'https://api.acme.internal/v1/cache/config/main').destructive);
    assert.ok(api('DELETE', 'https://api.acme.internal/v1/cache/entries/../../users/7').destructive);
  });
  test('a strategy of the development environment, not production nor the environment itself', () => {
    const at = 'https://unleash.acme.dev/api/admin/projects/default/features/f/environments';
    assert.equal(api('DELETE', `${at}/development/strategies/2b7c`).destructive, false);
    assert.ok(api('DELETE', `${at}/production/strategies/2b7c`).destructive);
    assert.ok(api('DELETE', `${at}/development`).destructive);
  });
});

describe("answer 340: a pgBackRest retention on the line that keeps one or more is answer 79's write", () => {
  test('a count of one or more, either spelling; zero, a variable or --set stay', () => {
    assert.equal(shell('pgbackrest --stanza=main --repo1-retention-full=4 expire').destructive, false);
    assert.equal(shell('pgbackrest --stanza=main expire --repo1-retention-diff 3').destructive, false);
    assert.ok(shell('pgbackrest --stanza=main --repo1-retention-full=0 expire').destructive);
    assert.ok(shell('pgbackrest --stanza=main --repo1-retention-full=$KEEP expire').destructive);
    assert.ok(shell('pgbackrest --stanza=main --set=20241201-010101F expire').destructive);
  });
});

describe("answer 339 q12: a Vercel variable of one preview branch removed", () => {
  test('a feature branch, whatever the name; a long-lived branch, all previews or a branch not fixed stay', () => {
    assert.equal(shell('vercel env rm STRIPE_SECRET_KEY preview feat-login --yes').destructive, false);
    assert.ok(shell('vercel env rm STRIPE_SECRET_KEY preview main --yes').destructive);
    assert.ok(shell('vercel env rm STRIPE_SECRET_KEY preview --yes').destructive);
    assert.ok(shell('vercel env rm STRIPE_SECRET_KEY preview "$B" --yes').destructive);
  });
});
