/**
 * Round 33, the lead's answers 355 (Rails' whole-database tasks and step rollbacks, and Mix's ecto.rollback, of the
 * default development database) and 356.1 (Hyper-V's Stop-VM -Force is decision 28's force): the classes at their edges
 * (fix33-lead.yaml holds more neighbours).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const answer = batchAnswers();
const decide = (inputType: string, input: string, context?: Record<string, string>): string => answer(inputType, input, context).decision;
const windows = { cwd: 'C:\\Users\\dev\\app', home: 'C:\\Users\\dev' };

test('answer 355: whole-database tasks and step rollbacks of the default database are its reset; another environment, host or connection is not', () => {
  for (const c of ['bin/rails db:rollback', 'bin/rails db:migrate:redo VERSION=20260101000000', 'bundle exec rails db:seed:replant', 'rails db:migrate VERSION=0', 'mix ecto.rollback -n 3']) assert.equal(decide('command', c), 'benign', c);
  for (const c of ['RAILS_ENV=production bin/rails db:rollback', 'bin/rails db:rollback -e production', 'APP_ENV=prod bin/rails db:truncate_all', 'MIX_ENV=prod mix ecto.rollback', 'ssh db-1 bin/rails db:schema:load', 'bin/rails db:setup']) assert.notEqual(decide('command', c), 'benign', c);
});

test("answer 356.1: Hyper-V's Stop-VM -Force of a dev VM is an outage; the same without -Force, or Az's -Force (a prompt skipped), is a write", () => {
  assert.equal(decide('powershell', 'Stop-VM -Name app-dev-01 -Force', windows), 'destructive');
  assert.equal(decide('powershell', 'Stop-VM -Name app-dev-01', windows), 'benign');
  assert.equal(decide('powershell', 'Stop-AzVM -ResourceGroupName rg-dev -Name vm-dev-01 -Force', windows), 'benign');
  assert.equal(decide('powershell', 'Stop-VM -Name app-dev-01 -TurnOff', windows), 'destructive');
});
