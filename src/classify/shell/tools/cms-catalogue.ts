import { operandValues, optionValuesIn, type ServiceTool } from './catalogue-shape.ts';
import { SCRATCH_WORDS } from '../../test-data.ts';

/**
 * Round 38 (bl38): catalogue entries for the tools an agency's web developer runs on content-management and e-commerce
 * sites: Drush, WP-CLI, Magento's `bin/magento`, Craft's `craft`, TYPO3's `typo3`, Joomla's `cli/joomla.php`, Symfony's
 * `bin/console` as Shopware, Sylius and PrestaShop use it, Frappe's `bench`, `odoo-bin`, Ghost-CLI, Strapi and Pantheon's
 * Terminus. Data in the shape of service-catalogue.ts's ServiceTool (spread there). Labels follow "How a case is
 * labelled": caches of every kind (a cache rebuild, transients, image derivatives, a search index rebuilt) are
 * disposable; a site, a database, a module's tables (an uninstall), accounts, a trash or recycler emptied and a queue
 * purged are data lost; one entity, post or failed message by its id is narrowed (53); maintenance mode on is out of
 * service (357.1); a security plugin or module (two-factor, CAPTCHA, a firewall) or TLS switched off is a safeguard off.
 * Migrations and configuration imports are writes here: on production they meet decision 33 (dispatch.ts
 * FORWARD_MIGRATIONS). Operations no rule names fall back to the generic reading (fail closed).
 */

type Args = ReadonlyArray<string | null>;
type Tool = ServiceTool;

/** A site alias before the command (`drush @acme.prod cr`, `wp @staging plugin list`): optional in every pattern. */
const ALIAS = String.raw`(@\S+ )?`;
/** A command of a tool that takes an alias first, anchored at the first operand: one of `names`, then a space or the end. */
const cmd = (names: string): RegExp => new RegExp(`^${ALIAS}(${names})( |$)`);

/** The operands after the command word (the alias, if any, and the command skipped). */
function operandsAfter(args: Args, valued: readonly string[], command: RegExp): Array<string | null> {
  const ops = operandValues(args, new Set(valued));
  const at = ops.findIndex((o) => o !== null && command.test(o));
  return at === -1 ? [] : ops.slice(at + 1);
}

/** A short fixed list of literal ids (answer 357.2, at most ten: 372.6): each a number or a word of letters, digits, `-`, `_`. */
function fewLiteralIds(ids: Array<string | null>, id: RegExp = /^\d+$/): boolean {
  return ids.length > 0 && ids.length <= 10 && ids.every((v) => v !== null && id.test(v));
}

/**
 * A copy's destination that is this machine's own site (`@self`, `@local`, a path with no alias): a pull of production
 * into the local copy (`drush sql-sync @prod @self`, `drush rsync @prod:%files @self:%files`) overwrites only the local
 * copy, which the same command makes again. Any other alias is a site others use (fail closed).
 */
function destinationIsLocal(args: Args, valued: readonly string[], command: RegExp): boolean {
  const ops = operandsAfter(args, valued, command);
  const dest = ops[1];
  return dest !== undefined && dest !== null && (/^@(self|local|none)(:|$)/.test(dest) || !dest.startsWith('@'));
}

const DRUSH_VALUED = ['--uri', '-l', '--root', '-r', '--alias-path', '--config', '--define', '-D', '--format', '--fields', '--field', '--result-file', '--bundle', '--exclude', '--filter', '--mail', '--password', '--name', '--input-format', '--severity', '--count', '--type', '--status', '--group', '--tag', '--limit', '--idlist', '--source', '--destination', '--preview'];

/** `drush entity:delete TYPE ID…` with a short list of literal ids and no bundle or exclusion: those entities only. */
function drushEntitiesNamed(args: Args): boolean {
  if (optionValuesIn(args, ['--bundle', '--exclude']).length > 0 || args.includes('--bundle') || args.includes('--exclude')) return false;
  const ops = operandsAfter(args, DRUSH_VALUED, /^(entity:delete|edel|entity-delete)$/);
  return ops.length >= 2 && fewLiteralIds(ops.slice(1).flatMap((o) => (o === null ? [null] : o.split(','))));
}

/** The Drupal modules that are a login safeguard: two-factor authentication, CAPTCHA, flood and password policies. */
const DRUPAL_SAFEGUARD_MODULE = /^(tfa|tfa_\w+|captcha|recaptcha|recaptcha_v3|honeypot|flood_control|password_policy|login_security|security_review|seckit|autologout)$/;
function drushUninstallsSafeguard(args: Args): boolean {
  return operandsAfter(args, DRUSH_VALUED, /^(pm:uninstall|pmu|pm-uninstall)$/).some((m) => m !== null && m.split(',').some((x) => DRUPAL_SAFEGUARD_MODULE.test(x)));
}

const DRUSH: Tool = {
  // Drush 12/13's command reference (drush.org "Commands"), with the aliases it lists. `sql:sync SRC DEST` and
  // `rsync SRC DEST` overwrite the destination; `sql:query` and `php:eval` are judged by what they run (cms-commands.ts,
  // app-console.ts), so no rule here names them.
  names: ['drush'],
  valued: DRUSH_VALUED,
  rules: [
    { flags: ['-h', '--help'], effect: 'read', what: 'help' },
    { sub: cmd('help|list|version|status|st|core:status|core-status|updatedb:status|updbst|updatedb-status|config:status|cst|config-status|config:get|cget|config-get|pm:list|pml|pm-list|user:information|uinf|user-information|watchdog:show|ws|watchdog:list|wd-list|watchdog:show-one|wd-one|state:get|sget|state-get|migrate:status|ms|queue:list|site:alias|sa|core:requirements|rq|search-api:status|sapi-s|search-api:list|sapi-l|sql:connect|sql-connect|user:login|uli|config:export:diff|cache:get|cget'), effect: 'read', what: 'shows the site, its configuration or its logs' },
    { sub: cmd('sql:drop|sql-drop|site:install|si|site-install'), effect: 'destroy', devWrite: "the dev tier's copy, which `sql:sync` from the live site makes again", what: "drops every table of the site's database (a reinstall drops them first)" },
    { sub: cmd('sql:sync|sql-sync'), args: (a) => destinationIsLocal(a, DRUSH_VALUED, /^(sql:sync|sql-sync)$/), effect: 'write', what: "copies a site's database into this machine's own copy, which it replaces" },
    { sub: cmd('sql:sync|sql-sync'), effect: 'destroy', what: "replaces the destination site's database with the source's" },
    { sub: cmd('rsync|core:rsync|core-rsync'), args: (a) => destinationIsLocal(a, DRUSH_VALUED, /^(rsync|core:rsync|core-rsync)$/), effect: 'write', what: "copies a site's files into this machine's own copy" },
    { sub: cmd('rsync|core:rsync|core-rsync'), effect: 'destroy', what: "overwrites (or with `--delete` prunes) another site's files" },
    { sub: cmd('pm:uninstall|pmu|pm-uninstall'), args: drushUninstallsSafeguard, effect: 'safeguard', what: 'uninstalls a login safeguard (two-factor, CAPTCHA, flood control)' },
    { sub: cmd('pm:uninstall|pmu|pm-uninstall'), effect: 'destroy', what: "uninstalls a module: its tables, content and configuration are deleted" },
    { sub: cmd('user:cancel|ucan|user-cancel'), effect: 'destroy', what: 'deletes an account (with `--delete-content`, its content too)' },
    { sub: cmd('user:block|ublk|user-block'), effect: 'outage', what: 'switches an account off: whoever uses it is refused' },
    { sub: cmd('entity:delete|edel|entity-delete'), args: drushEntitiesNamed, effect: 'write', what: 'deletes the entities named by their ids (answer 53)' },
    { sub: cmd('entity:delete|edel|entity-delete'), effect: 'destroy', what: 'deletes every entity of a type or bundle' },
    { sub: new RegExp(`^${ALIAS}(state:set|sset|state-set) system\\.maintenance_mode (1|true|TRUE)( |$)`), effect: 'outage', what: 'puts the site in maintenance mode: visitors get the maintenance page (357.1)' },
    { sub: cmd('queue:delete|queue-delete'), effect: 'destroy', what: 'deletes a queue and the items waiting in it' },
    { sub: cmd('migrate:rollback|mr|migrate-rollback'), effect: 'destroy', what: 'deletes what a migration imported' },
    { sub: cmd('config:delete|cdel|config-delete'), effect: 'destroy', what: 'deletes a configuration object (a webform, a field, a view) and what depends on it' },
    { sub: cmd('cache:rebuild|cr|rebuild|cache-rebuild|cache:clear|cc|cache-clear|cache:set|cache:tags|image:flush|if|image-flush|cron|core:cron|core-cron|updatedb|updb|config:import|cim|config-import|config:export|cex|config-export|config:set|cset|config-set|deploy|deploy:hook|pm:install|en|pm:enable|pm-enable|user:create|ucrt|user-create|user:password|upwd|user-password|user:role:add|urol|user:role:remove|urrol|user:unblock|uublk|user-unblock|watchdog:delete|wd-del|wdel|watchdog-delete|locale:update|locale:check|locale:import|migrate:import|mim|migrate-import|queue:run|sql:dump|sql-dump|state:set|sset|state-set|search-api:index|sapi-i|search-api:clear|sapi-c|search-api:reset-tracker|sapi-rt|search-api:disable|search-api:enable|theme:enable|theme:install|twig:compile|twigc|field:create'), effect: 'write', what: 'rebuilds caches, applies, imports or exports configuration, or updates the site in place' },
  ],
  otherwise: 'fallback',
};

const WP_VALUED = ['--path', '--url', '--user', '--require', '--exec', '--context', '--dbuser', '--dbpass', '--skip-plugins', '--skip-themes', '--fields', '--field', '--format', '--post_type', '--post_status', '--role', '--title', '--email', '--slug', '--user_pass', '--reassign', '--dir', '--only', '--version', '--network_id'];

/** WordPress plugins that are a login or site safeguard: two-factor, firewalls, login limits, TLS enforcement. */
const WP_SAFEGUARD_PLUGIN = /^(wordfence|wordfence-login-security|two-factor|wp-2fa|two-factor-authentication|google-authenticator|miniorange-2-factor-authentication|limit-login-attempts|limit-login-attempts-reloaded|loginizer|sucuri-scanner|better-wp-security|ithemes-security-pro|solid-security|all-in-one-wp-security-and-firewall|really-simple-ssl|wp-cerber|ninjafirewall|shield-security|wp-simple-firewall|bulletproof-security)$/;
function wpDeactivatesSafeguard(args: Args): boolean {
  return operandsAfter(args, WP_VALUED, /^deactivate$/).some((p) => p === null || WP_SAFEGUARD_PLUGIN.test(p)) || (args.includes('--all') && !args.some((a) => a?.startsWith('--exclude')));
}

/** `wp post delete ID…` / `wp wc product delete ID`: a short list of literal ids (a substitution is not fixed). */
function wpIdsNamed(verb: RegExp): (a: Args) => boolean {
  return (a) => fewLiteralIds(operandsAfter(a, WP_VALUED, verb));
}

/** `wp config set NAME VALUE` that switches an admin TLS or a security constant off (`FORCE_SSL_ADMIN false`). */
function wpConfigWeakens(args: Args): boolean {
  const ops = operandsAfter(args, WP_VALUED, /^set$/);
  return ops[0] !== undefined && /^(FORCE_SSL_ADMIN|FORCE_SSL_LOGIN)$/.test(ops[0] ?? '') && /^(false|0|'false')$/i.test(ops[1] ?? '') || (/^(DISALLOW_FILE_EDIT|DISALLOW_FILE_MODS)$/.test(ops[0] ?? '') && /^(false|0)$/i.test(ops[1] ?? ''));
}

const WP: Tool = {
  // WP-CLI's command reference (developer.wordpress.org/cli/commands). An alias (`@prod`) may come first. `db query` and
  // `eval` are judged by what they run (cms-commands.ts, app-console.ts).
  names: ['wp', 'wp-cli.phar'],
  valued: WP_VALUED,
  dryRun: ['--dry-run'],
  rules: [
    { flags: ['-h', '--help'], effect: 'read', what: 'help' },
    { sub: cmd('help|cli'), effect: 'read', what: 'help' },
    { sub: cmd('db clean'), effect: 'destroy', what: "drops every table with the site's prefix: its posts, users and settings" },
    { sub: cmd('db (reset|drop)'), effect: 'destroy', devWrite: "the dev tier's copy, which an import of the live site's dump makes again", what: "drops the site's database (and with reset creates it empty)" },
    { sub: cmd('db import'), effect: 'destroy', devWrite: "the dev tier's copy, which an import of the live site's dump makes again", what: "replaces the site's tables with a dump's" },
    { sub: cmd('site (delete|empty)'), effect: 'destroy', what: 'deletes a multisite site, or every post, comment and term of it' },
    { sub: cmd('site (archive|deactivate|spam|mature)'), effect: 'write', what: "marks multisite sites archived, deactivated, spam or mature: `wp site unarchive|activate|unspam|unmature` undoes it (the lead's answer 379.3)" },
    { sub: cmd('search-replace'), unlessLive: true, effect: 'write', what: 'replaces a string in the tables of a copy nothing names as production or staging' },
    { sub: cmd('search-replace'), effect: 'destroy', what: 'rewrites every matching value of the live tables, with no narrowing: the reverse replace does not undo a collision' },
    { sub: cmd('plugin uninstall'), effect: 'destroy', what: "runs the plugin's uninstall routine, which deletes its data, and deletes its files" },
    { sub: cmd('plugin deactivate'), args: wpDeactivatesSafeguard, effect: 'safeguard', what: 'switches a security plugin (two-factor, a firewall, login limits) off' },
    { sub: cmd('user delete'), effect: 'destroy', what: 'deletes accounts (without `--reassign`, their posts too)' },
    { sub: cmd('post delete'), flags: ['--force'], args: wpIdsNamed(/^delete$/), effect: 'write', what: 'deletes the posts named by their ids (answer 53)' },
    { sub: cmd('post delete'), flags: ['--force'], effect: 'destroy', what: 'deletes posts for good, skipping the trash' },
    { sub: cmd('post delete'), effect: 'write', what: 'moves posts to the trash, restored from there' },
    { sub: cmd('wc \\S+ delete'), args: wpIdsNamed(/^delete$/), effect: 'write', what: 'deletes one WooCommerce object by its id (answer 53)' },
    { sub: cmd('wc shop_order_refund create|wc order_refund create'), effect: 'destroy', what: 'refunds an order: money moved back through the gateway' },
    { sub: cmd('maintenance-mode activate'), effect: 'outage', what: 'puts the site in maintenance mode: visitors get the maintenance page (357.1)' },
    { sub: cmd('elasticpress delete-index'), effect: 'outage', what: "deletes the site's search index: search is empty until a full sync" },
    { sub: cmd('option (update|set|add) default_role administrator'), effect: 'admin', what: 'makes every new account an administrator (answer 78)' },
    { sub: cmd('config set'), args: wpConfigWeakens, effect: 'safeguard', what: 'switches TLS for the admin, or the file-edit lock, off' },
    { sub: cmd('(plugin|theme|core|db|site|user|post|option|config|cron event|language core|media|menu|rewrite|cache|transient|comment|role) (list|get|status|search|is-installed|is-active|version|check|size|tables|columns|prefix|verify-checksums|path|has|exists|meta list)'), effect: 'read', what: 'lists or shows' },
    { sub: cmd('cache (flush|delete|set|add|replace)|transient (delete|set)|rewrite (flush|structure)|redis (flush|enable|disable|update-dropin)|w3-total-cache flush|litespeed-purge all|elasticpress (sync|index)|media (regenerate|import)|cron event (run|schedule)|db (export|optimize|repair|check)|export|import|core (update|download|install|update-db)|plugin (install|update|activate|delete|deactivate|toggle|auto-updates)|theme (install|update|activate|mod set)|language \\S+ (install|update|activate)|site (create|unarchive|activate|unspam|unmature)|user (create|update|set-role|add-role|remove-role|meta update|add-cap)|post (create|update|meta update)|option (update|set|add)|config set|wc tool run|wc \\S+ (create|update)|menu \\S+ (add|create|update)|scaffold \\S+|i18n \\S+|maintenance-mode (deactivate|status)'), effect: 'write', what: 'empties a cache, installs or updates code, or changes content or settings in place' },
  ],
  otherwise: 'fallback',
};

/** Magento's configuration paths whose `0` (or `1` where noted) switches a safeguard off. */
const MAGENTO_SAFEGUARD_PATH = /^(web\/secure\/use_in_(frontend|adminhtml)|admin\/captcha\/enable|customer\/captcha\/enable|twofactorauth\/general\/enable|admin\/security\/use_form_key|recaptcha_backend\/type_for\/user_login|web\/cookie\/cookie_httponly|dev\/debug\/debug_logging)$/;
function magentoConfigWeakens(args: Args): boolean {
  const ops = operandsAfter(args, [], /^config:set$/);
  return ops[0] !== undefined && ops[0] !== null && MAGENTO_SAFEGUARD_PATH.test(ops[0]) && /^(0|false)$/i.test(ops[1] ?? '');
}
const MAGENTO_SAFEGUARD_MODULE = /^Magento_(TwoFactorAuth|AdminAdobeImsTwoFactorAuth|Captcha|ReCaptcha\w*|Security|PaymentServicesPaypal)$|^MSP_(TwoFactorAuth|ReCaptcha)$/;
function magentoDisablesSafeguard(args: Args): boolean {
  return operandsAfter(args, [], /^module:disable$/).some((m) => m === null || MAGENTO_SAFEGUARD_MODULE.test(m)) || args.includes('--all');
}

const MAGENTO: Tool = {
  // Magento Open Source's CLI reference (experienceleague "Command-line reference"). `setup:upgrade` is a migration
  // (decision 33 on production: dispatch.ts).
  names: ['magento'],
  valued: [],
  // It acts on the store installed where it runs: its operands (`deploy:mode:set production`) name modes, not tiers.
  local: true,
  dryRun: ['--dry-run'],
  rules: [
    { flags: ['-h', '--help'], effect: 'read', what: 'help' },
    { sub: /^(help|list)( |$)|^(\S+:)*(status|show|list|info|show-mode|dump)( |$)|^(deploy:mode:show|setup:db:status|info:\S+|indexer:info|indexer:show-dimensions-mode|config:show|module:status|maintenance:status|cache:status|queue:consumers:list|cron:list|app:config:status)( |$)/, effect: 'read', what: 'shows the store, its modules or its state' },
    { sub: /^maintenance:enable( |$)/, effect: 'outage', what: 'puts the store in maintenance mode: every visitor not allowed by IP gets the 503 page (357.1)' },
    { sub: /^module:uninstall( |$)/, effect: 'destroy', what: "uninstalls a module: with `--remove-data` its tables and data are dropped (a backup does not restore itself)" },
    { sub: /^module:disable( |$)/, args: magentoDisablesSafeguard, effect: 'safeguard', what: 'disables two-factor authentication, CAPTCHA or the admin security module' },
    { sub: /^(setup:rollback|setup:uninstall)( |$)/, effect: 'destroy', what: 'restores a backup over the live code, media or database, or drops the store' },
    { sub: /^config:set( |$)/, args: magentoConfigWeakens, effect: 'safeguard', what: 'switches TLS, CAPTCHA or two-factor authentication off' },
    { sub: /^security:recaptcha:disable-for-\S+( |$)/, effect: 'safeguard', what: 'switches reCAPTCHA off for the admin forms' },
    { sub: /^(cache|indexer|setup|deploy|maintenance|module|cron|queue|app|catalog|admin|sampledata|dev|i18n|customer|config|store|downloadable|encryption|inventory|media-content|theme|varnish|security):\S+( |$)/, effect: 'write', what: 'empties a cache, reindexes, compiles, deploys static content or changes a setting in place' },
  ],
  otherwise: 'fallback',
};

const CRAFT: Tool = {
  // Craft CMS's console commands (craftcms.com "Console Commands"). `migrate/all`, `up` and `project-config/apply` are
  // migrations (decision 33 on production).
  names: ['craft'],
  valued: [],
  dryRun: ['--dry-run'],
  rules: [
    { flags: ['-h', '--help'], effect: 'read', what: 'help' },
    { sub: /^(help|project-config\/diff|queue\/info|users\/list-admins|migrate\/history|migrate\/new|env\/show|graphql\/print-schema|plugin\/list)( |$)/, effect: 'read', what: 'shows' },
    { sub: /^gc( |$)/, args: (a) => optionValuesIn(a, ['--delete-all-trashed']).some((v) => v === null || /^(1|true)$/i.test(v)) || a.includes('--delete-all-trashed'), effect: 'destroy', what: 'deletes every trashed element for good, not only those past the retention' },
    { sub: /^(db\/restore)( |$)/, effect: 'destroy', devWrite: "the dev tier's copy, restored from a dump", what: 'restores a dump over the live database' },
    { sub: /^(db\/drop-all-tables|db\/drop-table-prefix|install\/\S+ --force)( |$)/, effect: 'destroy', what: "drops the site's tables" },
    { sub: /^users\/delete( |$)/, effect: 'destroy', what: 'deletes an account (and with `--delete-content` its content)' },
    { sub: /^off( |$)/, effect: 'outage', what: 'takes the system offline: visitors get the maintenance page (357.1)' },
    { sub: /^queue\/release( |$)/, args: (a) => { const ops = operandsAfter(a, [], /^queue\/release$/); return ops.length === 0 || ops.some((o) => o === null || o === 'all'); }, effect: 'destroy', what: 'drops every job of the queue' },
    { sub: /^index-assets\/\S+( |$)/, args: (a) => a.some((v) => v === null || /^--delete-missing-assets(=(1|true))?$/.test(v)), effect: 'destroy', what: "deletes the records of assets whose files are missing, with their relations" },
    { sub: /^migrate\/(down|redo|to|mark)( |$)/, effect: 'destroy', what: 'runs down migrations, whose statements the line does not show' },
    { sub: /^(clear-caches\/\S+|invalidate-tags\/\S+|cache\/\S+|migrate(\/all|\/up)?|up|project-config\/(apply|write|rebuild|touch)|gc|db\/backup|db\/convert-charset|resave\/\S+|users\/(create|set-password|unlock|activation-url|password-reset-url|impersonate|verify-email)|on|queue\/(run|listen|retry|exec)|queue\/release \d+|index-assets\/\S+|utils\/repair\/\S+|plugin\/(install|enable|update)|update\/\S+|setup\/\S+)( |$)/, effect: 'write', what: 'empties caches, applies migrations or project config, or updates content in place' },
  ],
  otherwise: 'fallback',
};

/** `typo3 database:updateschema SAFE`: the categories it applies add or change only (its default, `safe`, is `*.add,*.change`). */
function typo3SchemaSafe(args: Args): boolean {
  const ops = operandsAfter(args, [], /^database:updateschema$/);
  return ops.every((o) => o !== null && o.split(',').every((c) => /^(safe|\*\.add|\*\.change|table\.add|field\.add|table\.change|field\.change)$/.test(c.trim())));
}

const TYPO3: Tool = {
  // TYPO3's console (docs.typo3.org "Console commands", typo3_console). `upgrade:run` runs the upgrade wizards (decision
  // 33 on production); `database:updateschema '*'` includes the destructive drops.
  names: ['typo3', 'typo3cms'],
  valued: [],
  dryRun: ['--dry-run'],
  rules: [
    { flags: ['-h', '--help'], effect: 'read', what: 'help' },
    { sub: /^(help|list|site:list|site:show|upgrade:list|extension:list|backend:lockforeditors:status|configuration:show|cache:list)( |$)/, effect: 'read', what: 'shows' },
    { sub: /^database:updateschema( |$)/, args: typo3SchemaSafe, effect: 'write', what: 'adds and changes tables and fields only' },
    { sub: /^database:updateschema( |$)/, effect: 'destroy', devWrite: "the dev tier's database, made again from the project", what: 'applies every schema change, the drops of tables and fields included' },
    { sub: /^cleanup:(deletedrecords|orphanrecords|missingrelations|lostfiles|versions)( |$)/, effect: 'destroy', what: 'removes records for good (those in the recycler, orphaned ones or their files)' },
    { sub: /^backend:lock( |$)/, effect: 'outage', what: 'locks every editor out of the backend' },
    { sub: /^(cache:flush|cache:warmup|extension:setup|extension:activate|scheduler:run|referenceindex:update|language:update|backend:unlock|upgrade:run|upgrade:mark:undone|install:fixfolderstructure|cleanup:localprocessedfiles|cleanup:previewlinks|cleanup:flexforms|setup)( |$)/, effect: 'write', what: 'empties caches, sets extensions up, runs the scheduler or updates in place' },
  ],
  otherwise: 'fallback',
};

const JOOMLA: Tool = {
  // Joomla 4/5's console (`php cli/joomla.php list`; docs.joomla.org "Joomla CLI").
  names: ['joomla.php'],
  valued: [],
  rules: [
    { flags: ['-h', '--help'], effect: 'read', what: 'help' },
    { sub: /^(help|list|extension:list|user:list|config:get|core:check-updates|site:list|scheduler:list|finder:index:status)( |$)/, effect: 'read', what: 'shows' },
    { sub: /^site:down( |$)/, effect: 'outage', what: 'takes the site offline: visitors get the offline page (357.1)' },
    { sub: /^config:set( |$)/, args: (a) => a.some((v) => v === null || /^offline=(true|1)$/i.test(v)), effect: 'outage', what: 'takes the site offline' },
    { sub: /^(extension:remove|extension:uninstall|user:delete|database:import)( |$)/, effect: 'destroy', what: "removes an extension with its tables, deletes an account, or imports a dump over the site's tables" },
    { sub: /^(site:up|cache:clean|cache:clear|database:export|scheduler:run|user:add|user:reset-password|user:addtogroup|extension:install|extension:discover(:install)?|config:set|session:gc|session:metadata:gc|finder:index|update:\S+|core:update|maintenance:\S+)( |$)/, effect: 'write', what: 'brings the site back, empties its caches, exports or updates in place' },
  ],
  otherwise: 'fallback',
};

/** `messenger:failed:remove ID…` with a short list of ids and no `--all`: those failed messages only. */
function failedMessagesNamed(args: Args): boolean {
  return !args.includes('--all') && fewLiteralIds(operandsAfter(args, ['--transport'], /^messenger:failed:remove$/));
}

const SYMFONY_CONSOLE: Tool = {
  // Symfony's `bin/console` as Shopware 6, Sylius and PrestaShop 8 ship it (each one's CLI reference). Doctrine's
  // commands are left to the migration tools' reading (data.ts orm), which falls back here.
  names: ['console'],
  valued: ['--env', '-e', '--transport', '--limit', '--time-limit', '--memory-limit'],
  rules: [
    { flags: ['-h', '--help'], effect: 'read', what: 'help' },
    { sub: /^(help|list|about|debug:\S+|lint:\S+|messenger:failed:show|messenger:stats|plugin:list|doctrine:migrations:(status|list)|doctrine:schema:validate|router:match|config:dump-reference|scheduled-task:list)( |$)/, effect: 'read', what: 'shows' },
    { sub: /^messenger:failed:remove( |$)/, args: failedMessagesNamed, effect: 'write', what: 'removes the failed messages named by their ids (answer 53)' },
    { sub: /^messenger:failed:remove( |$)/, effect: 'destroy', what: 'removes every failed message: the work they held is lost' },
    { sub: /^sales-channel:maintenance:enable( |$)/, effect: 'outage', what: 'puts sales channels in maintenance mode (357.1)' },
    { sub: /^plugin:uninstall( |$)/, flags: ['--keep-user-data'], effect: 'write', what: "uninstalls a plugin and keeps its data" },
    { sub: /^plugin:uninstall( |$)/, effect: 'destroy', what: "uninstalls a plugin: its tables and data are dropped" },
    { sub: /^prestashop:module (uninstall|reset)( |$)/, effect: 'destroy', what: "uninstalls a module (a reset uninstalls and installs it): its tables are dropped" },
    { sub: /^system:install( |$)/, flags: ['--drop-database'], effect: 'destroy', devWrite: "the dev tier's database, installed afresh", what: 'drops the database before installing' },
    { sub: /^sylius:fixtures:load( |$)/, effect: 'destroy', devWrite: "the dev tier's database, filled with fixtures again", what: 'purges the database before loading fixtures' },
    { sub: /^(cache:clear|cache:warmup|cache:pool:clear|cache:pool:prune|messenger:consume|messenger:setup-transports|messenger:failed:retry|messenger:stop-workers|sales-channel:maintenance:disable|plugin:(refresh|install|activate|deactivate|update)|prestashop:module (install|enable|disable|configure|upgrade)|dal:refresh:index|es:index|scheduled-task:run|theme:compile|theme:refresh|user:create|assets:install|sitemap:generate|media:generate-thumbnails|sylius:(install:assets|theme:assets:install)|dal:validate)( |$)/, effect: 'write', what: 'empties caches, runs workers, installs or updates in place' },
  ],
  otherwise: 'fallback',
};

const BENCH: Tool = {
  // Frappe's `bench` (frappeframework.com "Bench CLI"): `--site SITE` names where it acts; `migrate` is a migration
  // (decision 33 on production). `mariadb -e` is judged by its statement (cms-commands.ts).
  names: ['bench'],
  valued: ['--site'],
  where: ['--site'],
  dryRun: ['--dry-run'],
  rules: [
    { flags: ['-h', '--help'], effect: 'read', what: 'help' },
    { sub: /^(doctor|list-apps|version|--version|help|show-config|show-pending-jobs|scheduler|ready-for-migration|list-sites)( |$)/, effect: 'read', what: 'shows' },
    { sub: /^(drop-site|reinstall|uninstall-app|remove-app|trim-tables|trim-database|restore|partial-restore)( |$)/, effect: 'destroy', devWrite: "a dev site, made again from a backup or a fresh install", what: "drops a site's database, reinstalls it, removes an app's doctypes and data, or restores a backup over it" },
    { sub: /^set-maintenance-mode on( |$)/, effect: 'outage', what: 'puts the site in maintenance mode (357.1)' },
    { sub: /^(migrate|backup|clear-cache|clear-website-cache|restart|build|setup \S+|enable-scheduler|set-admin-password|add-user|install-app|new-site|set-maintenance-mode off|start|watch|update|get-app|set-config|add-system-manager|add-to-hosts|schedule|worker|serve)( |$)/, effect: 'write', what: 'migrates, backs up, empties caches or updates in place' },
  ],
  otherwise: 'fallback',
};

/** `odoo-bin neutralize -d DB` on a database named for a copy (staging, dev, test, a copy): that copy's mail and crons. */
function odooCopyDatabase(args: Args): boolean {
  const dbs = optionValuesIn(args, ['-d', '--database']);
  return dbs.length > 0 && dbs.every((d) => d !== null && /(^|[_-])(staging|stage|dev|develop|test|testing|copy|neutral|sandbox|qa)([_-]|\d|$)/i.test(d));
}

/** `odoo-bin db drop NAME`: NAME's whole words say scratch, test or CI (answer 72), none a kept tier, not bare `ci` (84). */
function odooScratchDrop(args: Args): boolean {
  const ops = args.filter((a): a is string => a !== null && !a.startsWith('-'));
  const i = ops.indexOf('drop');
  const name = i >= 0 ? ops[i + 1] : undefined;
  if (name === undefined || !/^[\w.-]+$/.test(name) || ops.length > i + 2) return false;
  const ws = name.toLowerCase().split(/[-_.]/).filter(Boolean);
  return ws.some((w) => SCRATCH_WORDS.has(w)) && !ws.every((w) => w === 'ci' || w === 'e2e') && !ws.some((w) => /^(prod|prd|production|live|staging|stg|uat|backups?|bak)\d*$/.test(w));
}

const ODOO: Tool = {
  // odoo-bin's command line (odoo.com "Command-line interface"): `-u` updates modules (a migration: decision 33 on
  // production); `neutralize` switches a database's outgoing mail, payment providers and scheduled actions off, meant for
  // a copy; `shell` runs Python on the database (its input judged).
  names: ['odoo-bin', 'odoo'],
  valued: ['-c', '--config', '-d', '--database', '-u', '--update', '-i', '--init', '--db-filter', '--addons-path', '-p', '--http-port', '--log-level', '--db_host', '--db_user', '--db_password', '-r', '-w', '--load', '--workers'],
  where: ['-d', '--database', '--db-filter', '--db_host'],
  rules: [
    { flags: ['-h', '--help', '--version'], effect: 'read', what: 'help' },
    { sub: /^neutralize( |$)/, args: odooCopyDatabase, effect: 'write', what: "switches a copy's outgoing mail, payment providers and scheduled actions off" },
    { sub: /^neutralize( |$)/, effect: 'outage', what: "switches the database's outgoing mail, payment providers and scheduled actions off" },
    // Round 41 (bl41erp): `db drop NAME` (Odoo 17's `db` command) loses the database, one its own name marks as scratch,
    // test or CI excepted (answer 72); `module uninstall` drops the module's tables and data, in a dev database test data
    // (answer 40); one record by its literal id (`browse(42).unlink()`) is narrowed (answer 53).
    { sub: /^db drop( |$)/, args: odooScratchDrop, unlessLive: true, effect: 'write', what: 'drops a database its own name marks as scratch, test or CI (answer 72)' },
    { sub: /^db drop( |$)/, effect: 'destroy', what: 'drops the database and its filestore' },
    { sub: /^db (dump|duplicate|init|rename)( |$)/, effect: 'write', what: 'dumps, copies, creates or renames a database' },
    { sub: /^module uninstall( |$)/, effect: 'destroy', what: "uninstalls modules: their tables and data are dropped", devWrite: "a dev or test database's data are test data (answer 40)" },
    { sub: /^shell( |$)/, effect: 'code', code: { deletes: /(?<!\bbrowse\(\s*\d+\s*\))\.unlink\s*\(|\bcr\.execute\s*\(\s*["']\s*(DELETE|DROP|TRUNCATE|UPDATE)\b|\bdrop_database\b/i, files: [] }, what: 'runs Python on the database', devWrite: "a dev or test database's records are test data (answers 40, 439.2)" },
    { sub: /^(scaffold|server|cloc|populate|start|deploy|i18n|help)( |$)/, effect: 'write', what: 'scaffolds a module, serves the databases or counts lines' },
  ],
  otherwise: 'write',
};

const GHOST: Tool = {
  // Ghost-CLI (ghost.org/docs/ghost-cli).
  names: ['ghost'],
  valued: ['--dir', '-d', '--url', '--port'],
  rules: [
    { flags: ['-h', '--help', '-v', '--version'], effect: 'read', what: 'help' },
    { sub: /^(ls|status|log|doctor|version|help|config get)( |$)/, effect: 'read', what: 'shows' },
    { sub: /^stop( |$)/, effect: 'outage', what: 'stops the Ghost instance: the site is down' },
    { sub: /^uninstall( |$)/, effect: 'destroy', what: "removes the instance with its content, database and configuration" },
    { sub: /^(restart|start|update|backup|config|setup|install|run|migrate|buster)( |$)/, effect: 'write', what: 'starts, restarts, updates or backs up the instance' },
  ],
  otherwise: 'fallback',
};

const STRAPI: Tool = {
  // Strapi's CLI (docs.strapi.io "CLI"): `transfer --to` replaces the destination project's data; `import` the local one's.
  names: ['strapi'],
  valued: ['--to', '--from', '--to-token', '--from-token', '-f', '--file', '--key', '--only', '--exclude'],
  where: ['--to'],
  rules: [
    { flags: ['-h', '--help', '--version'], effect: 'read', what: 'help' },
    { sub: /^transfer( |$)/, args: (a) => a.some((v) => v === '--to' || (v !== null && v.startsWith('--to='))), effect: 'destroy', what: "replaces every record and asset of the destination project" },
    { sub: /^import( |$)/, effect: 'destroy', devWrite: "the dev tier's project, filled from an export", what: "replaces the project's data with an export's" },
    { sub: /^(routes:list|content-types:list|policies:list|middlewares:list|services:list|controllers:list|hooks:list|report|version|configuration:dump)( |$)/, effect: 'read', what: 'shows' },
    { sub: /^(transfer|export|develop|dev|start|build|admin:create-user|admin:reset-user-password|generate|ts:generate-types|templates:generate|console|telemetry:\S+)( |$)/, effect: 'write', what: 'exports, builds, serves or updates in place' },
  ],
  otherwise: 'fallback',
};

/** `terminus env:clone-content SITE.ENV TARGET_ENV`: the target is the live environment. */
function clonesOntoLive(args: Args): boolean {
  const ops = operandsAfter(args, [], /^env:clone-content$/);
  return ops[1] === null || /^(live|prod|production)$/i.test(ops[1] ?? '');
}

const TERMINUS: Tool = {
  // Pantheon's Terminus (docs.pantheon.io "Terminus commands"). `remote:drush|remote:wp` are read as the command they
  // run (cms-commands.ts).
  names: ['terminus'],
  valued: ['--element', '--format', '--field', '--fields', '--keep', '--env', '--note'],
  rules: [
    { flags: ['-h', '--help', '--version'], effect: 'read', what: 'help' },
    { sub: /^(\S+:)*(info|list|ls|status|get|logs)( |$)|^(env:info|site:info|backup:list|env:list|org:list|upstream:updates:list|env:diffstat|env:metrics|auth:whoami)( |$)/, effect: 'read', what: 'shows' },
    { sub: /^env:clone-content( |$)/, args: clonesOntoLive, effect: 'destroy', what: "replaces the live environment's database and files with another environment's" },
    { sub: /^env:wipe( |$)/, effect: 'destroy', devWrite: 'the dev environment, filled again by a clone of live', what: "wipes an environment's database and files" },
    { sub: /^(site:delete|multidev:delete|env:delete|domain:remove|backup:automatic:disable)( |$)/, effect: 'destroy', what: 'deletes a site or an environment, or switches its automatic backups off' },
    { sub: /^(env:clear-cache|env:cc|backup:create|backup:get|env:clone-content|env:deploy|env:commit|connection:set|upstream:updates:apply|env:wake|multidev:create|site:create|domain:add|redis:enable|plan:info)( |$)/, effect: 'write', what: 'empties caches, backs up, clones down or deploys' },
  ],
  otherwise: 'fallback',
};

export const CMS_TOOLS: readonly Tool[] = [DRUSH, WP, MAGENTO, CRAFT, TYPO3, JOOMLA, SYMFONY_CONSOLE, BENCH, ODOO, GHOST, STRAPI, TERMINUS];

/** Scripts PHP runs that are one of these tools (`php bin/magento`, `php craft`, `php cli/joomla.php`, `php vendor/bin/typo3`, `php bin/console`). */
export const CMS_PHP_SCRIPTS = new Set(['magento', 'craft', 'joomla.php', 'typo3', 'typo3cms', 'console', 'drush', 'wp', 'wp-cli.phar']);
