/**
 * Round 40 (cm40): the lead's answer 420.4 (one Exchange mailbox, mail user or remote mailbox named as a test one, removed
 * singly by that name, is test data as a test user is, 72 and decision 40; never where production or staging is named,
 * never by wildcard, list, variable or pipeline). fix40-cm40.yaml holds the neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const win = batchAnswers({ cwd: 'C:\\Users\\ops', home: 'C:\\Users\\ops' });
const ps = (input: string): string => win('powershell', input).decision;

test('420.4: a mailbox named as a test one, removed by that name', () => {
  for (const c of ['Remove-Mailbox -Identity test@contoso.com -Confirm:$false', 'Remove-Mailbox test', 'Remove-RemoteMailbox -Identity qa.autotest07@contoso.com', 'Remove-MailUser svc-test-qa01 -Confirm:$false', 'Remove-Mailbox -Identity test@contoso.com -PermanentlyDelete']) assert.equal(ps(c), 'benign', c);
});

test('420.4 edges: production or staging named, a person, a wildcard, a list, a variable, a pipeline, a word inside a word', () => {
  for (const c of ['Remove-Mailbox -Identity test@prod.contoso.com', 'Remove-Mailbox -Identity test-prod@contoso.com', 'Remove-Mailbox -Identity test@staging.contoso.com', 'Remove-Mailbox -Identity jsmith@contoso.com', 'Remove-Mailbox test*', 'Remove-Mailbox -Identity test,ceo@contoso.com', 'Remove-Mailbox -Identity $m', 'Get-Mailbox test | Remove-Mailbox', 'Remove-Mailbox -Identity contest@contoso.com']) assert.equal(ps(c), 'destructive', c);
});
