import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EMPTY_INVENTORY, type Inventory } from '../core/index.ts';
import { heuristicEnvironment, resolveEnvironment, tierOfEnvironment, canonicalUrl, urlAuthority, urlHost, withoutHomeUser } from './environment.ts';

const inventory: Inventory = {
  unknownTier: 'production',
  controlPlanePaths: [],
  environments: [
    { name: 'prod-cn-1', tier: 'production', tags: [], match: { kube_contexts: ['prod-cn-1'], aws_profiles: ['cn-admin'] } },
    { name: 'playground', tier: 'sandbox', tags: [], match: { kube_contexts: ['kind-*'], names: ['prod-copy-*'] } },
  ],
};

test('name heuristics: production wins, tokens not substrings', () => {
  assert.equal(heuristicEnvironment('prod-cn-1'), 'production');
  assert.equal(heuristicEnvironment('db.stg.internal'), 'staging');
  assert.equal(heuristicEnvironment('feature-sandbox'), 'dev');
  assert.equal(heuristicEnvironment('prod-test-copy'), 'production');
  assert.equal(heuristicEnvironment('product-catalog'), null);
  assert.equal(heuristicEnvironment('payments'), null);
});

test('name heuristics: `live` says production only when no other tier is named (Terragrunt layout, issue 12)', () => {
  assert.equal(heuristicEnvironment('infrastructure-live/staging/rds'), 'staging');
  assert.equal(heuristicEnvironment('live/dev/vpc'), 'dev');
  assert.equal(heuristicEnvironment('live/prod/vpc'), 'production');
  assert.equal(heuristicEnvironment('acme-live-assets'), 'production');
  assert.equal(heuristicEnvironment('liveness-probe'), null);
});

test('name heuristics: a home folder\'s user name is a login, not an environment (issue 12)', () => {
  assert.equal(heuristicEnvironment('/home/dev/infra'), null);
  assert.equal(heuristicEnvironment('/Users/test/shop/data.db'), null);
  assert.equal(heuristicEnvironment('C:\\Users\\qa\\shop'), null);
  assert.equal(heuristicEnvironment('~dev/infra'), null);
  assert.equal(heuristicEnvironment('home/dev/infra'), null);
  // The folders below the home still speak, and so does a `dev` that is not a user name.
  assert.equal(heuristicEnvironment('/home/dev/prod/infra'), 'production');
  assert.equal(heuristicEnvironment('/home/ana/stacks/staging'), 'staging');
  assert.equal(heuristicEnvironment('/srv/dev/infra'), 'dev');
  assert.equal(heuristicEnvironment('/home/alice/dev/app'), 'dev');
  // The device folder is not a tier either (`/dev/sdb`), but a volume group or host that says dev still does.
  assert.equal(heuristicEnvironment('/dev/sdb'), null);
  assert.equal(heuristicEnvironment('/dev/mapper/vg0-data'), null);
  assert.equal(heuristicEnvironment('/dev/vg_dev/data'), 'dev');
  assert.equal(heuristicEnvironment('/dev/vg_prod/data'), 'production');
  // `pre` before a step is a moment (`pre-upgrade`), alone it is the pre-production tier.
  assert.equal(heuristicEnvironment('db01@pre-upgrade-20261203'), null);
  assert.equal(heuristicEnvironment('snap-pre-migration'), null);
  assert.equal(heuristicEnvironment('api-pre'), 'staging');
  assert.equal(heuristicEnvironment('pre.example.com'), 'staging');
  assert.equal(withoutHomeUser('/home/dev/infra'), '/infra');
  assert.equal(withoutHomeUser('prod-db'), 'prod-db');
});

test('inventory matchers come before heuristics for each clue; the most severe clue wins', () => {
  assert.equal(resolveEnvironment(inventory, [{ kind: 'kube_contexts', value: 'prod-cn-1' }]), 'prod-cn-1');
  // A configured name beats the `prod` in it.
  assert.equal(resolveEnvironment(inventory, [{ kind: 'names', value: 'prod-copy-7' }]), 'playground');
  // F1: another clue that looks like production is not outvoted by a sandbox match (worst case wins);
  // to place such a name, map it in the inventory, as `prod-copy-*` is above.
  assert.equal(resolveEnvironment(inventory, [{ kind: 'kube_contexts', value: 'kind-local' }, { kind: 'names', value: 'prod-db' }]), 'production');
  assert.equal(resolveEnvironment(inventory, [{ kind: 'kube_contexts', value: 'kind-local' }, { kind: 'kube_contexts', value: 'prod-cn-1' }]), 'prod-cn-1');
  assert.equal(resolveEnvironment(EMPTY_INVENTORY, [{ kind: 'names', value: 'dev-1' }, { kind: 'names', value: 'prod-1' }]), 'production');
  assert.equal(resolveEnvironment(EMPTY_INVENTORY, [{ kind: 'names', value: 'payments' }]), null);
});

test('tiers of inventory and heuristic names; unknown stays null', () => {
  assert.equal(tierOfEnvironment(inventory, 'prod-cn-1'), 'production');
  assert.equal(tierOfEnvironment(inventory, 'playground'), 'sandbox');
  assert.equal(tierOfEnvironment(inventory, 'staging'), 'staging');
  assert.equal(tierOfEnvironment(inventory, 'elsewhere'), null);
  assert.equal(tierOfEnvironment(inventory, null), null);
});

test('urlHost: the host of a URL, not its user name, password or port', () => {
  assert.equal(urlHost('https://deploy:pw@db.prod.internal:5432/shop'), 'db.prod.internal');
  assert.equal(urlHost('https://a@b@api.prod.example.com/x'), 'api.prod.example.com');
  assert.equal(urlHost('http://[2001:db8::1]:8080/x'), '[2001:db8::1]');
  assert.equal(urlHost('redis+sentinel://cache.stg.internal?x=1'), 'cache.stg.internal');
  assert.equal(urlHost('HTTPS://API.EXAMPLE.COM'), 'API.EXAMPLE.COM');
  assert.equal(urlHost('api.example.com/v1'), null);
  assert.equal(urlHost('file:///etc/passwd'), null);
});

test('urlAuthority: scheme, host, written port and userinfo, read once for urlHost and the dev-server reading (round 25, m25)', () => {
  assert.deepEqual(urlAuthority('HTTP://localhost:4000/x'), { scheme: 'http', host: 'localhost', port: '4000', userinfo: false });
  assert.deepEqual(urlAuthority('http://[::1]:8080/x'), { scheme: 'http', host: '[::1]', port: '8080', userinfo: false });
  assert.deepEqual(urlAuthority('https://u:p@127.0.0.1/x'), { scheme: 'https', host: '127.0.0.1', port: undefined, userinfo: true });
  assert.equal(urlAuthority('localhost:4000/x'), null);
});

test('name heuristics: a production marker fused to the end of a name is production; look-alike words are not (issue 12, round 12)', () => {
  for (const n of ['stledgerprod', 'ledgerprd01', 'apiprod', 'kv-paymentsprod', 'sqlshopprd2.database.windows.net', 'eksclusterprod']) assert.equal(heuristicEnvironment(n), 'production', n);
  for (const n of ['product', 'products-api', 'reproduce', 'prodigy', 'improved', 'reproduction-notes', 'byproduct', 'apipreprod', 'ledgernonprod', 'preprod', 'prodromal', 'productive-dev']) assert.notEqual(heuristicEnvironment(n), 'production', n);
  assert.equal(heuristicEnvironment('productive-dev'), 'dev');
});

test('one spelling of a URL: scheme and host in lower case, no default port, no trailing dot on the host (round 20)', () => {
  assert.equal(canonicalUrl('https://API.Stripe.com:443/v1/refunds?x=1'), 'https://api.stripe.com/v1/refunds?x=1');
  assert.equal(canonicalUrl('HTTP://h.example:80'), 'http://h.example');
  assert.equal(canonicalUrl('https://u:p@H.example.:443/a'), 'https://u:p@h.example/a');
  assert.equal(canonicalUrl('https://[::1]:443/x'), 'https://[::1]/x');
  // another port is another server; the path keeps its case
  assert.equal(canonicalUrl('http://h.example:8080/Path'), 'http://h.example:8080/Path');
  assert.equal(canonicalUrl('https://h.example:80/x'), 'https://h.example:80/x');
  assert.equal(canonicalUrl('not a url'), 'not a url');
});
