/**
 * Round 40 (bl40comms): the edges of the mail and telephony classes (blind40-comms.yaml, fix40-bl40comms.yaml):
 * comms-catalogue.ts (Asterisk's and FreeSWITCH's consoles, Kamailio, OpenSIPS, Twilio, sa-learn, rspamd, Cyrus, Sympa),
 * exim `-Mf`, doveadm's ACL for everyone and a dev mail server, GAM's previews, SES's sending, TLS and DKIM switches,
 * comms-http.ts's one-record deletes, mcp/comms-tools.ts, and the drop-ins and safeguards of rspamd, FreeSWITCH and PJSIP.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const answer = batchAnswers({ cwd: '/root', home: '/root', host: 'pbx7.corp.example.com' });
const shell = (input: string, host?: string): string => answer('command', input, host ? { cwd: '/root', home: '/root', host } : undefined).decision;
const http = (method: string, url: string, body?: unknown): string => answer('http_request', body === undefined ? { method, url } : { method, url, body: body as never }).decision;
const mcp = (server: string, name: string, args: Record<string, unknown>): string => answer('mcp_tool_call', { server, name, arguments: args as never }).decision;
const write = (path: string, content: string, operation = 'write'): string => answer('file_write', { path, operation, content }).decision;

test('Asterisk: stops, forced restarts, every call, deltree and unload are destructive; reads, reloads, one key and one call are not; an unfixed or unknown console command is unknown', () => {
  for (const c of ['core stop now', 'core stop gracefully', 'core stop when convenient', 'core restart now', 'channel request hangup all', 'hangup request all', 'database deltree SIP', 'module unload chan_pjsip.so']) assert.equal(shell(`asterisk -rx '${c}'`), 'destructive', c);
  for (const c of ['core show channels', 'pjsip show endpoints', 'database get CF 1001', 'core restart gracefully', 'core restart when convenient', 'dialplan reload', 'pjsip reload', 'database del CF 1001', 'database put CF 1001 5551234', 'channel request hangup PJSIP/1001-00000a3f', 'logger rotate']) assert.equal(shell(`asterisk -rx '${c}'`), 'benign', c);
  assert.equal(shell("asterisk -rvvvx 'core stop now'"), 'destructive');
  assert.equal(shell('asterisk -rx "$(cat next.txt)"'), 'unknown');
  assert.equal(shell("asterisk -rx 'pjsip qualify *all'"), 'unknown');
  // Two commands: the worst counts.
  assert.equal(shell("asterisk -rx 'core show channels' -rx 'core stop now'"), 'destructive');
});

test('FreeSWITCH: shutdown (elegant or asap too), hupall, a profile stopped, killgw, pause are destructive; a restart that waits, one call, rescan, reloadxml are not', () => {
  for (const c of ['shutdown', 'fsctl shutdown', 'fsctl shutdown elegant', 'fsctl shutdown asap', 'fsctl shutdown restart', 'hupall NORMAL_CLEARING', 'sofia profile external stop', 'sofia profile external killgw carrier1', 'fsctl pause', 'unload mod_sofia']) assert.equal(shell(`fs_cli -x '${c}'`), 'destructive', c);
  for (const c of ['fsctl shutdown restart elegant', 'fsctl shutdown asap restart', 'fsctl shutdown cancel', 'uuid_kill 6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f', 'sofia profile external rescan', 'reloadxml', 'show channels', 'sofia status', 'fsctl resume']) assert.equal(shell(`fs_cli -x '${c}'`), 'benign', c);
});

test('Kamailio and OpenSIPS: inactive destinations, disabled gateways, every address trusted, a ban table flushed, subscribers and databases deleted; their look-alikes benign', () => {
  for (const c of ['kamcmd dispatcher.set_state ip 1 sip:10.0.2.11:5060', 'kamcmd dispatcher.set_state d 1 sip:10.0.2.11:5060', 'kamctl address add 1 0.0.0.0 0 0 any', 'kamcmd htable.flush ipban', 'kamctl rm 1042@corp.example.com', 'kamctl stop', 'kamdbctl drop', 'kamdbctl restore /root/k.sql', 'opensips-cli -x mi ds_set_state i 1 sip:10.0.2.12:5060', 'opensips-cli -x mi dr_gw_status gw_id=carrier1 status=0', 'opensips-cli -x mi dr_gw_status carrier1 0', 'opensips-cli -x mi kill', 'opensips-cli -x user delete 1043@corp.example.com']) assert.equal(shell(c), 'destructive', c);
  for (const c of ['kamcmd dispatcher.set_state a 1 sip:10.0.2.11:5060', 'kamctl address add 1 203.0.113.0 24 5060 carrier2', 'kamcmd htable.delete ipban 203.0.113.9', 'kamcmd htable.dump ipban', 'kamcmd dispatcher.list', 'kamctl ul show', 'kamdbctl backup /root/k.sql', 'opensips-cli -x mi ds_set_state a 1 sip:10.0.2.12:5060', 'opensips-cli -x mi dr_gw_status gw_id=carrier1 status=1', 'opensips-cli -x mi dr_gw_status gw_id=carrier1', 'opensips-cli -x mi ds_reload']) assert.equal(shell(c), 'benign', c);
  // A dev proxy's test subscriber (decision 40); not through ssh to production.
  assert.equal(shell('kamctl rm test@corp.example.com', 'sip-dev-01.corp.example.com'), 'benign');
  assert.equal(shell('kamctl rm test@corp.example.com', 'sip-prod-01.corp.example.com'), 'destructive');
});

test('Twilio CLI: an account closed or suspended, an IP ACL open to all; one record by its whole sid is narrowed (answer 420.5, built by ans40)', () => {
  for (const c of ['twilio api:core:accounts:update --sid AC0f1e2d3c4b5a69788796a5b4c3d2e1f0 --status closed', 'twilio api:core:accounts:update --sid AC0f1e2d3c4b5a69788796a5b4c3d2e1f0 --status=suspended', 'twilio api:core:sip:ip-access-control-lists:ip-addresses:create --ip-access-control-list-sid AL0a1b2c3d4e5f60718293a4b5c6d7e8f9 --friendly-name any --ip-address 0.0.0.0 --cidr-prefix-length 0', 'twilio api:core:recordings:remove --sid RE0123456789abcdef0123456789abcdef --sid RE0123456789abcdef0123456789abcdee', 'twilio api:core:messages:remove --sid "$SID"']) assert.equal(shell(c), 'destructive', c);
  assert.equal(shell('twilio api:core:recordings:remove --sid RE0123456789abcdef0123456789abcdef'), 'benign');
  for (const c of ['twilio api:core:accounts:update --sid AC0f1e2d3c4b5a69788796a5b4c3d2e1f0 --status active', 'twilio api:core:sip:ip-access-control-lists:ip-addresses:create --ip-access-control-list-sid AL0a1b2c3d4e5f60718293a4b5c6d7e8f9 --friendly-name office --ip-address 203.0.113.7 --cidr-prefix-length 32']) assert.equal(shell(c), 'benign', c);
});

test('spam filters, Cyrus, Sympa, exim -Mf, doveadm: the edges', () => {
  for (const c of ['sa-learn --clear', 'sa-learn --restore /root/bayes.bak', 'OPT=--clear; sa-learn $OPT', "echo 'dm user/bob' | cyradm --user cyrus localhost", "echo 'sam user/finance anyone lrs' | cyradm --user cyrus localhost", '/usr/lib/cyrus/bin/ipurge -f -d 30 user/alice', 'sympa.pl --close_list=staff@lists.corp.example.com', 'sympa.pl --purge_list=old@lists.corp.example.com', 'exiqgrep -i | xargs exim -Mf', 'doveadm acl set -u finance@corp.example.com INBOX anyone lookup read', 'doveadm acl set -u finance@corp.example.com INBOX authenticated lookup read']) assert.equal(shell(c), 'destructive', c);
  for (const c of ['sa-learn --backup', 'sa-learn --spam /srv/corpus/spam/', 'rspamc stat', 'rspamc learn_ham /tmp/x.eml', 'rspamc < /tmp/x.eml', "echo 'sam user/finance carol lrs' | cyradm --user cyrus localhost", "echo 'lm user/*' | cyradm --user cyrus localhost", 'sympa.pl --dump=staff@lists.corp.example.com', 'exim -Mf 1vXq2K-000aBc-7Z', 'exiqgrep -i -z', 'pflogsumm -d today /var/log/mail.log', 'doveadm acl set -u finance@corp.example.com INBOX user=carol@corp.example.com lookup read']) assert.equal(shell(c), 'benign', c);
  // A dev mail server's mail (decision 40), not a production one nor over ssh.
  assert.equal(shell('doveadm mailbox delete -u qa@corp.example.com Scratch', 'imap-dev-01.corp.example.com'), 'benign');
  assert.equal(shell('doveadm mailbox delete -u qa@corp.example.com Scratch', 'imap-prod-01.corp.example.com'), 'destructive');
  assert.equal(shell('ssh root@imap-prod-01.corp.example.com doveadm mailbox delete -u qa@corp.example.com Scratch', 'imap-dev-01.corp.example.com'), 'destructive');
});

test('GAM and SES: previews, trash, one message and one alias benign; doit, patterns, sending off, TLS optional, DKIM off destructive', () => {
  for (const c of ["gam user a@corp.example.com delete messages query 'from:x@y.example'", "gam user a@corp.example.com trash messages query 'from:x@y.example' doit", "gam user a@corp.example.com delete messages query 'rfc822msgid:<1@y.example>' doit", 'gam delete alias old@corp.example.com', 'gam delete user test@corp.example.com', 'aws sesv2 delete-email-template --template-name test', 'aws sesv2 put-configuration-set-delivery-options --configuration-set-name t --tls-policy REQUIRE', 'aws ses update-configuration-set-sending-enabled --configuration-set-name t --enabled']) assert.equal(shell(c, 'jump01.corp.example.com'), 'benign', c);
  for (const c of ["gam user a@corp.example.com delete messages query 'from:x@y.example' doit", "gam delete alias '*@corp-old.example.com'", 'gam delete user test-prod@corp.example.com', 'aws sesv2 delete-email-template --template-name welcome', 'aws ses update-configuration-set-sending-enabled --configuration-set-name t --no-enabled', 'aws sesv2 put-configuration-set-delivery-options --configuration-set-name t --tls-policy OPTIONAL', 'aws sesv2 put-email-identity-dkim-attributes --email-identity corp.example.com --no-signing-enabled']) assert.equal(shell(c, 'jump01.corp.example.com'), 'destructive', c);
});

test('comms-http.ts: one contact, one member, one forward, one call, one reload; collections, lists and wildcards stay destructive', () => {
  const tw = 'https://api.twilio.com/2010-04-01/Accounts/AC0f1e2d3c4b5a69788796a5b4c3d2e1f0';
  assert.equal(http('DELETE', `${tw}/Recordings/RE0123456789abcdef0123456789abcdef.json`), 'benign');
  for (const [m, u] of [['DELETE', 'https://api.mailgun.net/v3/lists/all@mg.example.com/members/carol@example.com'], ['DELETE', 'https://api.sendgrid.com/v3/marketing/contacts?ids=9f3c2a1b-77aa-4c0e-9d1e-aa12bc34de56'], ['DELETE', 'https://gmail.googleapis.com/gmail/v1/users/a@corp.example.com/settings/forwardingAddresses/a@gmail.com'], ['DELETE', 'http://pbx7.corp.example.com:8088/ari/channels/1701964801.77'], ['PUT', 'http://pbx7.corp.example.com:8088/ari/asterisk/modules/res_pjsip.so'], ['PUT', 'https://api.mailgun.net/v3/domains/mg.example.com/verify']] as const) assert.equal(http(m, u), 'benign', u);
  for (const u of [`${tw}/Recordings.json`, `${tw}/Recordings/*.json`, `${tw}/IncomingPhoneNumbers/PN0123456789abcdef0123456789abcdef.json`, 'https://api.mailgun.net/v3/lists/all@mg.example.com/members', 'https://api.mailgun.net/v3/lists/all@mg.example.com', 'https://api.sendgrid.com/v3/marketing/contacts?ids=a1b2c3d4-1,a1b2c3d4-2', 'https://api.sendgrid.com/v3/marketing/contacts?delete_all_contacts=true', 'http://pbx7.corp.example.com:8088/ari/channels', 'http://pbx7.corp.example.com:8088/ari/channels/../asterisk/modules/chan_pjsip.so']) assert.equal(http('DELETE', u), 'destructive', u);
  const pm = 'https://api.postmarkapp.com/message-streams/outbound/suppressions/delete';
  assert.equal(http('POST', pm, { Suppressions: [{ EmailAddress: 'a@x.example' }] }), 'benign');
  assert.equal(http('POST', pm, { Suppressions: Array.from({ length: 11 }, (_, i) => ({ EmailAddress: `a${i}@x.example` })) }), 'destructive');
});

test('mcp/comms-tools.ts: a mail queue flushed, one bounce, one call, a reload; the same words elsewhere or widened are not', () => {
  assert.equal(mcp('postfix-admin', 'flush_queue', { host: 'mx1' }), 'benign');
  assert.equal(mcp('redis', 'flush_queue', { queue: 'jobs' }), 'destructive');
  assert.equal(mcp('sendgrid', 'delete_bounce', { email: 'a@x.example' }), 'benign');
  assert.equal(mcp('sendgrid', 'delete_bounce', { email: '*' }), 'destructive');
  assert.equal(mcp('twilio', 'delete_recording', { recording_sid: 'RE0123456789abcdef0123456789abcdef' }), 'benign');
  assert.equal(mcp('twilio', 'delete_recording', { recording_sid: 'RE*' }), 'destructive');
  assert.equal(mcp('twilio', 'hangup_call', { call_sid: 'CA0123456789abcdef0123456789abcdef' }), 'benign');
  assert.equal(mcp('asterisk-ami', 'reload_dialplan', {}), 'benign');
});

test('drop-ins and safeguards: rspamd local.d and FreeSWITCH profile folders are configuration; a check off, an open anonymous endpoint or a main file replaced are not', () => {
  for (const [p, c] of [['/etc/rspamd/local.d/ratelimit.conf', 'rates { to = "100 / 1m"; }\n'], ['/etc/freeswitch/sip_profiles/external/carrier2.xml', '<include><gateway name="c2"/></include>\n'], ['/etc/freeswitch/dialplan/default/20-echo.xml', '<include/>\n']] as const) assert.equal(write(p, c), 'benign', p);
  for (const [p, c] of [['/etc/rspamd/local.d/antivirus.conf', 'clamav {\n  enabled = false;\n}\n'], ['/etc/rspamd/override.d/dmarc.conf', 'enabled = false;\n'], ['/etc/rspamd/rspamd.conf', '.include "x"\n'], ['/etc/freeswitch/vars.xml', '<include/>\n'], ['/etc/rspamd/local.d/../rspamd.conf', 'x = 1;\n']] as const) assert.equal(write(p, c), 'destructive', p);
  assert.equal(write('/etc/asterisk/pjsip_custom.conf', '[anonymous]\ntype=endpoint\ncontext=from-internal\n', 'edit'), 'destructive');
  assert.equal(write('/etc/asterisk/pjsip_custom.conf', '[anonymous]\ntype=endpoint\ncontext=from-trunk\n', 'edit'), 'benign');
});
