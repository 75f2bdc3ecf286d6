import { settingSwitchesSafeguardOff } from '../../config-safeguards.ts';
import { operandValues, optionValuesIn, type ServiceTool } from './catalogue-shape.ts';

/** A DKIM keys folder that is live: under /etc, or not fixed by the line (fail closed); no -D is the working folder. */
const liveKeysFolder = (dir: string | null | undefined): boolean => dir === null || (dir !== undefined && /^\/etc\//.test(dir));

/**
 * Round 37 (idm37): catalogue entries for the tools of identity, certificates, mail and DNS that an infrastructure admin
 * runs (FreeIPA, OpenLDAP, Kerberos, Samba AD, Postfix, Dovecot, Mailman, Unbound, Knot, PowerDNS's control programs,
 * step-ca, cfssl, certmonger). Data in the shape of service-catalogue.ts's ServiceTool (checked where it is spread
 * there); the few tests a pattern cannot say are small functions below. Labels follow "How a case is labelled": an
 * account or a host deleted is data lost; an account, a principal's tickets, a host or a zone switched off, a key in use
 * rotated and sessions cut are out of service; MFA, lockout, TLS, DNSSEC, audit events and certificate renewal off, open
 * relays and access widened to all users are safeguards off; a preserved user, a certificate hold, a queue hold and one
 * message or one member by its name are writes.
 */

type Args = ReadonlyArray<string | null>;
type Tool = ServiceTool;

/** The operands of an entry's arguments, its `valued` list taking the next word (catalogue-shape.ts). */
const operands = (args: Args, valued: readonly string[]): Array<string | null> => operandValues(args, new Set(valued));
const values = optionValuesIn;

/**
 * A service account by its name (`svc-jira`, `svc_backup`, `service-ci`, an entry under `ou=Services`): its password is
 * shared with the programs that log in with it, so setting a new one switches a credential in use off. A person's
 * password reset is an update in place (round 37 choice, idm37 question 2).
 */
const SERVICE_ACCOUNT = /(^|[\s=,/])(svc|service|srv)[-_.][\w.-]+|(^|,)\s*ou=(services|service[ _]accounts)\b/i;

/** The group every account belongs to (FreeIPA's `ipausers`, AD's `Domain Users`, `Authenticated Users`, `Everyone`). */
const ALL_USERS_GROUP = /^(ipausers|domain users|authenticated users|everyone)$/i;

/** FreeIPA's password policy weakened: lockout off (`--maxfail=0`) or a minimum length under 8. */
function ipaPolicyWeakened(args: Args): boolean {
  return values(args, ['--maxfail']).some((v) => v === '0') || values(args, ['--minlength']).some((v) => v !== null && /^[0-7]$/.test(v));
}

/** Samba's domain password settings weakened: complexity off, lockout off, a minimum length under 8. */
function sambaPolicyWeakened(args: Args): boolean {
  return values(args, ['--complexity']).some((v) => v === 'off') || values(args, ['--account-lockout-threshold']).some((v) => v === '0') || values(args, ['--min-pwd-length']).some((v) => v !== null && /^[0-7]$/.test(v));
}

/**
 * kadmin's query (`-q 'delprinc jdoe'`); undefined without one (the commands are read from the input). A query that is
 * not fixed (`-q "delprinc -force $(…)"`) is read from its text: the command word before the substitution is literal.
 */
function kadminQuery(args: Args, texts: ReadonlyArray<string> = []): string | null | undefined {
  const at = args.findIndex((a) => a === '-q' || a === '--query');
  if (at === -1) return values(args, ['-q', '--query'])[0];
  return args[at + 1] ?? (texts[at + 1] === undefined ? null : texts[at + 1]!.replace(/^["']/, ''));
}
function kadminQueryIs(test: RegExp): (args: Args, texts?: ReadonlyArray<string>) => boolean {
  return (args, texts) => {
    const q = kadminQuery(args, texts);
    return q !== undefined && q !== null && test.test(q.trim());
  };
}

/** kadmin's commands that lose something: a principal or policy deleted, every key of a principal removed from a keytab. */
const KADMIN_DELETES = /^\s*(delprinc|delete_principal|delpol|delete_policy)\b|^\s*(ktremove|ktrem)\b.*\sall\s*$/im;


/** `doveadm expunge` narrowed to one message of one user by its uid or guid (`mailbox INBOX uid 48213`): answer 53. */
function doveadmOneMessage(args: Args): boolean {
  if (args.includes('-A') || values(args, ['-u']).some((u) => u === null || /[*?]/.test(u))) return false;
  const ops = operands(args, DOVEADM_VALUED);
  const query = ops.slice(ops.indexOf('expunge') + 1);
  return query.length === 4 && query[0] === 'mailbox' && query[1] !== null && !/[*?%]/.test(query[1]!) && /^(uid|guid)$/.test(query[2] ?? '') && /^[\w-]+$/.test(query[3] ?? '');
}
const DOVEADM_VALUED = ['-u', '-F', '-S', '-c', '-o', '-f', '-i', '-I', '-m', '-x', '-d', '-s'];

/** `postsuper -d ALL`, `-d -` (the ids on its input): every queued message, or a list the action does not show. */
function postsuperDeletesMany(args: Args): boolean {
  return values(args, ['-d']).some((v) => v === null || v === 'ALL' || v === '-');
}

/** `postconf -e|-P|-X` whose setting opens a relay or switches TLS off (config-safeguards.ts, Postfix's main.cf). */
function postconfWeakens(args: Args): boolean {
  return args.some((a) => a !== null && settingSwitchesSafeguardOff('/etc/postfix/main.cf', a.replace(/^\s*([\w]+)\s*=\s*/, '$1 = ')) !== undefined);
}

/** The member operands of `samba-tool group addmembers GROUP MEMBERS` include the group of every account. */
function sambaAddsAllUsers(args: Args): boolean {
  const ops = operands(args, SAMBA_VALUED);
  const members = ops[3];
  return members === null || (members !== undefined && members.split(',').some((m) => ALL_USERS_GROUP.test(m.trim())));
}
const SAMBA_VALUED = ['-H', '--URL', '-U', '--username', '-W', '--workgroup', '-s', '--configfile', '--realm', '--password', '--newpassword', '--attributes', '--days', '--targetdir', '--server', '--tmpdir', '--backup-file', '--newservername', '--role', '-k', '--kerberos', '--option', '--userou', '--groupou', '--computerou', '--mail-address', '--given-name', '--surname', '--description', '--ip-address'];

const LDAP_VALUED = ['-D', '-y', '-w', '-H', '-h', '-p', '-b', '-f', '-Y', '-U', '-X', '-R', '-O', '-o', '-e', '-E', '-S', '-M', '-T', '-a', '-s', '-A'];

export const IDENTITY_TOOLS: readonly Tool[] = [
  {
    // FreeIPA's `ipa OBJECT-VERB` (`ipa help commands`): `-del` deletes (a user not preserved, a group, a host with its
    // keytab, a DNS record or zone, an HBAC rule, an OTP token, a replica); `-disable` switches an account, a host, a zone
    // or an access rule off; `user-del --preserve` keeps the user for `user-undel`; `cert-revoke` reason 6 is a hold that
    // `cert-remove-hold` lifts. A rule for every user (`--usercat=all`), `allow_all` enabled and `ipausers` added to a
    // group widen access to all; lockout or a short minimum length, OTP removed from the auth types and zone transfers to
    // any address are safeguards off.
    names: ['ipa'],
    valued: [],
    rules: [
      { flags: ['--help', '-h'], effect: 'read', what: 'help' },
      { sub: /^(help|ping|env|console)\b|^\S+-(find|show|status)\b|^hbactest\b/, effect: 'read', what: 'reads the directory' },
      { sub: /^(user|stageuser)-del\b/, flags: ['--preserve'], effect: 'write', what: 'moves the user to the preserved users, restored by `ipa user-undel`' },
      { sub: /^stageuser-del\b/, effect: 'write', what: 'deletes a staged entry that was never activated' },
      { sub: /^sudorule-del\b/, effect: 'permissions', what: 'removes a sudo rule: the privileges it granted are gone' },
      { sub: /^cert-revoke\b/, flagValue: { names: ['--revocation-reason'], value: /^6$/ }, effect: 'write', what: 'puts the certificate on hold, lifted by `ipa cert-remove-hold`' },
      { sub: /^cert-revoke\b/, effect: 'destroy', what: 'revokes a certificate: whatever uses it is refused for good' },
      { sub: /^hbacrule-enable\s+allow_all\b/, effect: 'admin', what: 'enables the rule that lets every user into every host and service' },
      { sub: /^(hbacrule|sudorule)-(add|mod)\b/, flagValue: { names: ['--usercat'], value: /^all$/i }, effect: 'admin', what: 'makes the rule apply to every user' },
      { sub: /^group-add-member\b/, flagValue: { names: ['--groups'], value: /(^|,)\s*ipausers\s*(,|$)/i }, effect: 'admin', what: 'adds every user to the group' },
      { sub: /^pwpolicy-mod\b/, args: ipaPolicyWeakened, effect: 'safeguard', what: 'switches account lockout off or shortens the minimum password length' },
      { sub: /^config-mod\b/, args: (a) => { const t = values(a, ['--user-auth-type']); return t.length > 0 && !t.some((v) => v === null || /otp/i.test(v)); }, effect: 'safeguard', what: 'removes OTP from the default authentication types: MFA off' },
      { sub: /^(dnszone|dnsforwardzone)-mod\b/, flagValue: { names: ['--allow-transfer', '--allow-query'], value: /\bany\b/i }, effect: 'safeguard', what: 'opens the zone to any address' },
      { sub: /^[a-z]+-del\b/, effect: 'destroy', what: 'deletes the object and what it holds (an account, a host\'s keytab, records, a rule)' },
      { sub: /^[a-z]+-disable\b/, effect: 'outage', what: 'switches the account, host, zone or rule off: whatever uses it is refused' },
    ],
    otherwise: 'write',
  },
  // FreeIPA's installers: `--uninstall` removes the server (its directory, CA, DNS) or the client's enrolment.
  { names: ['ipa-server-install', 'ipa-replica-install', 'ipa-client-install', 'ipa-ca-install', 'ipa-kra-install', 'ipa-dns-install', 'ipa-adtrust-install'], valued: [], local: true, rules: [{ flags: ['--help', '-h'], effect: 'read', what: 'help' }, { flags: ['--uninstall'], effect: 'destroy', what: 'uninstalls the server or the client: its directory, CA or enrolment is removed' }], otherwise: 'write' },
  { names: ['ipactl'], valued: [], local: true, rules: [{ sub: /^stop\b/, effect: 'outage', what: 'stops every IPA service' }, { sub: /^status\b/, effect: 'read', what: 'reports' }], otherwise: 'write' },
  { names: ['ipa-restore'], valued: ['-p', '--password', '--instance', '--backend', '--log-file'], local: true, rules: [{ flags: ['--help', '-h'], effect: 'read', what: 'help' }], otherwise: 'destroy' },
  { names: ['ipa-backup', 'ipa-certupdate'], valued: [], local: true, rules: [], otherwise: 'write' },
  { names: ['ipa-healthcheck'], valued: ['--output-type', '--source', '--check', '--output-file', '--input-file'], local: true, rules: [], otherwise: 'read' },
  { names: ['ipa-replica-manage', 'ipa-csreplica-manage'], valued: ['-p', '--password', '-H', '--host', '--from', '--binddn', '--bindpw'], rules: [{ sub: /^(del|re-initialize|clean-ruv|clean-dangling-ruv|abort-clean-ruv)\b/, effect: 'destroy', what: 'removes a replica, or overwrites this replica\'s data from another' }, { sub: /^(list|list-ruv|list-clean-ruv)\b/, effect: 'read', what: 'lists' }], otherwise: 'write' },
  {
    // ipa-getkeytab(1): without `-r` (`--retrieve`) a new key is generated, and every keytab already holding the old one
    // stops working; ipa-rmkeytab removes the keys from a keytab.
    names: ['ipa-getkeytab'],
    valued: ['-s', '--server', '-p', '--principal', '-k', '--keytab', '-e', '--enctypes', '-D', '--binddn', '-w', '--bindpw', '-H', '--ldapuri', '-Y', '--mech', '-P', '--password', '--cacert'],
    rules: [{ flags: ['-r', '--retrieve'], effect: 'write', what: 'retrieves the existing key into a keytab' }],
    otherwise: 'outage',
  },
  { names: ['ipa-rmkeytab'], valued: ['-p', '-k', '-r'], local: true, rules: [], otherwise: 'destroy' },
  { names: ['ipa-cacert-manage'], valued: ['-p', '-n', '-t'], local: true, rules: [{ sub: /^delete\b/, effect: 'destroy', what: 'removes a CA certificate from the trust' }, { sub: /^list\b/, effect: 'read', what: 'lists' }], otherwise: 'write' },
  // certmonger's getcert(1): `stop-tracking` ends the automatic renewal of a certificate in use (it expires unattended).
  { names: ['getcert', 'ipa-getcert'], valued: ['-i', '-d', '-n', '-f', '-k', '-c', '-K', '-D', '-N', '-U', '-T'], local: true, rules: [{ sub: /^stop-tracking\b/, effect: 'safeguard', what: 'stops renewing the certificate: it expires unattended' }, { sub: /^(list|list-cas|status)\b/, effect: 'read', what: 'lists' }], otherwise: 'write' },
  {
    // kadmin(1) and kadmin.local: the command is the `-q` query (or read from the input). `delprinc` deletes a
    // principal; `modprinc -allow_tix` refuses it tickets; `-requires_preauth` opens it to offline guessing; `cpw -randkey`
    // and `ktadd` without `-norandkey` give a principal a new random key, so the keytab in use stops working.
    names: ['kadmin', 'kadmin.local'],
    valued: ['-r', '-p', '-k', '-t', '-c', '-w', '-s', '-x', '-e', '-d', '-m', '-q', '--query'],
    input: { deletes: KADMIN_DELETES, what: 'deletes a principal or a policy' },
    rules: [
      { args: kadminQueryIs(KADMIN_DELETES), effect: 'destroy', what: 'deletes a principal, a policy or every key of a principal' },
      { args: kadminQueryIs(/^(modprinc|modify_principal)\b.*\s-allow_tix\b/), effect: 'outage', what: 'refuses the principal every ticket' },
      { args: kadminQueryIs(/^(modprinc|modify_principal)\b.*\s-requires_preauth\b/), effect: 'safeguard', what: 'switches pre-authentication off for the principal' },
      { args: kadminQueryIs(/^(cpw|change_password)\b.*\s-randkey\b/), effect: 'outage', what: 'gives the principal a new random key: the keytab in use stops working' },
      { args: kadminQueryIs(/^(ktadd|xst)\b(?!.*\s-norandkey\b)/), effect: 'outage', what: 'randomises the principal\'s key as it writes the keytab: every other keytab of it stops working' },
      { args: kadminQueryIs(/^(listprincs|list_principals|getprincs|get_principals|getprinc|get_principal|listpols|list_policies|getpols|getpol|get_policy|getprivs|get_privileges|get_strings|getstrs|\?|help)\b/), effect: 'read', what: 'reads the database' },
      { args: (a) => kadminQuery(a) !== undefined, effect: 'write', what: 'changes the Kerberos database' },
    ],
    otherwise: 'opaque',
  },
  { names: ['kdb5_util'], valued: ['-r', '-d', '-k', '-M', '-sf', '-P'], local: true, rules: [{ sub: /^(destroy|load)\b/, effect: 'destroy', what: 'destroys the Kerberos database or replaces it with a dump' }, { sub: /^(dump|list_mkeys|tabdump)\b/, effect: 'read', what: 'reads the database' }], otherwise: 'write' },
  {
    // samba-tool(8): users, groups, computers, DNS, GPOs and SPNs deleted; a user switched off; the domain left; weaker
    // password settings. `user setpassword` of a service account replaces a password in use.
    names: ['samba-tool'],
    valued: SAMBA_VALUED,
    rules: [
      { flags: ['--help', '-h'], effect: 'read', what: 'help' },
      { sub: /^(user|group|computer|contact|ou|gpo|spn|dns|delegation|sites|domain trust) (delete|del|zonedelete|remove)\b/, effect: 'destroy', what: 'deletes an account, group, DNS record or zone, policy object or SPN' },
      { sub: /^user disable\b/, effect: 'outage', what: 'switches the account off' },
      { sub: /^user setpassword\b/, args: (a) => operands(a, SAMBA_VALUED).some((o) => o === null || SERVICE_ACCOUNT.test(o)), effect: 'outage', what: 'sets a new password on a service account: the programs that log in with it are refused' },
      { sub: /^group addmembers\b/, args: sambaAddsAllUsers, effect: 'admin', what: 'adds every user to the group' },
      { sub: /^domain demote\b/, effect: 'destroy', what: 'demotes the domain controller (or removes another\'s objects)' },
      { sub: /^domain passwordsettings set\b/, args: sambaPolicyWeakened, effect: 'safeguard', what: 'switches password complexity or lockout off, or shortens passwords' },
      { sub: /^(user|group|computer|contact|ou|gpo|spn) (list|show|listmembers|listall|getlink|getinheritance|listcontainers)\b|^(drs showrepl|fsmo show|domain info|domain level show|domain passwordsettings show|dns (query|zonelist|zoneinfo|serverinfo)|ntacl sysvolcheck|testparm)\b/, effect: 'read', what: 'reads the directory' },
    ],
    otherwise: 'write',
  },
  {
    // OpenLDAP's ldapmodify(1)/ldapadd(1) read LDIF from `-f FILE` or their input: a `changetype: delete`, an attribute
    // deleted with every value (`delete: memberUid` and no value line), write access for everyone and `tls=0` lose
    // something or switch a safeguard off. A schema file of the package's own folder is added as shipped.
    names: ['ldapmodify', 'ldapadd'],
    valued: LDAP_VALUED,
    input: { deletes: /^changetype:\s*delete\s*$|^delete:\s*([\w;-]+)\s*\n(?!\1:)|^delete:\s*[\w;-]+\s*$(?![\s\S])|^olcAccess:.*\bby\s+(\*|anonymous|users)\s+(write|manage)\b|^olcSecurity:.*\btls=0\b/im, what: 'deletes entries or every value of an attribute, or opens the directory' },
    rules: [{ flags: ['--help'], effect: 'read', what: 'help' }, { flagValue: { names: ['-f'], value: /^\/etc\/(open)?ldap\/schema\/[\w.-]+\.ldif$/ }, effect: 'write', what: 'adds a schema the package ships' }],
    otherwise: 'opaque',
  },
  { names: ['ldapdelete'], valued: LDAP_VALUED, dryRun: ['-n'], rules: [{ flags: ['--help'], effect: 'read', what: 'help' }], otherwise: 'destroy' },
  { names: ['ldapmodrdn'], valued: LDAP_VALUED, dryRun: ['-n'], rules: [], otherwise: 'write' },
  // ldappasswd(1): a service account's password replaced under the programs that use it; a person's reset is a write.
  { names: ['ldappasswd'], valued: LDAP_VALUED, rules: [{ args: (a) => operands(a, LDAP_VALUED).some((o) => o === null || SERVICE_ACCOUNT.test(o)), effect: 'outage', what: 'sets a new password on a service account: the programs that log in with it are refused' }], otherwise: 'write' },
  { names: ['ldapwhoami', 'ldapcompare', 'slapcat', 'slaptest', 'slapacl', 'slapauth', 'slapdn', 'slapschema'], valued: LDAP_VALUED, local: true, rules: [], otherwise: 'read' },
  { names: ['slapadd', 'slapindex', 'slappasswd'], valued: ['-F', '-f', '-b', '-n', '-l', '-d', '-o', '-c', '-s', '-T', '-h', '-g', '-u'], local: true, rules: [], otherwise: 'write' },
  {
    // postsuper(1): `-d ALL [queue]` deletes every queued message (of that queue), `-d -` the ids on its input; `-d ID` one
    // message by its id (answer 53); `-h`/`-H` hold and release, `-r` requeues.
    names: ['postsuper'],
    valued: ['-c', '-d', '-h', '-H', '-r'],
    local: true,
    rules: [{ args: postsuperDeletesMany, effect: 'destroy', what: 'deletes every queued message (of the queue named), or the ids read from its input', devWrite: 'a dev or test mail server\'s queue holds test mail (decision 40)' }],
    otherwise: 'write',
  },
  { names: ['postconf'], valued: ['-c', '-o'], local: true, rules: [{ args: postconfWeakens, effect: 'safeguard', what: 'opens the mail server as a relay or switches its TLS off' }, { flags: ['-e', '-X', '-#', '-P', '-M', '-F'], effect: 'write', what: 'edits main.cf or master.cf' }], otherwise: 'read' },
  { names: ['postmap', 'postalias'], valued: ['-c', '-o', '-q', '-d'], local: true, rules: [{ flags: ['-q', '-s'], effect: 'read', what: 'looks a key up' }], otherwise: 'write' },
  { names: ['postcat', 'mailq', 'qshape', 'postlog'], valued: ['-c', '-q'], local: true, rules: [], otherwise: 'read' },
  {
    // doveadm(1): `expunge` deletes every message its search matches (one message of one user by uid is narrowed); `backup`
    // makes the destination match the source, deleting what only it held; `kick` cuts a user's sessions; `stop` stops
    // Dovecot. `purge` frees the space of messages already expunged; `sync` is two-way.
    names: ['doveadm'],
    valued: DOVEADM_VALUED,
    // Round 40 (bl40comms): it acts on this machine's Dovecot (its operands are users and mailboxes, not places).
    local: true,
    rules: [
      { sub: /^expunge\b/, args: doveadmOneMessage, effect: 'write', what: 'expunges one message by its uid' },
      // Round 40 (bl40comms): on a dev mail server, its mail is test data (decision 40); `acl set|add` for `anyone` or
      // `authenticated` opens a mailbox to every user (doveadm-acl(1)).
      { sub: /^(expunge|mailbox delete|backup|deduplicate)\b/, effect: 'destroy', what: 'deletes the mail its search matches, a mailbox, or what only the destination held', devWrite: "a dev mail server's mail is test data (decision 40)" },
      { sub: /^acl (set|add) \S+ (anyone|authenticated)\b/, effect: 'safeguard', what: 'opens a mailbox to every user' },
      { sub: /^(kick|stop)\b/, effect: 'outage', what: 'cuts users\' sessions or stops Dovecot' },
      { sub: /^(who|search|fetch|log|user|auth (test|lookup|login)|dump|stats|mailbox (list|status)|quota get|acl (get|rights|debug)|help|penalty|process status|service status|replicator status|instance list|config|fs (get|stat|ls))\b/, effect: 'read', what: 'reads' },
    ],
    otherwise: 'write',
  },
  // Mailman 3's `mailman` and Mailman 2's programs: a list removed (with its archives), every member removed.
  { names: ['mailman'], valued: ['-C', '--config', '-l', '--list', '-m', '--member', '-f', '--file', '-o', '--output', '--owner', '-d', '--domain', '-r', '--role'], rules: [{ sub: /^remove\b/, effect: 'destroy', what: 'removes a mailing list' }, { sub: /^delmembers\b/, flags: ['--all', '-a'], effect: 'destroy', what: 'removes every member of the list' }, { sub: /^(lists|members|info|status|version|conf|digests|qfile|help)\b/, effect: 'read', what: 'reads' }], otherwise: 'write' },
  { names: ['rmlist'], valued: [], local: true, rules: [{ flags: ['-h', '--help'], effect: 'read', what: 'help' }], otherwise: 'destroy' },
  { names: ['list_members', 'list_lists', 'list_owners'], valued: ['-o', '--output'], local: true, rules: [], otherwise: 'read' },
  {
    // unbound-control(8): `stop` stops the resolver; `insecure_add` and `val-permissive-mode: yes` switch DNSSEC validation
    // off; the flushes drop cached answers, fetched again.
    names: ['unbound-control'],
    valued: ['-c', '-s'],
    rules: [
      { sub: /^stop\b/, effect: 'outage', what: 'stops the resolver' },
      { sub: /^insecure_add\b|^set_option val-permissive-mode:?\s*yes\b/, effect: 'safeguard', what: 'switches DNSSEC validation off' },
      { sub: /^(status|list_\S+|stats\S*|dump_\S+|lookup|get_option|view_list_\S+)\b/, effect: 'read', what: 'reads' },
    ],
    otherwise: 'write',
  },
  {
    // knotc(8): `stop` stops knotd; `zone-purge` removes a zone's file, journal, timers and keys; `zone-restore` replaces
    // them with a backup's; `conf-unset zone[…]` removes a zone from service.
    names: ['knotc'],
    valued: ['-c', '-C', '-s', '-t'],
    rules: [
      { sub: /^stop\b/, effect: 'outage', what: 'stops the nameserver' },
      { sub: /^(zone-purge|zone-restore|conf-unset zone\b)/, effect: 'destroy', what: 'purges a zone\'s data and keys, replaces them with a backup\'s, or removes the zone' },
      { sub: /^(status|zone-status|zone-read|zone-check|conf-read|conf-check|conf-diff|conf-get|conf-list|zone-get)\b/, effect: 'read', what: 'reads' },
    ],
    otherwise: 'write',
  },
  { names: ['pdns_control'], valued: ['--config-dir', '--config-name', '--socket-dir', '--remote-address', '--remote-port', '--secret'], rules: [{ sub: /^quit\b/, effect: 'outage', what: 'stops the authoritative server' }, { sub: /^(rping|ping|show|list|uptime|status|version|ccounts|current-config|respsizes|qtypelist|remotes|token-login)\b/, effect: 'read', what: 'reads' }], otherwise: 'write' },
  { names: ['rec_control'], valued: ['--config-dir', '--config-name', '--socket-dir', '--timeout'], rules: [{ sub: /^(quit|quit-nicely)\b/, effect: 'outage', what: 'stops the recursor' }, { sub: /^(ping|get\S*|top-\S+|current-queries|version|list-dnssec-algos)\b/, effect: 'read', what: 'reads' }], otherwise: 'write' },
  {
    // Smallstep's `step`: `ca revoke` revokes a certificate; a provisioner or an admin removed stops every client that
    // gets certificates through it; `ca bootstrap --install` and `certificate install` add a root to the system trust
    // store (the lead's answer 170).
    names: ['step'],
    // Round 42 (bl42pki): the CA's own name and address say its tier (`--dns ca.lab.dev.example.com`).
    where: ['--dns', '--ca-url'],
    valued: ['--ca-url', '--fingerprint', '--root', '--provisioner', '--password-file', '--provisioner-password-file', '--kty', '--curve', '--size', '--not-after', '--not-before', '--san', '--reason', '--reasonCode', '--cert', '--key', '--profile', '--ca', '--ca-key', '--type', '--name', '--dns', '--address', '--context', '--token', '--expires-in', '--exec'],
    rules: [
      { flags: ['--help', '-h'], effect: 'read', what: 'help' },
      { sub: /^ca (revoke|provisioner (remove|rm)|admin (remove|rm)|acme eab remove)\b/, effect: 'destroy', what: 'revokes a certificate, or removes a provisioner or admin clients depend on' },
      { sub: /^ca bootstrap\b/, flags: ['--install'], effect: 'safeguard', what: 'adds the CA\'s root to the system trust store' },
      { sub: /^certificate install\b/, effect: 'safeguard', what: 'adds a root to the system trust store' },
      { sub: /^certificate uninstall\b/, effect: 'opaque', what: 'removes a root from the system trust store' },
      { sub: /^(ca (health|roots|root|federation|provisioner list|admin list)|certificate (inspect|fingerprint|verify|lint|needs-renewal)|path|version|context (list|current))\b/, effect: 'read', what: 'reads' },
    ],
    otherwise: 'write',
  },
  { names: ['cfssl'], valued: ['-ca', '-ca-key', '-config', '-profile', '-db-config', '-serial', '-aki', '-reason', '-cert', '-hostname', '-csr', '-domain'], rules: [{ sub: /^revoke\b/, effect: 'destroy', what: 'revokes a certificate' }, { sub: /^(certinfo|info|print-defaults|version|scan)\b/, effect: 'read', what: 'reads' }], otherwise: 'write' },
  { names: ['cfssljson'], valued: ['-f'], local: true, rules: [], otherwise: 'write' },
  // opendkim-genkey(8) writes SELECTOR.private and SELECTOR.txt into -D (default the working folder), over a key of that
  // name: into a live keys folder under /etc (or one the line does not fix) a key in use may be replaced, which the line
  // cannot rule out (the lead's answer 420.1, 405.2: fail closed). Elsewhere (a work folder, /tmp) a new key is a write.
  {
    names: ['opendkim-genkey'],
    valued: ['-b', '-d', '-s', '-D', '-h', '--bits', '--domain', '--selector', '--directory', '--hash-algorithms'],
    local: true,
    rules: [
      { flags: ['--help', '-?'], effect: 'read', what: 'help' },
      // Round 41 (nxs41; 420.1's cd form): the folder read where the line leaves it (`cd /etc/opendkim/keys && opendkim-genkey
      // -s mail`, `-D .` there): catalogue-shape.ts RulePath.
      { args: (a, _t, at) => liveKeysFolder(at === undefined ? optionValuesIn(a, ['-D', '--directory']).at(-1) : at(optionValuesIn(a, ['-D', '--directory']).at(-1))), effect: 'destroy', what: 'writes a DKIM key into a live keys folder: a key in use of that selector is replaced' },
    ],
    otherwise: 'write',
  },
  { names: ['opendkim-testkey'], valued: ['-d', '-s', '-k', '-x'], local: true, rules: [], otherwise: 'read' },
  // sssctl(8): SSSD's cache and logs are its own (the cache is fetched again; `cache-remove -o -p` backs it up first).
  { names: ['sssctl'], valued: ['-d', '-s', '-o', '-u', '-g', '--domain', '--service'], local: true, rules: [{ sub: /^(domain-status|domain-list|user-checks|user-show|group-show|netgroup-show|config-check|analyze|cert-show|cert-map)\b/, effect: 'read', what: 'reads' }], otherwise: 'write' },
];
