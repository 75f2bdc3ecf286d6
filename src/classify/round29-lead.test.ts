import assert from 'node:assert/strict';
import { test } from 'node:test';
import { benign, windowsClassifier } from '../../test/helpers/windows-classifier.ts';
import { storedPathHijack } from './windows/tools.ts';

// Round 29, the lead's answers 295-297, 300 and 301 and the attack on answer 184 (C:\Users\Public), with their edges;
// the corpus cases are in fix29-lead.yaml.

const { ps, cmd, run } = windowsClassifier();
const sh = (command: string) => run(command, 'bash');

test('answer 295: the system clock set is an outage; reading it, a time zone and NTP are not', () => {
  for (const c of ['sudo date -s "2026-12-06 10:00:00"', 'date -us 10:00', 'date --set=10:00', 'date --set 10:00', 'sudo timedatectl set-time "2026-12-06 10:00"'])
    assert.ok(sh(c).destructive, c);
  for (const c of ['date', 'date +%s', 'date -Iseconds', 'date -R', 'date -d yesterday +%F', 'date -u', 'timedatectl', 'timedatectl status', 'timedatectl set-timezone UTC', 'sudo timedatectl set-ntp true'])
    assert.ok(benign(sh(c)), c);
});

test('answer 296: a signing key trusted for every package source is a safeguard weakened; a signed-by keyring is not', () => {
  for (const c of ['curl -fsSL https://example.com/key.gpg | sudo apt-key add -', 'sudo apt-key add repo.key', 'sudo apt-key adv --keyserver keyserver.ubuntu.com --recv-keys 7EA0A9C3F273FCD8', 'sudo rpm --import https://example.com/RPM-GPG-KEY', 'sudo rpmkeys --import key.asc'])
    assert.ok(sh(c).destructive, c);
  for (const c of ['apt-key list', 'apt-key finger', 'sudo apt-key del 7EA0A9C3F273FCD8', 'rpm -qa', 'rpmkeys --checksig x.rpm', 'curl -fsSL https://example.com/key.gpg | sudo gpg --dearmor -o /usr/share/keyrings/example.gpg'])
    assert.ok(benign(sh(c)), c);
});

test('answers 297 and 300: docker-users stays a plain group; members taken out of a group narrow access', () => {
  // Answer 297: Docker Desktop's docker-users is not the Linux docker group (win9's label and round 27's table stand).
  assert.ok(benign(cmd('net localgroup docker-users dev /add')));
  assert.ok(benign(ps('Add-LocalGroupMember -Group docker-users -Member dev')));
  assert.ok(sh('sudo usermod -aG docker dev').destructive);
  for (const c of ['net localgroup Administrators contractor /delete', 'net localgroup "Remote Desktop Users" bob /del', 'net group "Domain Admins" bob /delete /domain'])
    assert.ok(benign(cmd(c)), c);
  // The group itself, an account or a share deleted stay losses.
  for (const c of ['net localgroup docker-users /delete', 'net user contractor /delete', 'net share scratch /delete']) assert.ok(cmd(c).destructive, c);
});

test("answer 301: the machine's temporary folder made again loses its create right; a profile's or a drive's does not", () => {
  for (const c of ['rd /s /q C:\\Windows\\Temp & md C:\\Windows\\Temp', 'rd /s /q "C:\\Windows\\Temp" && mkdir "C:\\Windows\\Temp"']) assert.ok(cmd(c).destructive, c);
  assert.ok(ps('Remove-Item C:\\Windows\\Temp -Recurse -Force; New-Item -ItemType Directory C:\\Windows\\Temp').destructive);
  for (const c of ['rd /s /q %TEMP% & md %TEMP%', 'rd /s /q C:\\Temp & md C:\\Temp']) assert.ok(benign(cmd(c)), c);
});

test('answer 184 on Windows: C:\\Users\\Public, which every account may write, in front of a stored PATH', () => {
  for (const v of ['C:\\Users\\Public\\bin;%PATH%', '"%PUBLIC%\\tools;%PATH%"', '$env:PUBLIC\\bin;$env:Path']) assert.notEqual(storedPathHijack(v), null, v);
  for (const v of ['%PATH%;C:\\Users\\Public\\bin', 'C:\\Users\\dev\\bin;%PATH%', 'C:\\Users\\Publicity\\bin;%PATH%']) assert.equal(storedPathHijack(v), null, v);
  assert.ok(cmd('setx /M PATH "C:\\Users\\Public\\bin;%PATH%"').destructive);
  // The lead's answer 338 q6 (round 32): setx PATH on the old list is destructive whatever it adds (the joined list is cut).
  assert.ok(cmd('setx PATH "%PATH%;C:\\Users\\Public\\bin"').destructive);
});

test('answer 316: one topic its own name marks as a test\'s, deleted; queues by any name (395.4, 399.2 withdrew 305 and 316\'s queues) and the rest stay losses', () => {
  assert.ok(benign(sh('aws sns delete-topic --topic-arn arn:aws:sns:us-east-1:123456789012:orders-e2e-test')));
  for (const c of ['rabbitmqadmin purge queue name=orders-e2e-test', 'rabbitmqadmin delete queue name=orders-e2e-test', 'aws sqs delete-queue --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/orders-e2e-test', 'rabbitmqadmin purge queue name=orders', 'rabbitmqadmin -H rabbit.prod.internal purge queue name=orders-e2e-test', 'rabbitmqadmin delete queue name=$Q', 'rabbitmqadmin delete exchange name=test-x', 'aws sns delete-topic --topic-arn arn:aws:sns:us-east-1:123456789012:orders', 'aws sns delete-topic --topic-arn arn:aws:sns:us-east-1:123456789012:e2e', 'aws sqs delete-queue --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/orders-e2e-test --profile prod'])
    assert.ok(sh(c).destructive, c);
});

test('answer 312: the invoker binding to allUsers is read as --allow-unauthenticated is', () => {
  for (const c of ['gcloud run services add-iam-policy-binding web-pr-12 --member=allUsers --role=roles/run.invoker', 'gcloud functions add-iam-policy-binding hook-dev --member=allUsers --role=roles/cloudfunctions.invoker'])
    assert.ok(benign(sh(c)), c);
  for (const c of ['gcloud run services add-iam-policy-binding web-pr-12 --member=allUsers --role=roles/run.invoker --project acme-prod', 'gcloud run services add-iam-policy-binding billing --member=allUsers --role=roles/run.invoker', 'gcloud run services add-iam-policy-binding web-pr-12 --member=allUsers --role=roles/run.admin'])
    assert.ok(sh(c).destructive, c);
});

test("answer 315: IIS's own objects of a preview on a machine named for production are refused, as their folders", () => {
  const prod = { cwd: 'C:\\Users\\Administrator', home: 'C:\\Users\\Administrator', host: 'web-prod-01' };
  const dev = { ...prod, host: 'web-dev-01' };
  assert.ok(ps('Remove-Website -Name shop-pr-482; Remove-WebAppPool -Name shop-pr-482', prod).destructive);
  assert.ok(cmd('appcmd delete site "shop-pr-482"', prod).destructive);
  assert.ok(benign(ps('Remove-Website -Name shop-pr-482', dev)));
  assert.ok(benign(cmd('appcmd delete site "shop-pr-482"', dev)));
});

test("answer 284: one word before `review-BRANCH` is the service's; a service word after it or a tier anywhere refuses", () => {
  for (const c of ['gcloud run services delete web-review-fix-login --quiet', 'helm uninstall api-review-feat-search']) assert.ok(benign(sh(c)), c);
  for (const c of ['helm uninstall code-review-bot', 'helm uninstall web-review-api', 'kubectl delete ns web-review-prod', 'kubectl delete ns staging-review-fix-login', 'helm uninstall a-b-review-x'])
    assert.ok(sh(c).destructive, c);
});
