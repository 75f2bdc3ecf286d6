/**
 * Round 38 (bl38): content-management and shop tools as catalogue data (shell/tools/cms-catalogue.ts) and what a pattern
 * cannot say (shell/tools/cms-commands.ts): Drush, WP-CLI, Magento, Craft, TYPO3, Joomla, Symfony's bin/console, bench,
 * odoo-bin, Ghost-CLI, Strapi, Terminus; `php SCRIPT` read as the tool; their migrations under decision 33; SQL passed
 * through a CMS tool; DDEV and Lando as the dev tier; web-site caches under /var/www; maintenance flags; Drupal's cache
 * bins; one CMS item deleted over REST; Magento refunds and Odoo's database manager. fix38-bl38.yaml holds neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const answer = batchAnswers();
const PROD_HOST = { cwd: '/var/www/shop/current', home: '/home/deploy', host: 'shop-prod-web9.example.com' };
const LAPTOP = { cwd: '/home/dev/sites/agency', home: '/home/dev' };
const decide = (command: string, ctx: Record<string, string> = LAPTOP): string => answer('command', command, ctx).decision;
const each = (expected: string, commands: string[], ctx?: Record<string, string>): void => {
  for (const c of commands) assert.equal(decide(c, ctx), expected, c);
};

test('Drush: an alias first; drops, uninstalls, cancels and syncs onto another site lose; caches, one entity and pulls down do not', () => {
  each('destructive', ['drush @x.prod sql-drop -y', 'drush @x.prod pmu webform -y', 'drush @x.prod user:cancel jo -y', 'drush @x.prod user:block jo', 'drush @x.prod entity:delete node', 'drush sql-sync @self @x.prod -y', 'drush @x.prod state:set system.maintenance_mode 1', 'drush @x.prod updb -y', 'drush @x.prod cim -y']);
  each('benign', ['drush @x.prod cr', 'drush @x.prod entity:delete node 42', 'drush sql-sync @x.prod @self -y', 'drush @x.stage updb -y', 'drush @x.prod cim --preview=list --no', 'drush @x.prod watchdog:delete all -y']);
});

test('WP-CLI: an alias first; a forced delete of a list not fixed, a security plugin off and live search-replace lose', () => {
  each('destructive', ['wp @prod db reset --yes', 'wp @prod post delete $(wp post list --format=ids) --force', 'wp @prod plugin deactivate wordfence', 'wp @prod search-replace a.com b.com --all-tables', 'wp @prod user delete 4 --reassign=1', 'wp @prod maintenance-mode activate', "wp @prod db query 'DELETE FROM wp_postmeta'"]);
  each('benign', ['wp @prod cache flush', 'wp @prod post delete 12 --force', 'wp @prod post delete $(wp post list --format=ids)', 'wp @prod plugin delete hello', 'wp @prod search-replace a.com b.com --dry-run', 'wp search-replace a.com a.ddev.site --all-tables', "wp @prod db query 'SELECT 1'"]);
});

test('php SCRIPT is the tool: Magento, Craft and Joomla through php as when run directly', () => {
  each('destructive', ['php bin/magento maintenance:enable', 'php bin/magento module:uninstall Acme_X --remove-data', 'php bin/magento setup:upgrade', 'php craft off', 'php cli/joomla.php site:down'], PROD_HOST);
  each('benign', ['php bin/magento cache:flush', 'bin/magento cache:flush', 'php bin/magento setup:upgrade --dry-run=1', 'php craft clear-caches/all', 'php cli/joomla.php cache:clean'], PROD_HOST);
});

test('migrations: the site or database the tool names decides over the host it runs on', () => {
  const erp = { cwd: '/home/frappe/frappe-bench', home: '/home/frappe', host: 'erp-prod.example.com' };
  assert.equal(decide('bench --site staging.erp.example.com migrate', erp), 'benign');
  assert.equal(decide('bench --site erp.example.com migrate', erp), 'destructive');
  assert.equal(decide('./odoo-bin -c /etc/odoo.conf -d acme_staging -u all --stop-after-init', erp), 'benign');
  assert.equal(decide('./odoo-bin -c /etc/odoo.conf -d acme_prod -u all --stop-after-init', erp), 'destructive');
});

test('DDEV and Lando name the dev tier; an alias that names production still acts there', () => {
  each('benign', ['ddev drush sql-drop -y', 'lando wp db reset --yes', 'lando wp cache flush']);
  each('destructive', ['ddev drush @x.prod sql-drop -y', 'lando drush sql-sync @self @x.live -y']);
});

test('web-site trees: caches under /var/www are rebuildable, uploads are not; maintenance flags switch the site', () => {
  each('benign', ['rm -rf /var/www/shop/var/cache/*', 'rm -rf /var/www/blog/wp-content/cache/x', 'rm -rf /var/www/d/web/sites/default/files/styles', 'rm -f /var/www/blog/.maintenance', 'rm /var/www/shop/var/.maintenance.flag'], PROD_HOST);
  each('destructive', ['rm -rf /var/www/shop/pub/media', 'rm -rf /var/www/d/web/sites/default/files', 'rm -rf /var/www/x/../../lib/mysql', 'touch /var/www/shop/var/.maintenance.flag', 'touch /srv/portal/storage/framework/down'], PROD_HOST);
});

test('SQL and REST: Drupal cache bins, one CMS item, Magento refunds, Odoo database manager', () => {
  assert.equal(answer('sql', 'TRUNCATE cache_render;').decision, 'benign');
  assert.equal(answer('sql', 'TRUNCATE cache_render_archive;').decision, 'destructive');
  const http = (method: string, url: string, body?: string): string => answer('http_request', { method, url, ...(body === undefined ? {} : { body }) }).decision;
  assert.equal(http('DELETE', 'https://b.example.com/wp-json/wp/v2/posts/12?force=true'), 'benign');
  assert.equal(http('DELETE', 'https://b.example.com/wp-json/wp/v2/users/12?force=true&reassign=1'), 'destructive');
  assert.equal(http('DELETE', 'https://s.example.com/rest/V1/categories/3'), 'destructive');
  assert.equal(http('POST', 'https://s.example.com/rest/V1/invoice/5/refund', '{}'), 'destructive');
  assert.equal(http('POST', 'https://erp.example.com/web/database/restore', 'name=prod'), 'destructive');
  assert.equal(http('POST', 'https://erp.example.com/web/database/backup', 'name=prod'), 'benign');
});

test('artisan key:generate --force replaces the key in use; --show prints', () => {
  assert.equal(decide('php artisan key:generate --force', PROD_HOST), 'destructive');
  assert.equal(decide('php artisan key:generate --show', PROD_HOST), 'benign');
});
