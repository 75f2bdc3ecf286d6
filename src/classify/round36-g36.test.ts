/**
 * Round 36 (g36): the lead's answers built as classes. 366.1: a local `git tag -f` with no push in the input is a write
 * (git.ts); a push, forced or not, keeps it destructive. 366.3: a moving tag (`latest`, `stable`, `prod`, `live` …)
 * pointed at another image is a deploy, benign with the verb `deploy` (moving-tags.ts, read by crane, oras, skopeo,
 * regctl, `docker buildx imagetools create`, `gcloud artifacts docker tags add`, `az acr import`, `aws ecr put-image`).
 * 368.1: `pulumi env rm ENV` deletes the ESC environment (destructive); with a PATH one value goes (a write). 369.3: one
 * named cron line no safeguard's removed (`crontab -l | grep -v NAME | crontab -`, `sed -i '/NAME/d'` on a user crontab)
 * is a write; safeguards' names and `crontab -r` stay destructive. 370.4: `rsync --delete` with `--backup-dir` or
 * `--backup --suffix` keeps what it prunes: judged as a copy. 372.1: `ray stop --force` with no remote address is the
 * agent's own runtime. 372.7: `a2ensite maintenance` alone is maintenance mode on. And the readers mended: openocd's
 * `-cCMD`, avrdude's `-U` in a bundle. fix36-g36.yaml holds the neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const answer = batchAnswers();
const decide = (command: string): string => answer('command', command).decision;
const verbs = (command: string): string[] => ((answer('command', command) as unknown as { facts: { verbs?: string[] } | null }).facts?.verbs ?? []);

test('366.1: a local git tag -f is a write; with a push in the input it stays destructive', () => {
  for (const c of ['git tag -f v1.2.0', 'git tag -f v1.2.0 HEAD~1', 'git tag --force latest 4b825dc', 'git tag -fa v3 -m "move v3"']) assert.equal(decide(c), 'benign', c);
  for (const c of ['git tag -f v1 && git push origin v1', 'git tag -fa v3 -m x && git push origin v3 --force', 'git tag -f v1 && git push --follow-tags', 'git push --tags -f', 'git push origin :refs/tags/v1', 'git push --force origin refs/tags/v1']) assert.equal(decide(c), 'destructive', c);
});

test('366.3: a moving tag re-pointed is a deploy; a version tag is a write; deleting a moving tag stays destructive', () => {
  for (const c of ['crane tag ghcr.io/acme/app:2.3.1 latest', 'crane copy ghcr.io/acme/app:2.3.1 ghcr.io/acme/app:prod', 'oras tag ghcr.io/acme/app:2.3.1 stable', 'skopeo copy docker://ghcr.io/acme/app:2.3.1 docker://ghcr.io/acme/app:latest', 'regctl image copy r.io/a/b:1 r.io/a/b:live', 'docker buildx imagetools create -t ghcr.io/acme/app:latest ghcr.io/acme/app:2.3.2', 'gcloud artifacts docker tags add us-docker.pkg.dev/p/r/app:2.3.1 us-docker.pkg.dev/p/r/app:stable', 'az acr import --name reg --source reg.azurecr.io/app:2.3.1 --image app:latest --force', 'aws ecr put-image --repository-name app --image-tag latest --image-manifest "$M"']) {
    assert.equal(decide(c), 'benign', c);
    assert.ok(verbs(c).includes('deploy'), c);
  }
  for (const c of ['crane tag ghcr.io/acme/app:2.3.1 v2.3.1', 'skopeo copy docker://a.io/b:latest docker://a.io/b:2.3', 'aws ecr put-image --repository-name app --image-tag v2 --image-manifest "$M"', 'docker buildx imagetools create -t ghcr.io/acme/app:2.3.2 ghcr.io/acme/app:2.3.2-amd64']) {
    assert.equal(decide(c), 'benign', c);
    assert.ok(!verbs(c).includes('deploy'), c);
  }
  assert.equal(decide('crane delete ghcr.io/acme/app:latest'), 'destructive');
});

test('368.1: pulumi env rm of an environment destroys; one value removed is a write', () => {
  for (const c of ['pulumi env rm acme/payments/prod --yes', 'pulumi env remove acme/web/staging', 'pulumi env rm "$ENV" -y']) assert.equal(decide(c), 'destructive', c);
  for (const c of ['pulumi env rm acme/web/dev values.db.password', 'pulumi env rm acme/app/pr-412 -y', 'pulumi env ls', 'pulumi env get acme/web/dev']) assert.equal(decide(c), 'benign', c);
});

test("369.3: one named cron line no safeguard's is a write; safeguards, patterns and the whole table stay destructive", () => {
  for (const c of ['crontab -l | grep -v cleanup-tmp | crontab -', 'crontab -l | grep -vF report-mailer.sh | crontab -', "crontab -l | sed '/cache-warmer/d' | crontab -", "sed -i '/report-mailer/d' /var/spool/cron/crontabs/dev", "sudo sed -i '/cleanup-tmp/d' /var/spool/cron/dev"]) assert.equal(decide(c), 'benign', c);
  for (const c of ['crontab -l | grep -v backup | crontab -', 'crontab -l | grep -v certbot-renew | crontab -', 'crontab -l | grep -v freshclam-update | crontab -', 'crontab -l | grep -v log-shipper | crontab -', 'crontab -l | grep -v uptime-monitor | crontab -', 'crontab -l | grep -v photo-sync | crontab -', 'crontab -l | grep -v "report.*mail" | crontab -', 'crontab -l | grep -v prod-report | crontab -', 'crontab -r', "sed -i '/backup/d' /var/spool/cron/crontabs/root", "sed -i '/cleanup-tmp/d' /etc/crontab", "sed -i 's/cleanup/x/' /var/spool/cron/crontabs/dev"]) assert.equal(decide(c), 'destructive', c);
});

test('370.4: rsync --delete with a backup keeps what it prunes; without one, or over /etc, it stays destructive', () => {
  for (const c of ['rsync -a --delete --backup-dir=/srv/old/2026-12-07 dist/ /var/www/site/', 'rsync -a --delete --backup --suffix=.bak dist/ /var/www/site/', 'rsync -a --delete -b --suffix .old dist/ /var/www/site/', 'rsync -a --delete --backup --backup-dir=/mnt/backup/prev src/ /mnt/backup/x/']) assert.equal(decide(c), 'benign', c);
  // `--backup` alone keeps `NAME~` (the lead's answer 375.2, round 37): benign, in round37-g37.test.ts.
  for (const c of ['rsync -a --delete dist/ /var/www/site/', 'rsync -a --delete --backup-dir=/tmp/old ./etc/ /etc/', 'rsync -a --delete src/ /mnt/backup/x/']) assert.equal(decide(c), 'destructive', c);
});

test('372.1: ray stop --force here is a write; a remote address keeps it an outage', () => {
  for (const c of ['ray stop --force', 'ray stop', 'ray stop --force --address=auto']) assert.equal(decide(c), 'benign', c);
  for (const c of ['ray stop --force --address 10.0.0.5:6379', 'RAY_ADDRESS=http://ray-head.prod:8265 ray stop --force', 'ray stop --force --address "$HEAD"', 'ray down -y cluster.yaml']) assert.equal(decide(c), 'destructive', c);
});

test('372.7: a2ensite maintenance alone is maintenance mode on; a2dissite maintenance and other sites are writes', () => {
  for (const c of ['a2ensite maintenance', 'sudo a2ensite maintenance.conf', 'a2ensite maintenance && systemctl reload apache2']) assert.equal(decide(c), 'destructive', c);
  for (const c of ['a2dissite maintenance', 'a2ensite shop', 'a2ensite maintenance-notes']) assert.equal(decide(c), 'benign', c);
});

test('openocd reads -cCMD attached; avrdude reads -U after valueless options in a bundle; mosquitto reads -t only', () => {
  for (const c of ['openocd -f t.cfg -c"init; stm32f4x mass_erase 0; exit"', 'openocd -f t.cfg --command="stm32f1x unlock 0"', 'avrdude -p m328p -c usbasp -vU eeprom:w:blank.hex:i', 'avrdude -p m328p -c usbasp -Ueeprom:w:blank.hex:i', "mosquitto_sub -h m --topic='devices/#' --remove-retained"]) assert.equal(decide(c), 'destructive', c);
  for (const c of ['openocd -f t.cfg -c"program fw.elf verify reset exit"', 'avrdude -p m328p -c arduino -DUflash:w:fw.hex:i']) assert.equal(decide(c), 'benign', c);
  assert.equal(decide('openocd -f t.cfg -c"$CMDS"'), 'unknown');
});
