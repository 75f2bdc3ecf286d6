/**
 * Round 34 (a34): the lead's answers 350.2 (a Cloud Run or Cloud Scheduler job run by name is a write; one named for
 * destroying is answer 336.7's unseen script), 351.1-2 (`rsync` without `--delete` onto another host judged by scp's rule:
 * its system paths, and build output onto a host named for production), 354.1 (git-extras' `git delete-tag`) and 354.3
 * (`htpasswd -c`/`mosquitto_passwd -c` judged as the overwrite of the file they name); the Kubernetes API's collection
 * delete read as kubectl reads the same delete. fix34-a34.yaml holds the neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const answer = batchAnswers();
const decide = (command: string): string => answer('command', command).decision;

test('answer 350.2: a job run by name is a write; a name that says it destroys is unknown, whichever gcloud command runs it', () => {
  for (const c of ['gcloud run jobs execute nightly-etl', 'gcloud scheduler jobs run nightly-report --location us-central1', 'gcloud run jobs execute cleanup-tmp --region us-central1', 'gcloud run jobs execute dropdown-sync', 'gcloud beta run jobs execute reset-cache']) assert.equal(decide(c), 'benign', c);
  for (const c of ['gcloud run jobs execute purge-expired-sessions', 'gcloud scheduler jobs run purge-expired-sessions --location us-central1', 'gcloud beta run jobs execute nuke-cache', 'gcloud run jobs execute --region us-central1 drop-old-partitions', 'gcloud run jobs execute reset-all-tenants', 'gcloud run jobs execute projects/acme/locations/us-central1/jobs/wipe-sandbox']) assert.equal(decide(c), 'unknown', c);
  // The job's own lifecycle keeps its verbs: a delete is a delete, a describe a read.
  assert.equal(decide('gcloud run jobs delete nightly-etl'), 'destructive');
  assert.equal(decide('gcloud run jobs describe purge-expired-sessions'), 'benign');
});

test("answer 351.1: rsync without --delete onto another host's system path is scp's overwrite; its home, /tmp, backups and a pull are not", () => {
  for (const c of ['rsync -a nginx.conf admin@web1:/etc/nginx/', 'rsync -a ./bin/ root@h:/usr/local/bin/', 'rsync -a x root@h:/etc/backup/', 'rsync -a --ignore-existing deploy root@h:/etc/sudoers.d/', 'rsync -a ./opt/ root@box:/']) assert.equal(decide(c), 'destructive', c);
  for (const c of ['rsync -a notes.md box:/home/me/', 'rsync -a f.tar.gz host:/tmp/', 'rsync -a /etc/nginx/ backup01:/srv/backups/web01/nginx/', 'rsync -a web1:/etc/nginx/ ./review/', 'rsync -a -n nginx.conf admin@web1:/etc/nginx/', 'rsync -a ./exports/ nas::exports/']) assert.equal(decide(c), 'benign', c);
  // scp answers the same through the one rule.
  assert.equal(decide('scp -r /etc/nginx/ backup01:/srv/backups/web01/nginx/'), 'benign');
  assert.equal(decide('scp nginx.conf admin@web1:/etc/nginx/'), 'destructive');
  // A host named for backups holds copies: a mirror onto it is a backup made, outside its own configuration and programs.
  for (const c of ['rsync -avz /srv/app/ backup01:/srv/app/', 'scp -r /var/lib/pg/dump root@db-backup-2:/srv/pg/']) assert.equal(decide(c), 'benign', c);
  for (const c of ['rsync -a x root@backup01:/etc/ssh/', 'rsync -a /srv/app/ web02:/srv/app/', 'rsync -a x backupserver:/srv/x']) assert.equal(decide(c), 'destructive', c);
});

test('answer 351.2: build output onto a host named for production stays destructive by rsync as by scp; elsewhere it is a deploy', () => {
  for (const c of ['rsync -av ./dist/ deploy@web-prod-1:/var/www/shop/', 'rsync -az build/ deploy@prod-web-2:/srv/app/releases/88/', 'scp -r dist deploy@web-prod-1:/var/www/shop/']) assert.equal(decide(c), 'destructive', c);
  for (const c of ['rsync -av ./dist/ deploy@web1:/var/www/shop/', 'rsync -avz build/ deploy@web1:/srv/app/releases/42/', 'rsync -av ./dist/ deploy@staging-web-1:/var/www/shop/', 'rsync -az ./dist/app.tar.gz deploy@web-prod-1:/tmp/']) assert.equal(decide(c), 'benign', c);
  // Other sources, the shared root and data steps stay system paths.
  for (const c of ['rsync -a src/ deploy@web1:/var/www/shop/', 'rsync -a dist/ deploy@web1:/var/www/', 'rsync -a dist/ deploy@web1:/var/www/shop/uploads/']) assert.equal(decide(c), 'destructive', c);
});

test('answer 354.1: git-extras delete-tag deletes a published tag; local tag removal and merged-branch clean-up do not', () => {
  for (const c of ['git delete-tag v1.2.0', 'git -C ~/src/api delete-tag v0.9.1']) assert.equal(decide(c), 'destructive', c);
  for (const c of ['git tag -d v1.2.0', 'git delete-merged-branches', 'git delete-tag --help']) assert.equal(decide(c), 'benign', c);
});

test('answer 354.3: -c rewrites the password file it names, judged as its overwrite; without -c one entry is written', () => {
  for (const c of ['htpasswd -c /etc/nginx/.htpasswd admin', 'htpasswd -bc /etc/nginx/.htpasswd u p', 'sudo mosquitto_passwd -c /etc/mosquitto/passwd s1', 'htpasswd -c /srv/app/.htpasswd u', 'htpasswd -D /etc/nginx/.htpasswd bob']) assert.equal(decide(c), 'destructive', c);
  for (const c of ['htpasswd -c .htpasswd admin', 'htpasswd -cb /tmp/t.htpasswd u p', 'mosquitto_passwd -c -H sha512 ./config/passwd dev', 'htpasswd -c -C 12 -B docker/registry/htpasswd u', 'htpasswd /etc/nginx/.htpasswd admin', 'mosquitto_passwd -b /etc/mosquitto/passwd u p', 'htpasswd -nbB admin pw', 'htpasswd -v /etc/nginx/.htpasswd olga']) assert.equal(decide(c), 'benign', c);
});

test("the Kubernetes API's collection delete reads as kubectl's: finished objects by field selector, no-data kinds in a dev namespace", () => {
  const del = (url: string): string => answer('http_request', { method: 'DELETE', url }).decision;
  const k = 'https://10.0.0.1:6443';
  for (const u of [`${k}/apis/batch/v1/namespaces/payments/jobs?fieldSelector=status.successful%3D1`, `${k}/api/v1/namespaces/web/pods?fieldSelector=status.phase%3DFailed`, `${k}/apis/batch/v1/namespaces/ci/jobs?labelSelector=status%3Dsucceeded`, `${k}/apis/apps/v1/namespaces/dev/deployments`]) assert.equal(del(u), 'benign', u);
  for (const u of [`${k}/apis/batch/v1/namespaces/payments/jobs?fieldSelector=status.successful%3D0`, `${k}/apis/batch/v1/namespaces/payments/jobs?fieldSelector=status.successful%3D1,metadata.name%3Dx`, `${k}/apis/batch/v1/namespaces/payments/jobs?fieldSelector=status.successful%3D1&gracePeriodSeconds=0`, `${k}/api/v1/namespaces/dev/persistentvolumeclaims`, 'https://k8s-prod.acme.io:6443/apis/batch/v1/namespaces/ci/jobs', `${k}/apis/batch/v1/namespaces/payments/jobs?labelSelector=app%3Dx`]) assert.equal(del(u), 'destructive', u);
});
