import type { Invocation } from '../shell/invocation.ts';
import type { Word } from '../shell/words.ts';
import { EVERYONE_ADDRESS, policyLetsAnyoneIn, roleGrantWidens, vaultGrantsListed, vaultPermissionsWiden, type VaultGrant } from '../public-access.ts';
import { BROAD_PRINCIPAL } from '../windows/tools.ts';

/**
 * Settings that a cmdlet changes by value, where one value opens what was closed or switches a safeguard off, and the
 * cmdlet's name alone does not say so (round 13): IIS configuration properties, Entra conditional access states, Azure
 * network security rules, Exchange Online mailbox grants and Purview purges. Each returns why, or null.
 */

const TRUE = /^(\$?true|1)$/i;

/**
 * IIS configuration (WebAdministration `Set-WebConfigurationProperty -Filter SECTION -Name N -Value V`, the schema of
 * `system.webServer`): `access/@sslFlags` None stops requiring TLS, `anonymousAuthentication/@enabled` true lets anyone
 * in without signing in, `directoryBrowse/@enabled` true lists the site's files, `ipSecurity/@allowUnlisted` true lets
 * every address through an IP allow list.
 */
const WEAK_WEB_SETTING: ReadonlyArray<{ section: RegExp; name: RegExp; value: RegExp; what: string }> = [
  { section: /security\/access$/i, name: /^sslflags$/i, value: /^(none|0|)$/i, what: 'no longer requires TLS' },
  { section: /authentication\/anonymousauthentication$/i, name: /^enabled$/i, value: TRUE, what: 'lets anyone in without signing in' },
  { section: /directorybrowse$/i, name: /^enabled$/i, value: TRUE, what: 'lists the site\'s files to anyone' },
  { section: /security\/ipsecurity$/i, name: /^allowunlisted$/i, value: TRUE, what: 'lets every address through the IP allow list' },
];

/** A named parameter's value (`-Name V` or `-Name:V`), or undefined when absent; null when not fixed in the input. */
function param(args: Word[], ...names: string[]): string | null | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = (args[i]!.value ?? '').toLowerCase();
    for (const n of names) {
      if (a === `-${n}`) return args[i + 1]?.value ?? null;
      if (a.startsWith(`-${n}:`)) return args[i]!.value!.slice(n.length + 2);
    }
  }
  return undefined;
}

function webSetting(args: Word[]): string | null {
  const section = (param(args, 'filter') ?? '').replace(/^\/+|\/+$/g, '');
  const name = param(args, 'name') ?? '';
  const value = (param(args, 'value') ?? '').replace(/^['"]|['"]$/g, '');
  const hit = WEAK_WEB_SETTING.find((s) => s.section.test(section) && s.name.test(name) && s.value.test(value));
  return hit ? `\`${section}/@${name}\` = \`${value}\` ${hit.what}` : null;
}

/**
 * Entra conditional access (`Update-MgIdentityConditionalAccessPolicy`, `Set-AzureADMSConditionalAccessPolicy`):
 * `-State disabled` switches the policy off, and `enabledForReportingButNotEnforced` (report-only) only logs what it
 * would have blocked: either way the MFA or block it enforced is gone.
 */
function conditionalAccess(noun: string, args: Word[], source: string): string | null {
  if (!/conditionalaccesspolicy$/.test(noun)) return null;
  const state = param(args, 'state');
  if (state && /^(disabled|enabledforreportingbutnotenforced)$/i.test(state)) return `the conditional access policy set to \`${state}\` no longer enforces`;
  // Its conditions (conditionalAccessUsers, Graph reference): `excludeUsers` of `All`, or `includeUsers` of `None`, leave
  // it applying to nobody, whether set in -Conditions, -BodyParameter or an assignment before it (`$p.Conditions.Users.
  // ExcludeUsers = @('All')`).
  return CA_NOBODY.test(source) ? 'the conditional access policy is left applying to nobody' : null;
}
const CA_NOBODY = /\bexcludeUsers['"]?\s*[=:]\s*@?[([]?\s*['"]All['"]|\bincludeUsers['"]?\s*[=:]\s*@?[([]?\s*['"]None['"]/i;

/**
 * Entra authentication methods policy (`Update-MgPolicyAuthenticationMethodPolicyAuthenticationMethodConfiguration`,
 * authenticationMethodConfiguration in the Graph reference): a method's `state` set to `disabled` takes it away from
 * every user it was enabled for. The Authenticator app, FIDO2 keys, passkeys, software OATH tokens, certificates and
 * Windows Hello are the strong methods; switching off SMS, voice or email one-time codes retires a weak one (hardening).
 */
const WEAK_METHOD = /^['"]?(sms|voice|email)['"]?$/i;
function authenticationMethodOff(noun: string, args: Word[]): string | null {
  if (!/authenticationmethodconfiguration$/.test(noun)) return null;
  const id = param(args, 'authenticationmethodconfigurationid');
  if (typeof id === 'string' && WEAK_METHOD.test(id)) return null;
  const state = param(args, 'state');
  const body = args.find((_, i) => /^-bodyparameter$/i.test(args[i - 1]?.value ?? ''))?.text ?? '';
  const off = (state !== undefined && state !== null && /^['"]?disabled['"]?$/i.test(state)) || /\bstate['"]?\s*[=:]\s*['"]disabled['"]/i.test(body);
  return off ? `the authentication method \`${id ?? '?'}\` is switched off for everyone it was enabled for` : null;
}

/**
 * Exchange Online connectors (`Set-|New-InboundConnector`, `Set-|New-OutboundConnector`): `-RequireTls $false` accepts
 * the partner's mail unencrypted; an outbound connector's `-TlsSettings $null` stops requiring TLS to the partner.
 */
function connectorTls(noun: string, args: Word[]): string | null {
  if (!/^(inbound|outbound)connector$/.test(noun)) return null;
  const i = args.findIndex((a) => /^-tlssettings$/i.test(a.value ?? ''));
  if (i !== -1 && /^\$null$/i.test(args[i + 1]?.text ?? '')) return 'the connector no longer requires TLS';
  const tls = param(args, 'requiretls');
  return tls !== undefined && tls !== null && /^(\$?false|0)$/i.test(tls) ? 'the connector accepts mail without TLS' : null;
}

/**
 * Azure network security rules (Az.Network `New-|Add-|Set-AzNetworkSecurityRuleConfig`): an inbound Allow whose source
 * is every address (`*`, `Internet`, `Any`, `0.0.0.0/0`) opens the ports to anyone, as `az network nsg rule create
 * --source-address-prefixes '*'` does.
 */
function networkRule(noun: string, args: Word[]): string | null {
  if (noun !== 'aznetworksecurityruleconfig') return null;
  const allow = /^allow$/i.test(param(args, 'access') ?? '');
  const inbound = /^inbound$/i.test(param(args, 'direction') ?? '');
  const sources = (param(args, 'sourceaddressprefix') ?? '').split(',').map((s) => s.trim().replace(/^['"]|['"]$/g, ''));
  return allow && inbound && sources.some((s) => EVERYONE_ADDRESS.test(s)) ? 'an inbound Allow from every address' : null;
}

/**
 * Exchange Online grants (`Add-MailboxPermission`, `Add-RecipientPermission`): full access or send-as given to a broad
 * principal (Everyone, Authenticated Users, Domain Users) opens the mailbox to the whole organisation; a folder grant to
 * `Anonymous` (`Add-MailboxFolderPermission`) opens it to anyone. A grant to one user or group is a permission change.
 */
function mailboxGrant(noun: string, args: Word[]): string | null {
  const who = (param(args, 'user', 'trustee') ?? '').replace(/^['"]|['"]$/g, '').toLowerCase();
  if (/^(mailboxpermission|recipientpermission)$/.test(noun) && BROAD_PRINCIPAL.test(who)) return `\`${who}\` gets access to the mailbox`;
  if (noun === 'mailboxfolderpermission' && who === 'anonymous') return 'anonymous users get access to the folder';
  // `Default` is every user of the organisation (Add-MailboxFolderPermission reference): a role that edits or deletes
  // others' items there (Owner, PublishingEditor, Editor, or a custom right to delete or edit all) lets anyone change the
  // folder. Free/busy, LimitedDetails and Reviewer stay a sharing choice.
  const rights = (param(args, 'accessrights') ?? '').replace(/['"]/g, '');
  if (noun === 'mailboxfolderpermission' && who === 'default' && /(^|,)\s*(owner|publishingeditor|editor|deleteallitems|editallitems)\s*(,|$)/i.test(rights)) return `everyone in the organisation gets \`${rights}\` on the folder`;
  return null;
}

/**
 * Address ranges that let every address in (round 19): Az.Sql's server firewall rule from `0.0.0.0` to
 * `255.255.255.255`; a storage account's or key vault's IP rule of every address, or of a half of the address space
 * (`0.0.0.0/1`, `128.0.0.0/1`: two of them are the internet without writing `/0`).
 */
const HALF_OR_ALL = /\/[01]$/;
function everyAddressRule(noun: string, args: Word[]): string | null {
  if (/^azsqlserverfirewallrule$/.test(noun)) {
    const start = param(args, 'startipaddress');
    const end = param(args, 'endipaddress');
    return start === '0.0.0.0' && end === '255.255.255.255' ? 'the database server admits every address' : null;
  }
  if (!/^az(storageaccount|keyvault)networkrule$/.test(noun)) return null;
  const ranges = args.filter((_, i) => /^-ip(addressorrange|addressrange)$/i.test(args[i - 1]?.value ?? '') || /^,/.test(args[i - 1]?.text ?? ''));
  const values = ranges.flatMap((w) => (w.value ?? '').split(',')).map((v) => v.trim().replace(/^['"]|['"]$/g, ''));
  return values.some((v) => EVERYONE_ADDRESS.test(v) || HALF_OR_ALL.test(v)) ? 'the firewall admits every address' : null;
}

/**
 * Exchange Online mail flow rules (`New-|Set-TransportRule -SetSCL -1`): mail the rule matches skips spam and phishing
 * filtering. Narrowed to named senders (a domain, addresses, IP ranges) it is an allow list; with no sender condition
 * every outside sender gets through unfiltered.
 */
const SENDER_CONDITION = /^-(from|frommemberof|fromaddress\w+|sender\w+)$/i;
function unfilteredMail(noun: string, args: Word[]): string | null {
  if (noun !== 'transportrule' || param(args, 'setscl') !== '-1') return null;
  return args.some((a) => SENDER_CONDITION.test(a.value ?? '')) ? null : 'mail from every sender skips spam and phishing filtering';
}

/**
 * Microsoft Graph delegated consent (`New-|Update-MgOauth2PermissionGrant`, AzureAD's `…OAuth2PermissionGrant`):
 * `-ConsentType AllPrincipals` is admin consent on behalf of every user of the tenant; `Principal` is one user's.
 */
function consentForEveryone(noun: string, args: Word[]): string | null {
  if (!/oauth2permissiongrant$/.test(noun)) return null;
  return /^allprincipals$/i.test(param(args, 'consenttype') ?? '') ? 'the application is granted its scopes on behalf of every user of the tenant' : null;
}

/**
 * Principals that stand for everyone in a Microsoft 365 tenant, by name or claim: Entra's dynamic "All Users" and the
 * like (All Employees, All Company, All Staff), SharePoint's "Everyone" (`c:0(.s|true`) and "Everyone except external
 * users" (`c:0-.f|rolemanager|spo-grid-all-users/…`), and the Windows broad principals. A lookup in a subexpression
 * (`(Get-AzADGroup -DisplayName 'All Users').Id`) names it too.
 */
const TENANT_EVERYONE = /(^|['"\s(])(all[ -]?(users|employees|company|staff)|everyone( except external users)?|domain users|authenticated users)(['"\s).]|$)|spo-grid-all-users|^c:0\(\.s\|true$|^c:0!\.s\|windows$/i;

/**
 * Grants whose principal is a parameter (Az.Resources role assignments, Az.KeyVault access policies, PnP web, list and
 * folder permissions and site group members), by cmdlet: the parameters that name who gets access.
 */
const PRINCIPAL_PARAMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['new-azroleassignment', ['objectid', 'signinname', 'principalid']],
  ['set-azkeyvaultaccesspolicy', ['objectid', 'userprincipalname', 'emailaddress']],
  ['set-pnpwebpermission', ['user', 'group']],
  ['set-pnplistpermission', ['user', 'group']],
  ['set-pnpfolderpermission', ['user', 'group']],
  ['set-pnplistitempermission', ['user', 'group']],
  ['add-pnpgroupmember', ['loginname', 'emailaddress']],
]);
function grantToEveryone(name: string, args: Word[]): string | null {
  const params = PRINCIPAL_PARAMS.get(name);
  // A PnP permission change that only takes a role away (`-RemoveRole`) narrows access.
  if (!params || (/permission$/.test(name) && param(args, 'addrole') === undefined)) return null;
  const who = args.filter((_, i) => params.some((n) => new RegExp(`^-${n}(:|$)`, 'i').test(args[i - 1]?.value ?? '')));
  const broad = who.find((w) => TENANT_EVERYONE.test((w.value ?? w.text).trim()));
  return broad ? `access is given to \`${broad.value ?? broad.text}\`, everyone in the tenant` : null;
}

/**
 * Access widened or a safeguard weakened by the cmdlet itself, as data (round 26, the lead's answer 191), each from its
 * module's reference:
 * - Enable-PSRemoting and Set-WSManQuickConfig start WinRM with a listener on every address and a firewall exception for
 *   it: the machine takes remote administration from the network; Enable-WSManCredSSP lets credentials be delegated to
 *   (client) or reused by (server) another machine;
 * - Set-AzKeyVaultAccessPolicy with `-PermissionsTo…` beyond reading and using (vaultPermissionsWiden: `set`, `delete`,
 *   `purge`, `all`) gives a principal rights to change what the whole vault holds (the access policy model has no scope
 *   narrower than the vault), and `get`/`list` on secrets reads every credential in it (answer 210); read-only or use-only
 *   policies on keys and certificates stay permission changes, and Remove- narrows;
 * - New-MgServicePrincipalAppRoleAssignment of a Graph permission that takes over the tenant (GRAPH_TENANT_ADMIN_ROLE);
 * - New-AzRoleAssignment of an admin role or a role that reads Key Vault secrets (answer 240) anywhere, or of Contributor
 *   over a whole subscription or management group
 *   (roleGrantWidens, shared with az): `-Scope` when given, a resource group's scope with `-ResourceGroupName`, otherwise
 *   the subscription (the cmdlet's default).
 */
/**
 * Microsoft Graph application permissions (app roles, by their fixed ids in the Graph permissions reference) that let an
 * application grant itself or anyone every other right: Directory.ReadWrite.All (19dbc75e-…), RoleManagement.ReadWrite.
 * Directory (9e3f62cf-…), Application.ReadWrite.All (1bfefb4e-…) and AppRoleAssignment.ReadWrite.All (06b708a9-…).
 */
const GRAPH_TENANT_ADMIN_ROLE: ReadonlySet<string> = new Set(['19dbc75e-c2e2-444c-a770-ec69d8559fc7', '9e3f62cf-ca93-4989-b6ce-bf83c28f9fe8', '1bfefb4e-e0b5-418b-a88f-73c46d2cc8e9', '06b708a9-e830-4db3-a914-8e69da51d44f']);

const CMDLET_WIDENS: ReadonlyArray<{ name: RegExp; code: string; widens: (args: Word[]) => string | null }> = [
  { name: /^(enable-psremoting|set-wsmanquickconfig)$/, code: 'public_access', widens: () => 'opens WinRM remote administration to the network (a listener on every address and its firewall rule)' },
  { name: /^enable-wsmancredssp$/, code: 'safeguard_disabled', widens: () => 'allows CredSSP: credentials are delegated to another machine, which can reuse them' },
  { name: /^set-azkeyvaultaccesspolicy$/, code: 'access_granted', widens: (args) => vaultPermissionsWiden(vaultPermissions(args)) },
  { name: /^new-mg(beta)?serviceprincipalapprole(assignment|assignedto)$/, code: 'admin_grant', widens: (args) => {
    const role = param(args, 'approleid');
    return typeof role === 'string' && GRAPH_TENANT_ADMIN_ROLE.has(role.replace(/['"]/g, '').toLowerCase()) ? 'gives an application a Microsoft Graph permission that lets it take over the tenant (write the directory, its roles, its applications or their grants)' : null;
  } },
  { name: /^new-azroleassignment$/, code: 'admin_grant', widens: (args) => {
    // `-RoleDefinitionId` names a built-in role by its fixed id (Key Vault Secrets User's, answer 240).
    const role = param(args, 'roledefinitionname') ?? param(args, 'roledefinitionid');
    if (typeof role !== 'string') return null;
    const i = args.findIndex((a) => /^-scope$/i.test(a.value ?? ''));
    const scope = i !== -1 ? (args[i + 1]?.value ?? args[i + 1]?.text ?? null) : param(args, 'resourcegroupname', 'resourcename') !== undefined ? '/resourceGroups/-' : '/subscriptions/-';
    return roleGrantWidens(role, scope);
  } },
  // AWS Tools for PowerShell, the twins of az/aws readings (answers 191, 211): Register-IAM{Role,User,Group}Policy attaches
  // a managed policy (`aws iam attach-*-policy`), judged by roleGrantWidens; Update-IAMAssumeRolePolicy replaces a role's
  // trust (`aws iam update-assume-role-policy`): a document the input does not show is read as widened, one shown by what
  // it says. New-IAMRole grants nothing until a policy is attached (answer 211).
  { name: /^register-iam(role|user|group)policy$/, code: 'admin_grant', widens: (args) => {
    const arn = param(args, 'policyarn');
    return typeof arn === 'string' ? roleGrantWidens(arn, undefined) : null;
  } },
  { name: /^update-iamassumerolepolicy$/, code: 'access_granted', widens: (args) => {
    const doc = param(args, 'policydocument');
    if (doc === undefined) return null;
    if (typeof doc === 'string' && /^\s*\{/.test(doc)) return policyLetsAnyoneIn(doc) ? 'lets anyone assume the role' : null;
    return 'replaces who may assume the role with a trust policy the input does not show';
  } },
];

/** The values of every `-PermissionsTo…` parameter, up to the next parameter (`-PermissionsToSecrets get,set` or `get, set`). */
function vaultPermissions(args: Word[]): VaultGrant[] {
  return vaultGrantsListed(args, (a) => (/^-/.test(a.value ?? a.text) ? ((/^-permissionsto(secrets|keys|certificates|storage)$/i.exec(a.value ?? '')?.[1]?.toLowerCase() as VaultGrant['on'] | undefined) ?? null) : undefined));
}

/** Why the cmdlet `name` with these arguments widens access or weakens a safeguard by itself (CMDLET_WIDENS), with its reason code; null when it does not. */
export function cmdletWidens(name: string, args: Word[]): { code: string; why: string } | null {
  const rule = CMDLET_WIDENS.find((r) => r.name.test(name));
  const why = rule?.widens(args) ?? null;
  return rule && why ? { code: rule.code, why } : null;
}

/** Why `VERB-NOUN ARGS` opens what was closed or switches a safeguard off by a value it sets; null when it does not. */
export function weakeningSetting(inv: Invocation, verb: string, noun: string): string | null {
  if (!/^(set|add|new|update)$/.test(verb)) return null;
  if (noun === 'webconfigurationproperty') return webSetting(inv.args);
  return conditionalAccess(noun, inv.args, inv.env.source) ?? authenticationMethodOff(noun, inv.args) ?? connectorTls(noun, inv.args) ?? networkRule(noun, inv.args) ?? mailboxGrant(noun, inv.args) ?? everyAddressRule(noun, inv.args) ?? unfilteredMail(noun, inv.args) ?? consentForEveryone(noun, inv.args) ?? grantToEveryone(`${verb}-${noun}`, inv.args);
}

/**
 * Exchange messaging records management (`New-|Set-RetentionPolicyTag`): a default policy tag (`-Type All`, `Inbox`,
 * `SentItems`, …) with `-RetentionAction PermanentlyDelete` deletes, past recovery, the mail older than its age limit in
 * every mailbox its policy holds; mail is business records, so at any age (the lead's answer 68). A `Personal` tag
 * deletes only what a user files under it. Purview's `New-|Set-RetentionComplianceRule -RetentionComplianceAction
 * Delete` (or `KeepAndDelete`) deletes the content of the policy's locations once the duration passes, alike.
 */
export function retentionDeletes(name: string, args: Word[]): boolean {
  if (/^(new|set)-retentionpolicytag$/.test(name)) return /^permanentlydelete$/i.test(param(args, 'retentionaction') ?? '') && !/^personal$/i.test(param(args, 'type') ?? '');
  if (/^(new|set)-retentioncompliancerule$/.test(name)) return /^(delete|keepanddelete)$/i.test(param(args, 'retentioncomplianceaction') ?? '');
  return false;
}

/**
 * Cmdlets whose verb says less than they do (round 19, Exchange Online reference): Update-DistributionGroupMember
 * replaces the group's whole membership with the members given; Disable-Mailbox disconnects the mailbox (or with
 * `-Archive` its archive), which is deleted for good once the retention window passes.
 */
const QUIET_LOSS: ReadonlyMap<string, { code: string; what: string }> = new Map([
  ['update-distributiongroupmember', { code: 'members_replaced', what: 'replaces the whole membership with the members given' }],
  ['disable-mailbox', { code: 'mailbox_disconnected', what: 'disconnects the mailbox or its archive, deleted once the retention window passes' }],
]);
export function quietLoss(name: string): { code: string; what: string } | null {
  return QUIET_LOSS.get(name) ?? null;
}

/**
 * Purview content search actions (`New-ComplianceSearchAction -Purge`): every message the search found is deleted from
 * the mailboxes. `-PurgeType HardDelete` deletes past recovery; the default `SoftDelete` moves them to Recoverable
 * Items, where the user can still recover them. `-Preview` and `-Export` read. Null when it purges nothing.
 */
export function mailPurge(name: string, args: Word[]): 'hard' | 'soft' | null {
  if (name !== 'new-compliancesearchaction' || !args.some((a) => /^-purge(:\$?true)?$/i.test(a.value ?? ''))) return null;
  return /^harddelete$/i.test(param(args, 'purgetype') ?? '') ? 'hard' : 'soft';
}
