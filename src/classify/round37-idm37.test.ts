/**
 * Round 37 (idm37): identity, certificates, mail and DNS tools as catalogue data (shell/tools/identity-catalogue.ts):
 * FreeIPA's `ipa OBJECT-VERB` and installers, kadmin's query, kdb5_util, samba-tool, OpenLDAP's clients and slap tools,
 * postsuper/postconf/postmap, doveadm, Mailman, unbound-control, knotc, pdns_control/rec_control, step, cfssl, getcert;
 * Keycloak's kcadm.sh settings that switch an account or a safeguard off; nsupdate's delete and
 * add of one name; mail and DNS servers' settings that open a relay, a resolver or switch TLS or DNSSEC off
 * (config-safeguards.ts); a `devWrite` rule of a tool run over ssh on a dev-named host. fix37-idm37.yaml holds neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const answer = batchAnswers();
const decide = (command: string): string => answer('command', command).decision;
const each = (expected: string, commands: string[]): void => {
  for (const c of commands) assert.equal(decide(c), expected, c);
};

test('FreeIPA: -del and -disable lose or switch off; --preserve, a hold, finds and adds are writes or reads', () => {
  each('destructive', ['ipa user-del asmith', 'ipa host-del db09.corp.example.com --updatedns', 'ipa dnsrecord-del corp.example.com api --cname-rec=lb1', 'ipa user-disable asmith', 'ipa dnszone-disable corp.example.com', 'ipa cert-revoke 0x1F --revocation-reason=1', 'ipa hbacrule-enable allow_all', 'ipa sudorule-add ops-all --usercat=all', 'ipa pwpolicy-mod --maxfail=0', 'ipa config-mod --user-auth-type=password', 'ipa-client-install --uninstall', 'ipactl stop', 'ipa-getkeytab -s ipa1 -p HTTP/app1 -k /etc/app.keytab']);
  each('benign', ['ipa user-del asmith --preserve', 'ipa user-undel asmith', 'ipa cert-revoke 0x1F --revocation-reason=6', 'ipa user-find asmith', 'ipa group-remove-member ops --users=asmith', 'ipa dnsrecord-add corp.example.com api --a-rec=10.1.1.5', 'ipa-getkeytab -r -s ipa1 -p HTTP/app1 -k /tmp/app.keytab', 'ipactl restart', 'ipa-healthcheck --failures-only']);
});

test('kadmin: the -q query decides; a query not fixed is read from its literal command word', () => {
  each('destructive', ["kadmin.local -q 'delprinc -force asmith'", "kadmin.local -q 'modprinc -allow_tix svc-ci'", "kadmin.local -q 'cpw -randkey host/app1.corp.example.com'", "kadmin.local -q 'ktadd -k /tmp/a.keytab host/app1'", 'kadmin.local -q "delprinc -force $(cat /tmp/who)"', 'kdb5_util destroy -f']);
  each('benign', ["kadmin.local -q 'getprinc asmith'", "kadmin.local -q 'ktadd -norandkey -k /tmp/a.keytab host/app1'", "kadmin.local -q 'addprinc -randkey host/app2'", 'kdb5_util dump /var/backups/kdc.dump']);
});

test('samba-tool, OpenLDAP clients and slap tools', () => {
  each('destructive', ['samba-tool user delete asmith', 'samba-tool user disable asmith', 'samba-tool dns delete dc1 corp.example.com app A 10.1.1.5', 'samba-tool domain passwordsettings set --complexity=off', 'samba-tool user setpassword svc-backup --newpassword=x', 'ldapdelete -x -D cn=admin -y pw uid=asmith,ou=People,dc=corp', "printf 'dn: uid=a,dc=corp\\nchangetype: delete\\n' | ldapmodify -x -D cn=admin -y pw"]);
  each('benign', ['samba-tool user enable asmith', 'samba-tool user list', 'samba-tool user setpassword asmith --newpassword=x --must-change-at-next-login', 'ldapdelete -n -x -D cn=admin -y pw uid=asmith,ou=People,dc=corp', 'ldapadd -Y EXTERNAL -H ldapi:/// -f /etc/openldap/schema/cosine.ldif', 'slapcat -n 1 -l /srv/backup/ldap.ldif', 'slapindex -b dc=corp']);
});

test('mail: queues purged, relays opened and mail expunged are destructive; one message, holds and edits are not', () => {
  each('destructive', ['postsuper -d ALL', 'postsuper -d ALL hold', "postconf -e 'mynetworks = 0.0.0.0/0'", 'doveadm expunge -u asmith mailbox Archive all', 'doveadm backup -u asmith remote:mailbak1', 'doveadm kick asmith', 'mailman remove team@corp.example.com', 'exiqgrep -i -r old.example | xargs exim -Mrm', 'ssh root@mx2.corp.example.com postsuper -d ALL']);
  each('benign', ['postsuper -d 3F1A2B4C5D', 'postsuper -h ALL', "postconf -e 'message_size_limit = 10240000'", 'postconf -n', 'postmap /etc/postfix/transport', 'doveadm expunge -u asmith mailbox INBOX uid 1207', 'doveadm purge -u asmith', 'ssh root@test-mx.lab.example.com postsuper -d ALL']);
});

test('DNS control programs, step and cfssl', () => {
  each('destructive', ['unbound-control stop', 'unbound-control insecure_add corp.example.com', 'knotc zone-purge corp.example.com', 'knotc stop', 'pdns_control quit', 'step ca revoke 1234567890', 'step ca provisioner remove ops --type JWK', 'cfssl revoke -db-config db.json -serial 1a -aki 2b', 'getcert stop-tracking -i 2026']);
  each('benign', ['unbound-control flush_zone corp.example.com', 'unbound-control reload', 'knotc zone-reload corp.example.com', 'pdns_control purge corp.example.com$', 'rec_control wipe-cache corp.example.com$', 'step ca renew --force app.crt app.key', 'step certificate inspect app.crt', 'cfssl certinfo -cert app.pem', 'getcert list']);
});

test('nsupdate: a name deleted and added again in one update is a replacement; a delete alone stays destructive', () => {
  assert.equal(decide("nsupdate -k k.key <<'EOF'\nupdate delete app.corp.example.com A\nupdate add app.corp.example.com 300 A 10.1.1.6\nsend\nEOF"), 'benign');
  assert.equal(decide("nsupdate -k k.key <<'EOF'\nupdate delete app.corp.example.com A\nupdate add api.corp.example.com 300 A 10.1.1.6\nsend\nEOF"), 'destructive');
});

test('Keycloak kcadm.sh: an account or a safeguard switched off, sessions cut', () => {
  each('destructive', ['kcadm.sh update users/abc -r corp -s enabled=false', 'kcadm.sh update realms/corp -s sslRequired=NONE', 'kcadm.sh update realms/corp -s bruteForceProtected=false', 'kcadm.sh create clients/abc/client-secret -r corp']);
  each('benign', ['kcadm.sh update users/abc -r corp -s firstName=Ann', 'kcadm.sh update realms/corp -s sslRequired=external', 'kcadm.sh get users -r corp']);
});

test('mail and DNS server settings written: open relays, resolvers and TLS or DNSSEC off', () => {
  each('destructive', ["sed -i 's/^smtpd_tls_security_level = may/smtpd_tls_security_level = none/' /etc/postfix/main.cf", "sed -i 's/dnssec-validation auto;/dnssec-validation no;/' /etc/named.conf"]);
  const write = (path: string, content: string) => answer('file_write', { path, operation: 'edit', content }).decision;
  assert.equal(write('/etc/postfix/main.cf', 'smtpd_tls_security_level = none\n'), 'destructive');
  assert.equal(write('/etc/dovecot/conf.d/10-ssl.conf', 'ssl = no\n'), 'destructive');
  assert.equal(write('/etc/unbound/unbound.conf', 'server:\n  val-permissive-mode: yes\n'), 'destructive');
  assert.equal(write('/etc/postfix/main.cf', 'message_size_limit = 52428800\n'), 'benign');
});
