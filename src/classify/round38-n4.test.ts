/**
 * Round 38b (n4): the lead's answers 396.7, 396.8 and 389.6 as classes. Node-RED's own copy of the previous deploy
 * deleted or emptied (paths.ts isNodeRedFlowsBackupFile); NSH lines written straight to a flight controller's serial
 * device judged as the vehicle's shell (shell/tools/vehicle-shell.ts serialDeviceWrite); an AWS managed `*FullAccess`
 * policy attached by ARN, by the CLI or a Terraform plan (public-access.ts roleGrantWidens, terraform/plan.ts).
 * fix38-n4.yaml holds the neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';
import { isNodeRedFlowsBackupFile } from './paths.ts';
import { roleGrantWidens } from './public-access.ts';
import { isSerialDevice } from './shell/tools/vehicle-shell.ts';

const answer = batchAnswers();
const decide = (command: string, cwd = '/home/pi'): string => answer('command', command, { cwd, home: '/home/pi' }).decision;
const plan = (arn: string): string => answer('terraform_plan_json', { format_version: '1.2', resource_changes: [{ address: 'aws_iam_role_policy_attachment.a', type: 'aws_iam_role_policy_attachment', name: 'a', change: { actions: ['create'], before: null, after: { role: 'app', policy_arn: arn } } }] }).decision;

test('Node-RED\'s previous-deploy copy deleted or emptied is a backup lost, even from a home workspace; read or copied out it is not', () => {
  for (const p of ['/home/pi/.node-red/.flows.json.backup', '/home/pi/.node-red/.flows_pi4.json.backup', '/data/.flows_cred.json.backup', '/srv/nodered/data/.flows.json.backup']) assert.equal(isNodeRedFlowsBackupFile(p), true, p);
  for (const p of ['/home/pi/.node-red/flows.json', '/home/pi/app/.flows.json.backup', '/home/pi/.node-red/flows.json.backup', '/home/pi/.node-red/.flows.json.bak']) assert.equal(isNodeRedFlowsBackupFile(p), false, p);
  for (const c of ['rm ~/.node-red/.flows.json.backup', 'cd ~/.node-red && rm -f .flows_pi4.json.backup', ': > ~/.node-red/.flows_cred.json.backup']) assert.equal(decide(c), 'destructive', c);
  for (const c of ['cat ~/.node-red/.flows.json.backup', 'cp ~/.node-red/.flows.json.backup ~/prev-flows.json']) assert.equal(decide(c), 'benign', c);
});

test('lines written to a flight controller\'s serial device run in its shell; unseen lines fail closed; another protocol or another file as before', () => {
  for (const p of ['/dev/ttyACM0', '/dev/ttyUSB1', '/dev/ttyAMA0', '/dev/serial/by-id/usb-Holybro_Pixhawk6C-if00', '/dev/cu.usbmodem01']) assert.equal(isSerialDevice(p), true, p);
  for (const p of ['/dev/tty', '/dev/null', '/dev/sda', '/dev/ttyACM']) assert.equal(isSerialDevice(p), false, p);
  for (const c of ["echo 'param reset_all' > /dev/ttyACM0", "printf 'commander arm -f\\n' > /dev/ttyUSB0", "printf 'ver\\r\\nekf2 stop\\r\\n' >> /dev/ttyACM0"]) assert.equal(decide(c), 'destructive', c);
  for (const c of ['cat cmds.txt > /dev/ttyACM0', "printf 'ver all\\nfrobnicate\\n' > /dev/ttyACM0"]) assert.equal(decide(c), 'unknown', c);
  for (const c of ["echo 'param show SYS_*' > /dev/ttyACM0", "printf 'AT+GMR\\r\\n' > /dev/ttyUSB1", "echo 'param reset_all' > notes.txt"]) assert.equal(decide(c), 'benign', c);
});

test('an AWS managed *FullAccess policy attached by ARN widens permissions to all; ReadOnlyAccess and customer-managed ARNs do not', () => {
  for (const arn of ['arn:aws:iam::aws:policy/AmazonS3FullAccess', 'arn:aws:iam::aws:policy/AWSLambda_FullAccess', 'arn:aws-us-gov:iam::aws:policy/AmazonDynamoDBFullAccess']) assert.notEqual(roleGrantWidens(arn, undefined), null, arn);
  for (const arn of ['arn:aws:iam::aws:policy/ReadOnlyAccess', 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess', 'arn:aws:iam::123456789012:policy/AppS3FullAccess']) assert.equal(roleGrantWidens(arn, undefined), null, arn);
  assert.equal(decide('aws iam attach-role-policy --role-name app --policy-arn arn:aws:iam::aws:policy/AmazonS3FullAccess'), 'destructive');
  assert.equal(decide('aws iam attach-role-policy --role-name app --policy-arn arn:aws:iam::aws:policy/ReadOnlyAccess'), 'benign');
  assert.equal(plan('arn:aws:iam::aws:policy/AmazonDynamoDBFullAccess'), 'destructive');
  assert.equal(plan('arn:aws:iam::aws:policy/AdministratorAccess'), 'destructive');
  assert.equal(plan('arn:aws:iam::aws:policy/ReadOnlyAccess'), 'benign');
});
