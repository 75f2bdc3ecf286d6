import { optionValuesIn, SYSTEM_OR_DOTFILE_PLACE, type ServiceRule, type ServiceTool } from './catalogue-shape.ts';
import { LOCAL_THROWAWAY } from './infra.ts';

/**
 * Round 42 (bl42pki): catalogue entries for a PKI, certificates and DNS team's tools that nobody had catalogued, found by
 * the first contact of `blind42-pki` (its tuned third): lego (an ACME client), SoftHSM's `softhsm2-util`, BIND 9's
 * checkers and DNSSEC tools (`named-checkconf`, `named-checkzone`, `named-compilezone`, `named-journalprint`,
 * `dnssec-keygen`, `dnssec-settime`, `dnssec-signzone`, `dnssec-verify`, `dnssec-dsfromkey`, `delv`), ldns's tools
 * (`ldns-keygen`, `ldns-signzone`, `ldns-verify-zone`, `ldns-walk`) and NSS's `certutil` (the Linux one; Windows'
 * certutil is read in windows/tools.ts). Each from its own reference; labels follow "How a case is labelled":
 * a certificate revoked, a token or key deleted, a key's deletion brought forward to now, and a CA added to (or taken
 * out of) a trust database are destructive; issuing, renewing, checking, signing a zone and generating keys are not.
 * Data in the shape of service-catalogue.ts's ServiceTool (spread there).
 */

type Tool = ServiceTool;

const HELP: ServiceRule = { flags: ['-h', '--help', '-v', '--version', '-V'], effect: 'read', what: 'prints help or the version' };

/** lego's options whose value is a command it runs through the shell (lego's CLI reference). */
const LEGO_HOOKS = ['--run-hook', '--renew-hook', '--deploy-hook'];

const LEGO: Tool = {
  // lego's CLI reference (go-acme/lego, "Usage"): `run` obtains a certificate, `renew` renews it, `list` shows the
  // certificates and accounts kept under `--path`, `revoke` revokes a certificate at the CA (`--keep` keeps its files,
  // the certificate is revoked all the same). Global options come before the command (urfave/cli: the options stop at it).
  names: ['lego'],
  parser: 'stops',
  valued: ['--server', '-s', '--email', '-m', '--domains', '-d', '--csr', '-c', '--path', '--key-type', '-k', '--filename', '--dns', '--http.port', '--http.webroot', '--tls.port', '--eab.kid', '--kid', '--eab.hmac', '--hmac', '--dns.resolvers', '--dns-timeout', '--http-timeout', '--cert.timeout', '--preferred-chain', '--user-agent', '--days', '--reason', '--renew-hook', '--run-hook', '--deploy-hook', '--profile'],
  where: ['--domains', '-d', '--server', '-s'],
  rules: [
    HELP,
    { sub: /^(revoke)\b/, effect: 'destroy', what: 'revokes a certificate at the CA' },
    { sub: /^(list|help|h)\b/, effect: 'read', what: 'lists the certificates and accounts it keeps' },
    // Round 43 (atk43): a hook (`--run-hook`, `--renew-hook`, `--deploy-hook`) is a command lego runs after the
    // certificate is obtained: read through the shell model (`remote` below).
    { sub: /^(run|renew)\b/, args: (a) => optionValuesIn(a, LEGO_HOOKS).length === 0, effect: 'write', what: 'obtains or renews a certificate' },
  ],
  remote: { sub: /^(run|renew)$/, valued: [], where: 'this machine, after the certificate is obtained', option: LEGO_HOOKS },
  otherwise: 'opaque',
};

const SOFTHSM: Tool = {
  // softhsm2-util(1): `--show-slots` lists; `--init-token --free` makes a new token in a free slot (`--slot N` or
  // `--token LABEL` reinitialises one, erasing its objects); `--delete-token` deletes a token with its keys (one named as a
  // throwaway is answer 66's, below); `--import`
  // adds a key pair to a token.
  names: ['softhsm2-util'],
  local: true,
  valued: ['--slot', '--label', '--so-pin', '--pin', '--token', '--serial', '--id', '--module', '--file-pin', '--aes', '--import', '--no-public-key'],
  where: ['--token', '--label'],
  rules: [
    { flags: ['-h', '--help', '-v', '--version', '--show-slots'], effect: 'read', what: 'lists slots and tokens or prints help' },
    // A software token on this machine named as a throwaway (`--token ci-test-token`: scratch, test, ci, ephemeral by a
    // whole word, nothing naming production or staging), deleted by that one fixed name: the lead's answer 66.
    // Round 43 (atk43): every `--token` given (getopt keeps the last) names a throwaway.
    { flags: ['--delete-token'], args: (a) => { const t = optionValuesIn(a, ['--token']); return t.length > 0 && t.every((v) => v !== null && LOCAL_THROWAWAY.test(v)) && !a.includes(null) && !a.some((w) => /^--(serial|slot)(=|$)/.test(w ?? '')); }, unlessLive: true, effect: 'write', what: 'deletes a software token named as a throwaway on this machine (answer 66)' },
    { flags: ['--delete-token'], effect: 'destroy', what: 'deletes a token with every key on it' },
    // Round 43 (atk43): softhsm2-util's findSlot takes `--slot`, then `--serial` or `--token`, before `--free`: with one of
    // them the named slot's token is reinitialised.
    { flags: ['--init-token'], allFlags: ['--init-token', '--free'], args: (a) => !a.some((w) => w !== null && /^--(slot|serial|token)(=|$)/.test(w)), effect: 'write', what: 'makes a new token in a free slot' },
    { flags: ['--init-token'], effect: 'destroy', what: 'reinitialises a token: every object on it is erased' },
    { flags: ['--import'], effect: 'write', what: 'imports a key pair into a token' },
  ],
  otherwise: 'opaque',
};

// BIND 9's checkers (named-checkconf(1), named-checkzone(1), named-journalprint(1)): they read configuration, zone files
// and journals and print; `named-compilezone -o FILE` writes the converted zone to FILE (judged as a write where it is).
/**
 * Round 43 (atk43): named-checkzone and named-compilezone share one reference: `-o FILE` writes the zone output to FILE
 * (named-checkzone(1)). A system or zone folder's file there (`/etc/passwd`, `/etc/bind/db.example.com`,
 * `/var/named/…`) is overwritten; `-` is the standard output.
 */
const ZONE_OUTPUT_OVER_SYSTEM: ServiceRule = { args: (a) => optionValuesIn(a, ['-o']).some((v) => v === null || SYSTEM_OR_DOTFILE_PLACE.test(v)), effect: 'destroy', what: 'writes the zone output over a system or served zone file (-o)' };

const BIND_READERS: Tool = {
  names: ['named-checkconf', 'named-checkzone', 'named-journalprint', 'dnssec-verify', 'dnssec-dsfromkey', 'delv', 'ldns-verify-zone', 'ldns-walk', 'ldns-key2ds', 'ldns-read-zone', 'ldns-keyfetcher', 'ldns-dane', 'ldns-test-edns', 'ldns-rrsig'],
  local: true,
  valued: ['-t', '-c', '-i', '-k', '-m', '-n', '-r', '-M', '-S', '-T', '-W', '-o', '-K', '-a', '-f', '-l', '-s', '-b', '-p', '-q', '-d', '-e', '-E', '-v', '-x'],
  rules: [ZONE_OUTPUT_OVER_SYSTEM],
  otherwise: 'read',
};

const BIND_WRITERS: Tool = {
  // named-compilezone(1), dnssec-keygen(1), dnssec-signzone(1), ldns-keygen(1), ldns-signzone(1): they write new key
  // files or a signed copy of a zone next to the zone file; the served zone changes only when the server loads it.
  names: ['named-compilezone', 'dnssec-keygen', 'dnssec-keyfromlabel', 'dnssec-signzone', 'dnssec-importkey', 'dnssec-cds', 'ldns-keygen', 'ldns-signzone', 'ldns-zsplit', 'ldns-zcat'],
  local: true,
  valued: ['-a', '-b', '-c', '-d', '-D', '-e', '-E', '-f', '-F', '-i', '-I', '-j', '-k', '-K', '-l', '-L', '-m', '-n', '-N', '-o', '-O', '-p', '-P', '-r', '-R', '-s', '-S', '-t', '-T', '-v', '-V', '-x', '-X'],
  rules: [{ flags: ['-h'], effect: 'read', what: 'prints help' }, ZONE_OUTPUT_OVER_SYSTEM],
  otherwise: 'write',
};

/** dnssec-settime's timing options (dnssec-settime(1)): publish, activate, revoke, inactive, delete, and the CDS/DS/DNSKEY/KRRSIG/ZRRSIG times. */
const SETTIME_TIMES = new Set(['-P', '-A', '-R', '-I', '-D', '-S', '-i', '-P sync', '-D sync', '-P ds', '-D ds']);

/**
 * A time dnssec-settime reads as now or the past: `now`, `now-…`, `-…` relative to now, or an absolute date (YYYYMMDD
 * [HHMMSS] or a UNIX time), which the line cannot show to lie ahead (fail closed); `none` clears the time and `+N…` is ahead.
 */
function nowOrFixed(value: string | null): boolean {
  if (value === null) return true;
  // Round 43 (atk43): an offset of nothing (`+0`, `now+0`, `+0d`) is now.
  return !/^(none|(now)?\+0*[1-9]\d*(y|mo|w|d|h|mi)?)$/i.test(value);
}

const DNSSEC_SETTIME: Tool = {
  // dnssec-settime(1): `-p`/`-u` print the key's times; `-I` (inactive), `-D` (delete), `-R` (revoke) and the DS/CDS
  // deletion times set to now (or a fixed date the line cannot show is ahead) retire or remove a key the zone may still
  // be validated by; times ahead of now (`+30d`) schedule a rollover, a write.
  names: ['dnssec-settime'],
  local: true,
  valued: ['-K', '-L', '-P', '-A', '-R', '-I', '-D', '-S', '-i', '-E', '-s', '-g', '-d', '-r', '-k', '-z', '-p'],
  rules: [
    { flags: ['-h'], effect: 'read', what: 'prints help' },
    {
      args: (a) => a.some((w, i) => (w === '-I' || w === '-D' || w === '-R' || ((w === '-P' || w === '-D') && a[i + 1] === 'ds')) && nowOrFixed(a[i + 1] === 'ds' || a[i + 1] === 'sync' ? (a[i + 2] ?? null) : (a[i + 1] ?? null))),
      effect: 'destroy',
      what: 'retires, revokes or deletes a DNSSEC key now (or at a date the line cannot show is ahead)',
    },
    { args: (a) => a.some((w) => w !== null && SETTIME_TIMES.has(w)) || a.includes('-k') || a.includes('-z') || a.includes('-s') || a.includes('-g') || a.includes('-d') || a.includes('-r'), effect: 'write', what: 'schedules a key\'s times or states' },
    { flags: ['-p', '-u'], effect: 'read', what: 'prints the key\'s times' },
  ],
  otherwise: 'read',
};

/** NSS trust flags (certutil -t "SSL,S/MIME,code"): `C` or `T` in any field makes the certificate a trusted CA there. */
function trustsCa(args: ReadonlyArray<string | null>): boolean {
  // Round 43 (atk43): NSS's option parser takes a value glued to its letter too (`-tC,,`).
  return args.some((a, i) => (a === '-t' ? args[i + 1] === null || /[CT]/.test(args[i + 1] ?? '') : a !== null && /^-t.*[CT]/.test(a)));
}

const NSS_CERTUTIL: Tool = {
  // NSS certutil (NSS tools reference, "certutil"): `-L` lists, `-K` lists keys, `-V` verifies, `-N` makes a new
  // database; `-A` adds a certificate (with trust flags `C`/`T` a trusted CA: a CA added to a trust store, the lead's
  // answer 435.2); `-M` changes a certificate's trust flags (to `C`/`T` the same); `-D` deletes a certificate, `-F` a key,
  // `-X`/`--empty-password` aside. `-S`/`-R`/`-G`/`-C` make certificates, requests and keys.
  names: ['certutil'],
  local: true,
  valued: ['-d', '-P', '-n', '-t', '-i', '-o', '-f', '-k', '-h', '-s', '-c', '-g', '-v', '-m', '-Z', '-a', '-u', '-z', '-8', '-w', '--keyUsage', '--extKeyUsage', '--nsCertType', '--extSAN', '--dbdir', '--source-dir', '--nickname'],
  rules: [
    { flags: ['-H', '--help'], effect: 'read', what: 'prints help' },
    { flags: ['-D', '-F', '--delete-key'], effect: 'destroy', what: 'deletes a certificate or a private key from the database' },
    { flags: ['-A', '-M'], args: trustsCa, effect: 'safeguard', what: 'makes a certificate a trusted CA in the database' },
    { flags: ['-L', '-K', '-V', '-O', '-U', '--list-keys'], effect: 'read', what: 'lists or verifies certificates and keys' },
    { flags: ['-N', '-A', '-M', '-S', '-R', '-G', '-C', '-E', '-W', '--upgrade-merge', '--merge'], effect: 'write', what: 'makes a database, certificate, request or key, or adds a certificate' },
  ],
  otherwise: 'opaque',
};

export const PKI_DNS_TOOLS: readonly Tool[] = [LEGO, SOFTHSM, BIND_READERS, BIND_WRITERS, DNSSEC_SETTIME, NSS_CERTUTIL];

/**
 * Round 42 (bl42pki): an ACME DNS-01 challenge record (RFC 8555 section 8.4: a TXT record at `_acme-challenge.NAME`),
 * which the ACME client adds for one validation and removes once the CA has checked it (certbot's and acme.sh's DNS
 * hooks, lego): deleting it is that clean-up, disposable. A TXT record only: a CNAME at `_acme-challenge` delegates the
 * challenges to another zone for good (acme-dns), and removing it breaks every renewal. No wildcard, every label plain.
 */
export function acmeChallengeRecord(name: string | null | undefined, type: string | null | undefined): boolean {
  if (typeof name !== 'string' || typeof type !== 'string' || !/^txt$/i.test(type)) return false;
  const labels = name.replace(/\.$/, '').split('.');
  return labels.length >= 3 && /^_acme-challenge$/i.test(labels[0]!) && labels.slice(1).every((l) => /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/i.test(l));
}
