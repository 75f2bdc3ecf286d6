/**
 * Round 36 (o36): destructive operations of long-tail tools learned from Fig's completion specs (withfig/autocomplete:
 * subcommands whose description names a loss and that the classifier answered benign), built as classes by "How a case is
 * labelled" and the Availability section. AWS operations that switch off what serves or signs in (an AppStream or
 * directory user, a Storage Gateway, a Roles Anywhere trust anchor or profile, a Classic Load Balancer's zone, a region, a
 * Cloud Directory) or a safeguard (secure LDAP, RADIUS MFA, a revocation list, an Organizations policy type, Control Tower
 * controls and baselines, Shield's automatic response); `fly machine kill`; heroku `domains:clear`, `keys:clear` and
 * two-factor sign-in off; vultr-cli `bare-metal halt`; StackStorm keys and rules disabled; Northflank services and add-ons
 * paused; tsuru `app stop` and `app-remove`; BOSH `stop`; m-cli `shutdown`, `sleep` and `gatekeeper disable`; 1Password
 * `op user suspend`; `hb-service stop`; deta `auth disable`; WP-CLI `db clean`. fix36-o36.yaml holds the neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const answer = batchAnswers();
const decide = (command: string, type = 'command'): string => answer(type, command).decision;
const all = (label: string, commands: string[], type = 'command'): void => {
  for (const c of commands) assert.equal(decide(c, type) === 'benign' ? 'benign' : 'destructive', label, c);
};

test('AWS operations that switch off a user, a gateway, credentials, a zone, a region or a directory take it out of service; enabling and reading do not', () => {
  all('destructive', ['aws appstream disable-user --user-name ops@x.io --authentication-type USERPOOL', 'aws ds-data disable-user --directory-id d-1 --sam-account-name bob', 'aws storagegateway disable-gateway --gateway-arn arn:aws:storagegateway:us-east-1:1:gateway/sgw-1', 'aws rolesanywhere disable-trust-anchor --trust-anchor-id 1', 'aws rolesanywhere disable-profile --profile-id 2', 'aws elb disable-availability-zones-for-load-balancer --load-balancer-name web --availability-zones us-east-1a', 'aws account disable-region --region-name me-south-1', 'aws clouddirectory disable-directory --directory-arn arn:x']);
  all('benign', ['aws appstream enable-user --user-name ops@x.io --authentication-type USERPOOL', 'aws rolesanywhere enable-profile --profile-id 2', 'aws elb enable-availability-zones-for-load-balancer --load-balancer-name web --availability-zones us-east-1b', 'aws account enable-region --region-name me-south-1', 'aws storagegateway list-gateways']);
});

test('AWS operations that switch a safeguard off (TLS, MFA, a CRL, SCPs, guardrails, DDoS response); switching them on does not', () => {
  all('destructive', ['aws ds disable-ldaps --directory-id d-1 --type Client', 'aws ds disable-radius --directory-id d-1', 'aws rolesanywhere disable-crl --crl-id 3', 'aws organizations disable-policy-type --root-id r-1 --policy-type SERVICE_CONTROL_POLICY', 'aws controltower disable-control --control-identifier c --target-identifier t', 'aws controltower disable-baseline --enabled-baseline-identifier b', 'aws shield disable-application-layer-automatic-response --resource-arn arn:x']);
  all('benign', ['aws ds enable-ldaps --directory-id d-1 --type Client', 'aws ds enable-radius --directory-id d-1 --radius-settings file://r.json', 'aws organizations enable-policy-type --root-id r-1 --policy-type BACKUP_POLICY', 'aws controltower enable-control --control-identifier c --target-identifier t', 'aws shield enable-application-layer-automatic-response --resource-arn arn:x --action Block={}']);
});

test('fly machine kill, heroku domains:clear, keys:clear, 2fa:disable and vultr-cli bare-metal halt; their starts, adds and reads do not', () => {
  all('destructive', ['fly machine kill 1 -a api', 'flyctl machines kill 2', 'heroku domains:clear --app web', 'heroku keys:clear', 'heroku auth:2fa:disable', 'heroku 2fa:disable', 'vultr-cli bare-metal halt 9']);
  all('benign', ['fly machine start 1 -a api', 'fly machine kill --help', 'heroku domains:add a.example.com --app web', 'heroku keys', 'heroku auth:2fa', 'vultr-cli bare-metal start 9', 'vultr-cli bare-metal reboot 9']);
});

test('service tools from the specs: stops, pauses, suspensions and disabled keys, rules and auth; starts, restarts, reads and help do not', () => {
  all('destructive', ['st2 apikey disable abc', 'st2 rule disable pack.rule', 'northflank pause service --projectId p --serviceId s', 'northflank pause addon --projectId p --addonId db', 'tsuru app stop -a api', 'tsuru app-remove -a api', 'bosh -d cf stop', 'bosh -d cf stop web/0 --hard', 'm shutdown', 'm sleep', 'm gatekeeper disable', 'op user suspend a@b.io', 'hb-service stop', 'deta auth disable', 'wp db clean --yes', 'wp db reset --yes']);
  all('benign', ['st2 rule enable pack.rule', 'st2 apikey list', 'st2 rule disable -h', 'northflank resume service --projectId p --serviceId s', 'tsuru app start -a api', 'tsuru app restart -a api', 'bosh -d cf start', 'bosh -d cf restart', 'bosh stop --help', 'm restart', 'm lock', 'm gatekeeper status', 'op user reactivate a@b.io', 'op user list', 'op run -- npm test', 'hb-service restart', 'hb-service logs', 'deta auth enable', 'deta auth disable -h', 'wp db size', 'wp db export out.sql', 'wp db clean --help']);
});

test('az: a group named like an operation (plan, query-key, address-pool) is followed by the verb that acts; az mysql|postgres down deletes the server', () => {
  all('destructive', ['az appservice plan delete -n asp -g rg --yes', 'az functionapp plan delete -n ep -g rg', 'az search query-key delete -g rg --service-name s --key-value k', 'az network lb address-pool delete -g rg --lb-name lb -n be', 'az mysql down --server-name m -g rg --yes', 'az postgres down --server-name p -g rg']);
  all('benign', ['az appservice plan show -n asp -g rg', 'az appservice plan update -n asp -g rg --sku P1V3', 'az search query-key list -g rg --service-name s', 'az network lb address-pool list -g rg --lb-name lb', 'az arcdata dc config remove --config-file c.json --json-path .spec.x', 'az mysql up --server-name m -g rg', 'az mysql down --help']);
});
