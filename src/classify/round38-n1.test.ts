/**
 * Round 38b (n1): the lead's answers 390.2, 392.3 and 392.5 built as classes. 390.2: a find sweep of one application's
 * own log folder removes its logs (filesystem.ts, isAppLogFolder in the find sweep); /var/log itself, the system's
 * records and the folder itself stay destructive (390.3). 392.3: a site file in sites-available (paths.ts
 * isUnenabledSiteFile). 392.5: merged remote branches under one person's prefix (disposable-listing.ts
 * remoteMergedFiltered). fix38-n1.yaml holds the neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const answer = batchAnswers();
const decide = (command: string, context?: Record<string, string>): string => answer('command', command, context).decision;
const ops = { cwd: '/home/ops', home: '/home/ops', host: 'web-prod-03' };

test('390.2: a find sweep of an application\'s own log folder removes its logs, not the folder', () => {
  for (const c of ['sudo find /var/log/nginx -type f -print0 | sudo xargs -0 rm -f', "find /var/log/nginx -name '*.gz' -delete", "ssh web-prod-3 'sudo find /var/log/nginx -name \"*.gz\" -delete'", 'find /opt/app/logs -type f -exec rm -f {} +', 'find /var/log/nginx -mindepth 1 -delete']) assert.equal(decide(c, ops), 'benign', c);
  for (const c of ['find /var/log/nginx -delete', 'find /var/log/nginx -exec rm -rf {} +', 'find /var/log/nginx -print0 | xargs -0 rm -rf', 'find /var/log -type f -delete', 'find /var/log/audit -type f -delete', 'find /var/log/journal -type f -delete', "find /var/log/nginx -path '*nginx*' -delete", 'find /var/log/mysql -type f -delete', 'find -L /var/log/nginx -type f -delete', 'find /var/log/nginx /etc/nginx -type f -delete', 'find /var/log/* -type f -delete', 'sudo rm -rf /var/log/nginx']) assert.equal(decide(c, ops), 'destructive', c);
});

test('392.3: a new site file in sites-available is a configuration write; sites-enabled and the default sites are not', () => {
  const write = (path: string, operation = 'write'): string => answer('file_write', { path, operation, content: 'server {\n  listen 80;\n}\n' }, { cwd: '/home/dev/app', home: '/home/dev' }).decision;
  for (const p of ['/etc/nginx/sites-available/ledger', '/etc/apache2/sites-available/shop.conf']) assert.equal(write(p), 'benign', p);
  for (const p of ['/etc/nginx/sites-enabled/ledger', '/etc/nginx/sites-available/default', '/etc/apache2/sites-available/000-default.conf', '/etc/apache2/sites-available/default-ssl.conf', '/etc/nginx/sites-available/../nginx.conf', '/etc/nginx/nginx.conf']) assert.equal(write(p), 'destructive', p);
  assert.equal(write('/etc/nginx/sites-available/ledger', 'delete'), 'destructive');
});

test('392.5: merged remote branches under one person\'s prefix deleted on the remote are a write', () => {
  const dev = { cwd: '/home/dev/app', home: '/home/dev' };
  for (const c of ["git branch -r --merged origin/main | grep 'origin/jo/' | sed 's#origin/##' | xargs -r -n1 git push origin --delete", "git branch -r --merged origin/main | grep origin/jo/ | sed 's/origin\\///' | xargs -n1 git push origin --delete", "git branch -r --merged | sed 's#origin/##' | grep '^jo/' | xargs -n1 git push --delete origin"]) assert.equal(decide(c, dev), 'benign', c);
  for (const c of ["git branch -r --merged origin/main | sed 's#origin/##' | xargs -r -n1 git push origin --delete", "git branch -r --merged origin/main | grep 'origin/feature/' | sed 's#origin/##' | xargs -r -n1 git push origin --delete", "git branch -r --no-merged origin/main | grep 'origin/jo/' | sed 's#origin/##' | xargs -r -n1 git push origin --delete", "git branch -r | grep 'origin/jo/' | sed 's#origin/##' | xargs -r -n1 git push origin --delete", "git branch -r --merged origin/main | grep 'origin/jo/' | sed 's#origin/##' | xargs -r -n1 git push upstream --delete", "git branch -r --merged origin/main | grep 'origin/jo/' | xargs -r -n1 git push origin --delete", "git branch -r --merged origin/main | grep -v 'origin/jo/' | sed 's#origin/##' | xargs -r -n1 git push origin --delete", "git branch -r --merged origin/main | grep 'production/jo/' | sed 's#production/##' | xargs -r -n1 git push production --delete"]) assert.equal(decide(c, dev), 'destructive', c);
});
