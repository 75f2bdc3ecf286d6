import { test } from 'node:test';
import assert from 'node:assert/strict';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

// Round 41 (cm41): GAM mail forwarding read like Exchange's -ForwardingSmtpAddress (round 16): outside the named user's or
// group's organisation, or for a target naming no whole address, mail sent out; inside it, or one address removed, benign.
const answer = batchAnswers({ cwd: '/root', home: '/root', host: 'mail1.corp.example.com' });

test('GAM forwarding: outside the organisation, a target without an address, or an unread word is caught', () => {
  for (const line of [
    'gam user ceo@corp.example.com forward on ceo.home@gmail.com keep',
    'gam user alice@corp.example.com create forwardingaddress alice@corp.example.com.evil.example',
    'gam all users forward on archive@corp.example.com keep',
    'gam user alice forward on bob@corp.example.com',
    'gam user alice@corp.example.com forward on "$DEST" keep',
  ]) assert.notEqual(answer('command', line).decision, 'benign', line);
});

test('GAM forwarding: within the organisation, off, or one address removed is benign', () => {
  for (const line of [
    'gam user alice@corp.example.com forward on helpdesk@corp.example.com keep',
    'gam user alice@eu.corp.example.com forward on alice@corp.example.com archive',
    'gam user alice@corp.example.com forward off',
    'gam user alice@corp.example.com delete forwardingaddress alice.home@gmail.com',
  ]) assert.equal(answer('command', line).decision, 'benign', line);
});

test('SES receipt rule set: none named (missing, empty, unread) switches receiving off; one named switches to it', () => {
  for (const line of ['aws ses set-active-receipt-rule-set', 'aws ses set-active-receipt-rule-set --rule-set-name ""', 'aws ses set-active-receipt-rule-set --rule-set-name "$RS"']) {
    assert.notEqual(answer('command', line).decision, 'benign', line);
  }
  assert.equal(answer('command', 'aws ses set-active-receipt-rule-set --rule-set-name inbound-v2').decision, 'benign');
});
