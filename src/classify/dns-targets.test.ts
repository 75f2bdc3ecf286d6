import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { changeBatchPointsAway, pointsAway, registrableDomain } from './dns-targets.ts';

describe('DNS records pointed away (a record changed to a stranger\'s target)', () => {
  test('the registrable domain, with second-level registries', () => {
    assert.equal(registrableDomain('api.eu.acme.com.'), 'acme.com');
    assert.equal(registrableDomain('shop.acme.co.uk'), 'acme.co.uk');
  });
  test('a host outside the zone and the service domains points away; own hosts, service domains and addresses do not', () => {
    assert.equal(pointsAway('acme.com', 'login.acme-verify.click.'), true);
    assert.equal(pointsAway('acme.com', '10 mx.mail-relay.biz.'), true);
    assert.equal(pointsAway('login.acme.com', 'web.eu.acme.com'), false);
    assert.equal(pointsAway('acme.com', 'web-1234.us-east-1.elb.amazonaws.com'), false);
    assert.equal(pointsAway('acme.com', 'acme.statuspage.io'), false);
    assert.equal(pointsAway('acme.com', '203.0.113.7'), false);
  });
  test('a change batch: UPSERT of a CNAME, MX or NS only', () => {
    const batch = (action: string, type: string, value: string) => JSON.stringify({ Changes: [{ Action: action, ResourceRecordSet: { Name: 'www.acme.com', Type: type, TTL: 60, ResourceRecords: [{ Value: value }] } }] });
    assert.deepEqual(changeBatchPointsAway(batch('UPSERT', 'CNAME', 'www.acme-mirror.top')), ['www.acme.com -> www.acme-mirror.top']);
    assert.deepEqual(changeBatchPointsAway(batch('CREATE', 'CNAME', 'www.acme-mirror.top')), []);
    assert.deepEqual(changeBatchPointsAway(batch('UPSERT', 'A', '198.51.100.4')), []);
    assert.deepEqual(changeBatchPointsAway('not json'), []);
  });
});
