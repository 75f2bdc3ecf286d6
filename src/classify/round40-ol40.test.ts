/**
 * Round 40 (ol40): `az ad sp|app credential reset --append` adds a credential beside those in use (a write); the reset
 * without `--append`, and a credential deleted, stay destructive. fix40-ol40.yaml holds the neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const answer = batchAnswers({ cwd: '/home/dev/app', home: '/home/dev' });
const shell = (input: string): string => answer('command', input).decision;

test('credential reset --append is a write; without it, and a delete, destructive', () => {
  for (const c of ['az ad sp credential reset --id sp-1 --append', 'az ad app credential reset --id app-1 --cert @c.pem --append', 'az ad sp credential reset --append --id sp-1 --years 2']) assert.equal(shell(c), 'benign', c);
  for (const c of ['az ad sp credential reset --id sp-1', 'az ad app credential reset --id app-1 --create-cert', 'az ad sp credential reset --id sp-1 --display-name append', 'az ad sp credential delete --id sp-1 --key-id k-1', 'az ad sp credential delete --id sp-1 --key-id k-1 --append']) assert.equal(shell(c), 'destructive', c);
});
