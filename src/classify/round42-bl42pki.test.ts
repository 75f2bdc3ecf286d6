/**
 * Round 42 (bl42pki): the classes built from blind42-pki's tuned third (a PKI, certificates and DNS team's agent), at
 * their edges: pki-dns-catalogue.ts (lego, softhsm2-util, BIND's DNSSEC tools, NSS certutil), Vault PKI writes, `openssl
 * ca -revoke`, certbot's staging CA, ACME challenge records deleted, Windows certutil on a CA, gcloud policy groups, Route
 * 53 key-signing keys, ACM PCA revocation, MCP registrar settings, PowerDNS API actions, kubectl patches that skip TLS
 * checks. fix42-bl42pki.yaml holds the neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';
import type { JsonValue } from '../core/index.ts';

const batch = batchAnswers({ cwd: '/home/dev/app', home: '/home/dev' });
const answer = (i: JsonValue, t = 'command') => batch(t, i);
const destructive = (cases: JsonValue[], t = 'command') => { for (const c of cases) assert.notEqual(answer(c, t).decision, 'benign', JSON.stringify(c)); };
const benign = (cases: JsonValue[], t = 'command') => { for (const c of cases) assert.equal(answer(c, t).decision, 'benign', JSON.stringify(c)); };

test('catalogue: lego, softhsm2-util, dnssec-settime, NSS certutil', () => {
  benign(['lego --email a@example.org --dns cloudflare --domains example.org run', 'lego list', 'softhsm2-util --show-slots', 'softhsm2-util --init-token --free --label t --pin 1 --so-pin 2', 'softhsm2-util --delete-token --token ci-scratch', 'dnssec-settime -I +30d -D +60d Kexample.org.+013+1', 'dnssec-settime -P now -A +1d Kexample.org.+013+2', 'named-checkzone example.org db.example.org', 'certutil -L -d sql:/etc/pki/nssdb', 'certutil -A -n peer -t "P,," -i p.pem -d sql:/tmp/db']);
  destructive(['lego --email a@example.org --domains example.org revoke', 'softhsm2-util --init-token --slot 0 --label t --pin 1 --so-pin 2', 'softhsm2-util --delete-token --token ci-prod', 'softhsm2-util --delete-token --token "$TOKEN"', 'dnssec-settime -D now Kexample.org.+013+3', 'dnssec-settime -I 20270101 Kexample.org.+013+4', 'certutil -A -n root -t "C,," -i r.pem -d sql:/etc/pki/nssdb', 'certutil -A -n root -t "$FLAGS" -i r.pem -d sql:/etc/pki/nssdb', 'certutil -F -n key -d sql:/etc/pki/nssdb']);
  assert.equal(answer('softhsm2-util --delete-token --token issuing-prod').targets_env, 'production');
});

test('Vault PKI: revoke, CRL off and any-name roles; issuing and tidying are writes', () => {
  destructive(['vault write pki/revoke serial_number=01:02', 'vault write pki_int/revoke-with-key certificate=@c.pem private_key=@k.pem', 'vault write pki/config/crl disable=true', 'vault write pki/roles/web max_ttl=72h allow_any_name=true']);
  benign(['vault write pki/issue/web common_name=a.example.org', 'vault write pki/config/crl disable=false', 'vault write pki/roles/web allow_any_name=false', 'vault write pki/tidy tidy_cert_store=true safety_buffer=72h', 'vault write auth/token/revoke-self']);
});

test('openssl ca -revoke, certbot at the staging CA', () => {
  destructive(['openssl ca -config ca.cnf -revoke certs/a.pem', 'certbot revoke --cert-name www.example.org', 'certbot revoke --server https://acme-v02.api.letsencrypt.org/directory --cert-name x', 'certbot delete --staging --cert-name x']);
  benign(['openssl ca -config ca.cnf -batch -in a.csr -out a.crt', 'certbot revoke --staging --cert-name x', 'certbot revoke --test-cert --cert-name x']);
  assert.equal(answer('certbot delete --cert-name internal.dev.example.org').targets_env, 'dev');
});

test('ACME challenge TXT records deleted are the clean-up; a CNAME delegation or another record is not', () => {
  const r53 = (changes: Array<[string, string]>) => `aws route53 change-resource-record-sets --hosted-zone-id Z1 --change-batch '${JSON.stringify({ Changes: changes.map(([name, type]) => ({ Action: 'DELETE', ResourceRecordSet: { Name: name, Type: type, TTL: 60, ResourceRecords: [{ Value: 'v' }] } })) })}'`;
  benign([r53([['_acme-challenge.example.org.', 'TXT']]), r53([['_acme-challenge.a.example.org', 'TXT'], ['_acme-challenge.b.example.org', 'TXT']]), 'gcloud dns record-sets delete _acme-challenge.example.org. --zone=z --type=TXT']);
  destructive([r53([['_acme-challenge.example.org.', 'CNAME']]), r53([['_acme-challenge.example.org.', 'TXT'], ['www.example.org.', 'A']]), r53([['_acme-challenge.*.example.org.', 'TXT']]), 'gcloud dns record-sets delete _acme-challenge.example.org. --zone=z --type=CNAME', 'gcloud dns record-sets delete www.example.org. --zone=z --type=TXT']);
  benign(['Remove-DnsServerResourceRecord -ZoneName example.org -RRType Txt -Name _acme-challenge.www -Force'], 'powershell');
  destructive(['Remove-DnsServerResourceRecord -ZoneName example.org -RRType Txt -Name www -Force', 'Remove-DnsServerResourceRecord -ZoneName $zone -RRType Txt -Name _acme-challenge -Force'], 'powershell');
});

test('Windows certutil on a CA, gcloud policy groups, Route 53 KSKs, ACM PCA revocation', () => {
  destructive(['certutil -revoke 1a2b 1', 'certutil -shutdown', 'certutil -setreg policy\\EditFlags +EDITF_ATTRIBUTESUBJECTALTNAME2'], 'cmd');
  benign(['certutil -setreg CA\\ValidityPeriodUnits 2', 'certutil -crl', 'certutil -setreg policy\\EditFlags -EDITF_ATTRIBUTESUBJECTALTNAME2'], 'cmd');
  destructive(['gcloud dns policies delete p --quiet', 'gcloud compute security-policies delete armor --quiet', 'aws route53 deactivate-key-signing-key --hosted-zone-id Z1 --name k', 'aws acm-pca update-certificate-authority --certificate-authority-arn a --revocation-configuration CrlConfiguration={Enabled=false}']);
  benign(['gcloud dns policies list', 'gcloud dns policies update p --enable-logging', 'aws route53 activate-key-signing-key --hosted-zone-id Z1 --name k', 'aws acm-pca update-certificate-authority --certificate-authority-arn a --revocation-configuration CrlConfiguration={Enabled=true,S3BucketName=b}']);
});

test('MCP registrar settings off, PowerDNS API actions, kubectl patches that skip TLS checks', () => {
  destructive([{ server: 'registrar', tool: 'update_domain', arguments: { domain: 'example.org', auto_renew: false } }], 'mcp_tool_call');
  benign([{ server: 'registrar', tool: 'update_domain', arguments: { domain: 'example.org', auto_renew: true } }, { server: 'dns', tool: 'whois', arguments: { domain: 'example.org' } }], 'mcp_tool_call');
  benign([{ method: 'PUT', url: 'http://127.0.0.1:8081/api/v1/servers/localhost/zones/example.org./rectify' }], 'http_request');
  destructive([{ method: 'PUT', url: 'http://127.0.0.1:8081/api/v1/servers/localhost/zones/example.org.' }, { method: 'PUT', url: 'http://127.0.0.1:8081/api/v1/servers/localhost/zones/rectify' }], 'http_request');
  destructive(['kubectl patch clusterissuer v --type merge -p \'{"spec":{"vault":{"skipTLSVerify":true}}}\'']);
  benign(['kubectl patch clusterissuer v --type merge -p \'{"spec":{"vault":{"skipTLSVerify":false}}}\'']);
  assert.equal(answer('az keyvault certificate set-attributes --vault-name kv --name c --policy @p.json').decision, 'unknown');
});
