/**
 * Round 42 (loto42): first contact with a tool nobody catalogued, the unknown program's reader (shell/tools/unknown-verbs.ts,
 * dispatch.ts unknownCommand): noun.verb subcommands, money moved off test networks, run-together outage verbs, an
 * operation in flight cancelled, a release channel's tag removed, one's own `--user` service, a cache flushed, checks
 * switched off by the environment, kernel hardening keys. fix42-loto42.yaml holds the neighbours; these are the edges.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';
import { dottedVerbSegment, envSafeguardOff, inFlightCancel } from './shell/tools/unknown-verbs.ts';

const batch = batchAnswers({ cwd: '/home/dev/app', home: '/home/dev' });
const decision = (i: string) => batch('command', i).decision;

test('noun.verb: the last segment is the verb, never a file extension or a domain', () => {
  assert.equal(dottedVerbSegment('vm.destroy'), 'destroy');
  assert.equal(dottedVerbSegment('host.enter_maintenance_mode'), 'enter_maintenance_mode');
  for (const w of ['cleanup.sh', 'delete.sql', 'config.yml', 'db.prod.example.com', 'prune.py', 'x.stop.service', '/tmp/vm.destroy', 'Vm.Destroy1.']) assert.equal(dottedVerbSegment(w), undefined, w);
  assert.equal(decision('vmctl vm.destroy db-01'), 'destructive');
  assert.equal(decision('vmctl vm.info db-01'), 'benign');
  // A script named like a verb is no subcommand: what it does is not read from its name here.
  assert.notEqual(decision('runnerctl exec delete.sql'), 'destructive');
  assert.equal(decision('vmctl vm.destroy db-01 --dry-run'), 'benign');
});

test('money: a payment verb needs an address, an amount or an invoice; test networks by literal host only', () => {
  const to = '0x8ba1f109551bD432803012645Ac136ddd64DBA72';
  assert.equal(decision(`evmcli send ${to} --value 1ether`), 'destructive');
  assert.equal(decision(`evmcli send ${to} --value 1ether --rpc-url https://sepolia.example-rpc.io/v3/$KEY`), 'benign');
  assert.equal(decision(`evmcli send ${to} --value 1ether --rpc-url https://rpc.example.io/holesky/$KEY`), 'destructive');
  assert.equal(decision(`evmcli send ${to} --value 1ether --rpc-url "$HOLESKY_RPC"`), 'destructive');
  assert.equal(decision(`evmcli send ${to} --value 1ether --dry-run`), 'benign');
  assert.equal(decision('coincli sendmany "" \'{"bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq":0.01}\''), 'destructive');
  assert.equal(decision('lnctl payinvoice lnbc250u1pjqz8zqpp5qqqsyqcyq5rqwzqfqypqhp58yjmdan79s6qqdhdzgynm4zwqd5d7xmw5fk98'), 'destructive');
  assert.equal(decision('lnctl payinvoice lntb250u1pjqz8zqpp5qqqsyqcyq5rqwzqfqypqhp58yjmdan79s6qqdhdzgynm4zwqd5d7xmw5fk98'), 'benign');
  assert.equal(decision('paycli payouts create --amount 5000 --currency usd'), 'destructive');
  assert.equal(decision('paycli payouts list'), 'benign');
  // No value carried: a message or a file sent is no payment.
  for (const c of ['mailcli send --to a@example.com', 'pushctl send web-01 ./dist', 'filesync transfer ep1:/a ep2:/b']) assert.equal(decision(c), 'benign', c);
});

test('run-together verbs, clear+object, void and deprovision', () => {
  for (const c of ['cassctl stopdaemon', 'cassctl disablegossip', 'cassctl clearsnapshot', 'billcli invoices void_invoice in_1', 'idmctl user jdoe deprovision']) assert.equal(decision(c), 'destructive', c);
  for (const c of ['cassctl stopped', 'cassctl enablegossip', 'cassctl pauses']) assert.equal(decision(c), 'benign', c);
});

test('an operation in flight cancelled is a write; a resource terminated or every run cancelled is not', () => {
  assert.ok(inFlightCancel(['terminate', 'op']));
  assert.ok(!inFlightCancel(['terminate', 'instance']));
  assert.ok(!inFlightCancel(['cancel', 'all', 'runs']));
  assert.equal(decision('deployctl app terminate-op payments-prod'), 'benign');
  assert.equal(decision('deployctl app terminate-instance payments-prod-1'), 'destructive');
  assert.equal(decision('cictl cancel-run --all'), 'destructive');
});

test("a channel's tag removed; one's own --user service; a cache flushed", () => {
  assert.equal(decision('pkgreg dist-tag rm @acme/ui canary'), 'benign');
  for (const c of ['pkgreg dist-tag rm @acme/ui latest', 'imgreg tag rm ghcr.io/acme/api:1.8.2', 'pkgreg dist-tag rm @acme/ui beta extra']) assert.equal(decision(c), 'destructive', c);
  assert.equal(decision('svcmgr --user stop jupyter.service'), 'benign');
  for (const c of ['sudo svcmgr --user stop jupyter.service', 'svcmgr --user alice stop', 'svcmgr --user stop "*"']) assert.notEqual(decision(c), 'benign', c);
  for (const c of ['shopctl cache:flush', 'dnsctl --flush-caches', 'appctl cache flush']) assert.equal(decision(c), 'benign', c);
  for (const c of ['shopctl db:flush', 'appctl flush', 'appctl queue flush']) assert.equal(decision(c), 'destructive', c);
});

test('checks switched off by the environment: explicit off values only, any value for an insecure host', () => {
  assert.equal(envSafeguardOff(new Map([['NODE_TLS_REJECT_UNAUTHORIZED', '0']])), 'NODE_TLS_REJECT_UNAUTHORIZED=0');
  assert.equal(envSafeguardOff(new Map([['UV_INSECURE_HOST', 'nexus.local']])), 'UV_INSECURE_HOST=nexus.local');
  for (const m of [new Map([['GITHUB_TOKEN', '']]), new Map([['SSL_CERT_FILE', '/etc/ssl/ca.pem']]), new Map([['NODE_TLS_REJECT_UNAUTHORIZED', '1']]), new Map<string, string | null>([['TLS_VERIFY', null]])]) assert.equal(envSafeguardOff(m), undefined);
  assert.equal(decision('NODE_TLS_REJECT_UNAUTHORIZED=0 pkgmgr install'), 'destructive');
  assert.equal(decision('NODE_TLS_REJECT_UNAUTHORIZED=0 pkgmgr run test:e2e'), 'benign');
  assert.equal(decision('kernctl -w kernel.randomize_va_space=0'), 'destructive');
  assert.equal(decision('kernctl -w kernel.kptr_restrict=0'), 'destructive');
  assert.equal(decision('testrunner --randomize=false'), 'benign');
});
