import type { Invocation } from '../shell/invocation.ts';
import type { Word } from '../shell/words.ts';
import { heuristicEnvironment } from '../environment.ts';
import { namesDisposable } from '../test-data.ts';
import { pipeInput, pipeItem } from './pipe.ts';

/**
 * The Microsoft 365 and Azure PowerShell modules as data (round 20): Microsoft.Graph (and its Beta twin),
 * ExchangeOnlineManagement (Exchange Online and Purview), PnP.PowerShell and the SharePoint Online shell,
 * MicrosoftTeams, the retired AzureAD and MSOnline modules (and Microsoft.Entra), and Az. For each family of Remove- and
 * Clear- cmdlets: what it removes (data, an identity or a credential, a safeguard, an access grant, a definition), and
 * whether the same module brings it back. Families are derived from the nouns where a module is regular (`Remove-Mg<Noun>`
 * over the Graph resource tree, `Remove-Az<Service><Noun>`), not listed cmdlet by cmdlet; a cmdlet of these modules that
 * no family names stays destructive by its verb (fail closed). The Set-/Update- values that switch a safeguard off are
 * `M365_SETTINGS`, read by `windows/server-roles.ts` with the other settings.
 */

/** Nouns of these modules: the prefix each module gives its nouns; Exchange Online's nouns have none, so they are listed. */
const MODULE_PREFIX = /^(mg(beta)?|az|azuread(ms)?|msol|entra|spo|pnp(?!device)|cs|team)[a-z]/;
const EXCHANGE_NOUN = /^(mailbox\w*|mailuser|mailcontact|remotemailbox|(dynamic)?distributiongroup|unifiedgroup\w*|recipientpermission|transportrule|journalrule|inboxrule|mobiledevice|(dlp|retention|autosensitivitylabel)compliance(policy|rule)|retentionpolicy(tag)?|(safelinks|safeattachment|antiphish|hostedcontentfilter|hostedconnectionfilter|hostedoutboundspamfilter|malwarefilter|atpprotection|eopprotection)(policy|rule)|protectionalert|compliancesearch(action)?|compliancecase|casehold(policy|rule)|activityalert|organizationrelationship|(inbound|outbound)connector|remotedomain|accepteddomain|managementroleassignment|rolegroup(member)?|sensitivitylabel|labelpolicy)$/;

export function isM365Noun(noun: string): boolean {
  return MODULE_PREFIX.test(noun) || EXCHANGE_NOUN.test(noun);
}

/** What a removal loses. `access`: a grant taken away (narrowed, as a group member removed); the rest are losses. */
type Loss = 'data' | 'identity' | 'credential' | 'safeguard' | 'access' | 'service' | 'purge';

interface Family {
  /** The noun after the verb, lower-case. */
  noun: RegExp;
  loses: Loss;
  what: string;
  /** How the same module brings it back, or null when nothing does. */
  restore: string | null;
  /** For an access family whose grant is not named by a principal: the parameters that fix the one grant (PRINCIPAL_PARAM otherwise). */
  grant?: RegExp;
}

/**
 * Remove-/Clear- families, first match wins (each module's reference: Microsoft Learn for Graph, Exchange Online, SPO,
 * Teams, AzureAD, MSOnline and Az; pnp.github.io for PnP.PowerShell).
 */
const REMOVALS: readonly Family[] = [
  // Purges: what a soft delete kept, deleted for good.
  { noun: /^mg(beta)?directorydeleteditem\w*$|^(spo|pnptenant)deletedsite$|^pnp(tenant)?recyclebinitem$/, loses: 'purge', what: 'what a soft delete kept, past recovery', restore: null },
  // Microsoft Graph, by the last part of the resource path: directory objects go to deleted items for 30 days
  // (users, Microsoft 365 groups, applications, service principals, administrative units; a security group is deleted
  // for good), Restore-MgDirectoryDeletedItem brings them back.
  { noun: /^mg(beta)?(user|group|application|serviceprincipal|administrativeunit)$/, loses: 'identity', what: 'a directory object', restore: 'deleted items, 30 days (Restore-MgDirectoryDeletedItem); a security group is deleted for good' },
  { noun: /^mg(beta)?\w*(password|key|credential|certificate|authentication\w*method)$/, loses: 'credential', what: 'a credential or sign-in method', restore: null },
  { noun: /^mg(beta)?\w*(memberbyref|ownerbyref|roleassignment|approleassignment|approleassignedto|oauth2permissiongrant|scopedrolemember)$/, loses: 'access', what: 'an access grant', restore: null },
  { noun: /^mg(beta)?\w*(policy|policies|namedlocation|configuration|compliancepolicy|intent|assignmentfilter)$/, loses: 'safeguard', what: 'a policy or configuration', restore: null },
  { noun: /^mg(beta)?\w*(message|event|mailfolder|contact|contactfolder|driveitem|drive|site|list|listitem|channel|chat|chatmessage|notebook|page|calendar|attachment|team|device|domain)$/, loses: 'data', what: 'content or a directory object', restore: null },
  // Exchange Online: a mailbox and its user are soft-deleted for 30 days (-PermanentlyDelete purges); groups and
  // contacts are gone; a permission removed narrows access.
  { noun: /^(mailbox|mailuser|remotemailbox)$/, loses: 'identity', what: 'a mailbox and its account', restore: 'soft-deleted mailbox, 30 days' },
  { noun: /^(mailcontact|(dynamic)?distributiongroup|unifiedgroup)$/, loses: 'identity', what: 'a recipient', restore: null },
  { noun: /^(mailboxpermission|recipientpermission|mailboxfolderpermission|adpermission|managementroleassignment|rolegroupmember|unifiedgrouplinks)$/, loses: 'access', what: 'a mailbox or role permission', restore: null },
  { noun: /^(transportrule|journalrule|(dlp|retention|autosensitivitylabel)compliance(policy|rule)|retentionpolicy(tag)?|(safelinks|safeattachment|antiphish|hostedcontentfilter|hostedconnectionfilter|malwarefilter)(policy|rule)|protectionalert|casehold(policy|rule)|compliancecase|activityalert|sensitivitylabel|labelpolicy)$/, loses: 'safeguard', what: 'a mail-flow, compliance or threat-protection rule', restore: null },
  { noun: /^mobiledevice$/, loses: 'data', what: 'a mobile device partnership', restore: null },
  // SharePoint: Remove-SPOSite and Remove-PnPTenantSite move a site to the tenant recycle bin (93 days,
  // Restore-SPODeletedSite); lists, items, files and folders go to the site's recycle bin only with -Recycle.
  { noun: /^(sposite|pnptenantsite|pnpsite)$/, loses: 'data', what: 'a site collection', restore: 'tenant recycle bin, 93 days (Restore-SPODeletedSite), unless -SkipRecycleBin' },
  { noun: /^pnp(list|listitem|file|folder|web|fileversion|page)$/, loses: 'data', what: 'SharePoint content', restore: 'site recycle bin only with -Recycle' },
  { noun: /^(spouser|spositegroup|pnpsitecollectionadmin|pnpgroupmember|pnpgroup|spoexternaluser|pnpexternaluser)$/, loses: 'access', what: 'a site permission', restore: null },
  // Round 44 (ps44, pnp.github.io): Remove-PnPFileSharingLink and Remove-PnPFolderSharingLink remove the sharing links of
  // one file or folder (all of them, or the one `-Identity` names): those holding a link lose access, the item stays, and
  // Add-PnPFileSharingLink shares it again (with a new link). One item the input fixes, as one principal's grant is.
  { noun: /^pnp(file|folder)sharinglink$/, loses: 'access', what: "a file's or folder's sharing links", restore: null, grant: /^-(fileurl|folder|identity)$/i },
  // Round 44 (ps44, Microsoft Learn, MicrosoftPowerBIMgmt.Workspaces): Remove-PowerBIWorkspaceUser takes one user's or
  // principal's access to a workspace away (`-UserPrincipalName`, alias `-UserEmailAddress`; `-Identifier` with
  // `-PrincipalType`); Add-PowerBIWorkspaceUser gives it back. The workspace's reports and datasets stay.
  { noun: /^powerbiworkspaceuser$/, loses: 'access', what: 'a workspace permission', restore: null },
  // Teams: a team's Microsoft 365 group is soft-deleted for 30 days; a member removed narrows access.
  { noun: /^team$/, loses: 'identity', what: 'a team and its group', restore: 'deleted groups, 30 days' },
  { noun: /^teamchannel$/, loses: 'data', what: 'a channel and its conversations', restore: null },
  { noun: /^cs\w*(policy|configuration)$/, loses: 'safeguard', what: 'a Teams policy', restore: null },
  // AzureAD, MSOnline, Entra: as Graph (Remove-MsolUser -RemoveFromRecycleBin purges).
  { noun: /^(azuread|entra|msol)(user|group|application|serviceprincipal)$/, loses: 'identity', what: 'a directory object', restore: 'deleted items, 30 days' },
  { noun: /^(azuread|entra)\w*(member|owner|approleassignment|oauth2permissiongrant)$|^msol(rolemember|groupmember)$/, loses: 'access', what: 'an access grant', restore: null },
  { noun: /^(azuread|entra|msol)\w*(credential|key|password)\w*$/, loses: 'credential', what: 'a credential', restore: null },
  // Az: access grants narrowed; safeguards; credentials; stores and their content; services.
  { noun: /^az(roleassignment|keyvaultaccesspolicy|storageaccountnetworkrule|keyvaultnetworkrule|adgroupmember)$/, loses: 'access', what: 'an access grant', restore: null },
  { noun: /^az(resourcelock|managementlock|diagnosticsetting|policyassignment|policyexemption|securitycontact|logprofile|activitylogalert|metricalertrule\w*|scheduledqueryrule|actiongroup|\w*audit|\w*backupprotectionpolicy|\w*retentionpolicy)$/, loses: 'safeguard', what: 'a lock, audit, alert, policy or retention setting', restore: null },
  { noun: /^az(ad(appcredential|spcredential|user|group|application|serviceprincipal))$/, loses: 'identity', what: 'a directory object or its credential', restore: null },
  { noun: /^azkeyvault(secret|key|certificate|managedhsm)?$/, loses: 'data', what: 'a key vault or a secret, key or certificate in it', restore: 'soft delete, 7-90 days (Undo-AzKeyVault…Removal); -InRemovedState purges' },
  { noun: /^az(storage(account|container|blob|share|file|table|queue|directory)|rmstorage(container|share)|datalakegen2item|datalakegen2filesystem)$/, loses: 'data', what: 'a storage account or what it holds', restore: 'blob, container and share soft delete where the account has it on' },
  { noun: /^az(resourcegroup|resource|sql\w*|cosmosdb\w*|mysql\w*|postgresql\w*|rediscache|disk|snapshot|image|gallery\w*|recoveryservices\w*|dataprotection\w*|backup\w*|operationalinsights\w*|loganalytics\w*|eventhub\w*|servicebus\w*|dnszone|dnsrecordset|containerregistry|datafactory\w*|synapse\w*|databricks\w*)$/, loses: 'data', what: 'a data store, its backups or what they hold', restore: null },
];

/** The family a removal's noun belongs to, when one is listed (the Graph Beta nouns read as v1.0). */
export function removalFamily(noun: string): Family | null {
  return REMOVALS.find((f) => f.noun.test(noun)) ?? null;
}

/**
 * Parameters that name the one principal or grant an access removal takes away. A parameter's digits reach the rules as
 * typed (`-OAuth2PermissionGrantId`; the lead's answer 270).
 */
const PRINCIPAL_PARAM = /^-(user|trustee|objectid|signinname|memberid|member|directoryobjectid|loginname|owners?|userprincipalname|emailaddress|useremailaddress|identifier|rolememberemailaddress|rolememberobjectid|principalid|serviceprincipalname|links|oauth2permissiongrantid|approleassignmentid|unifiedroleassignmentid)$/i;

/** A value the input fixes to one principal: not a variable, a subexpression, a list or a wildcard. */
function fixedOne(w: Word | undefined): boolean {
  const v = w?.value ?? null;
  return v !== null && v !== '' && !/^[$@(]/.test(v) && !/[*?,]/.test(v);
}

/**
 * A Remove- of an access family that takes one named principal's grant away (`Remove-MailboxPermission -User x`,
 * `Remove-AzRoleAssignment -SignInName x …`, `Remove-MgDirectoryRoleMemberByRef -DirectoryObjectId <id>`): access
 * narrowed, which an Add-/New- gives back, as a group member removed (REVERSIBLE_DESTROY in cmdlets.ts). Not over a
 * pipeline or for a principal the input does not fix (every holder, one at a time).
 */
export function narrowsOneGrant(inv: Invocation, family: Family | null): boolean {
  if (family?.loses !== 'access' || pipeInput(inv) !== null || pipeItem(inv) !== null) return false;
  const names = family.grant ?? PRINCIPAL_PARAM;
  const who = inv.args.filter((_, i) => names.test(inv.args[i - 1]?.value ?? ''));
  return who.length > 0 && who.every(fixedOne);
}

/**
 * The lead's answer 74 (round 20): one SharePoint site, or one Key Vault secret or certificate, removed by a name the
 * input fixes goes to the service's recycle bin or soft delete, and the same module brings it back (Restore-SPODeletedSite,
 * 93 days; Undo-AzKeyVault…Removal, 7-90 days, soft delete being on for every vault). Not a purge (`-InRemovedState`,
 * Remove-PnPTenantSite `-SkipRecycleBin`), not over a pipeline or for a name the input does not fix, not a wildcard.
 * What brings it back, or null.
 */
const SOFT_DELETED_ONE: ReadonlyArray<{ name: RegExp; names: RegExp; restore: string }> = [
  { name: /^remove-(sposite|pnptenantsite)$/, names: /^-(identity|url)$/i, restore: 'the tenant recycle bin keeps the site 93 days (Restore-SPODeletedSite)' },
  // Not a key: a key that wraps other data (a storage account's or a database's customer-managed key) leaves that data
  // unreadable the moment it is deleted (Azure Storage, "customer-managed keys": access is revoked), soft delete or not.
  { name: /^remove-azkeyvault(secret|certificate)$/, names: /^-(vaultname|name)$/i, restore: 'soft delete keeps it 7-90 days (Undo-AzKeyVault…Removal)' },
];
export function softDeletedOne(inv: Invocation, name: string): string | null {
  const hit = SOFT_DELETED_ONE.find((x) => x.name.test(name));
  if (!hit || pipeInput(inv) !== null || pipeItem(inv) !== null || inv.args.some((a) => a.value === null || /^-(inremovedstate|skiprecyclebin|inputobject|id)(:\$?true)?$/i.test(a.value))) return null;
  const named = inv.args.filter((a, i) => hit.names.test(inv.args[i - 1]?.value ?? '') || (!a.value!.startsWith('-') && (i === 0 || !inv.args[i - 1]!.value!.startsWith('-'))));
  const wanted = name.startsWith('remove-azkeyvault') ? 2 : 1;
  return named.length === wanted && named.every(fixedOne) ? hit.restore : null;
}

/**
 * Disable- of these modules' nouns that change only this session or tighten: Az's context autosave, data collection and
 * AzureRM aliases, PnP's telemetry, an advisor recommendation dismissed, sharing by non-owners switched off.
 */
const HARMLESS_DISABLE = /^(azcontextautosave|azdatacollection|azurermalias|azadvisorrecommendation|pnppowershelltelemetry|pnpsharingfornonownersofsite|azstoragebloblastaccesstimetracking)$/;

/** Parameters that name what a Disable- switches off (a rule, a policy, an alert, a site). */
const TARGET_PARAM = /^-(identity|name|displayname|policy|rulename)$/i;

/**
 * Every name it is given says test or scratch (`TEST - tag external (pilot)`, `ci-e2e-alert`), one is given, and no
 * other value (a resource group, a vault) names production or staging.
 */
function namesOnlyTests(inv: Invocation): boolean {
  const names = inv.args.filter((a, i) => (i === 0 && !(a.value ?? '-').startsWith('-')) || TARGET_PARAM.test(inv.args[i - 1]?.value ?? ''));
  if (names.length === 0 || pipeInput(inv) !== null || inv.args.some((a) => a.value === null)) return false;
  if (inv.args.some((a) => !a.value!.startsWith('-') && /^(production|staging)$/.test(heuristicEnvironment(a.value!) ?? ''))) return false;
  return names.every((w) => fixedOne(w) && namesDisposable(w.value!.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '')));
}

/**
 * The lead's answer 83 (round 21): one mailbox's own inbox rules switched off are that user's mail sorting, switched on again
 * by Enable-InboxRule: one rule named by `-Identity`, or the rules `Get-InboxRule -Mailbox X` lists for one mailbox the
 * input fixes (filtered or not). Not the rules of every mailbox (`Get-Mailbox | Get-InboxRule`, no `-Mailbox`), nor a
 * mailbox or rule the input does not fix. Transport rules, the organisation's mail flow, stay a safeguard switched off.
 */
const INBOX_RULE_LISTING = /^-(mailbox|identity|resultsize|includehidden|bypassscopecheck|sweeprules|domaincontroller)$/i;
function oneMailboxInboxRules(inv: Invocation): boolean {
  const named = (args: readonly Word[], param: RegExp) => args.some((a, i) => param.test(args[i - 1]?.value ?? '') && fixedOne(a));
  const fed = pipeInput(inv);
  if (fed === null) return named(inv.args, /^-identity$/i);
  if (fed.kind !== 'unknown' || fed.producer.toLowerCase() !== 'get-inboxrule' || pipeItem(inv) !== null) return false;
  const args = fed.args ?? [];
  return named(args, /^-mailbox$/i) && args.every((a, i) => INBOX_RULE_LISTING.test(a.value ?? '') || INBOX_RULE_LISTING.test(args[i - 1]?.value ?? '')) && args.every((a) => a.value !== null);
}

/**
 * Disable- of these modules (approved verbs: "configures a resource to an unavailable or inactive state"): a mail-flow,
 * DLP, retention or threat-protection rule stops applying, an alert stops firing, a site, endpoint or domain stops
 * serving. Destructive unless it is a session setting or tightens (HARMLESS_DISABLE), one named inbox rule of a mailbox
 * (a user's own sorting, Enable-InboxRule brings it back), or names only test rules. Null when not one of these modules.
 */
export function disableVerdict(inv: Invocation, noun: string): 'harmless' | 'test' | 'destructive' | null {
  if (!isM365Noun(noun)) return null;
  if (HARMLESS_DISABLE.test(noun)) return 'harmless';
  if (noun === 'inboxrule' && oneMailboxInboxRules(inv)) return 'harmless';
  return namesOnlyTests(inv) ? 'test' : 'destructive';
}

/**
 * Cmdlets whose verb (New-, Set-, Search-, Update-) says less than they do, by a switch or value (each module's
 * reference): an account key regenerated (the old key, in use by every client holding it, stops working), a VM's
 * administrator credential reset, a mailbox search that deletes what it finds, long-term SQL backups no longer kept, a
 * subscription cancelled.
 */
const QUIET: ReadonlyArray<{ name: RegExp; when: (args: Word[]) => boolean; code: string; what: string }> = [
  { name: /^new-az(storageaccount|cosmosdbaccount|rediscache|servicebus|eventhub|cognitiveservicesaccount|searchadmin)key$/, when: () => true, code: 'credential_replaced', what: 'regenerates a key; clients still holding the old one are cut off' },
  { name: /^set-azvmaccessextension$/, when: (a) => a.some((w) => /^-credential$/i.test(w.value ?? '')), code: 'credential_replaced', what: 'resets the VM administrator\'s credential' },
  { name: /^search-mailbox$/, when: (a) => a.some((w) => /^-deletecontent(:\$?true)?$/i.test(w.value ?? '')), code: 'mail_purged', what: 'deletes every message the search finds' },
  { name: /^set-msoluser$/, when: (a) => a.some((w, i) => /^-strongauthenticationrequirements$/i.test(a[i - 1]?.value ?? '') && /^(@\(\s*\)|\$null)$/i.test(w.text)), code: 'safeguard_disabled', what: 'empties the user\'s per-user MFA requirement' },
  { name: /^set-azsqldatabasebackuplongtermretentionpolicy$/, when: (a) => a.some((w) => /^-removepolicy(:\$?true)?$/i.test(w.value ?? '')), code: 'safeguard_disabled', what: 'stops keeping long-term backups' },
  { name: /^update-azsubscription$/, when: (a) => a.some((w, i) => /^-action$/i.test(a[i - 1]?.value ?? '') && /^cancel$/i.test(w.value ?? '')), code: 'subscription_cancelled', what: 'cancels the subscription; its resources are deleted after the grace period' },
];
export function quietM365Loss(name: string, args: Word[]): { code: string; what: string } | null {
  const hit = QUIET.find((q) => q.name.test(name) && q.when(args));
  return hit ? { code: hit.code, what: hit.what } : null;
}

/** A Set-/Update- parameter whose value switches a safeguard off or opens access (the shape of server-roles' SETTINGS). */
export interface Setting {
  noun: RegExp;
  param: RegExp;
  /** The values that do it (tested on the lower-case value). */
  value: RegExp;
  code: string;
  what: string;
}

const ON = /^(\$?true|1|yes)$/;
const OFF = /^(\$?false|0|no|disabled?|off|inactive)$/;

/** Threat-protection and compliance policies of Exchange Online and Purview, whose `-Enabled`/`-Enable…` off is a safeguard off. */
const EXO_SAFEGUARD_NOUN = /^((safelinks|safeattachment|antiphish|hostedcontentfilter|malwarefilter|atpprotection|eopprotection)(policy|rule)|atppolicyforo365|(dlp|retention|autosensitivitylabel)compliance(policy|rule)|protectionalert|activityalert|casehold(policy|rule)|journalrule)$/;

/**
 * Set-/Update- values of these modules that switch a safeguard off, open what was closed or take a site out of service
 * (each module's reference). Read with the round-19 tenant settings in `windows/server-roles.ts`.
 */
export const M365_SETTINGS: readonly Setting[] = [
  // Graph: an authentication method (FIDO2, Authenticator, …) switched off for the tenant; a policy or setting's own
  // state or enabled flag off (the CA policy's report-only is in security-settings.ts); a private group made public.
  { noun: /^mg(beta)?policyauthenticationmethodpolicyauthenticationmethodconfiguration$/, param: /^-state$/, value: /^disabled$/, code: 'safeguard_disabled', what: 'switches a sign-in method off for the tenant' },
  { noun: /^mg(beta)?policy\w*$/, param: /^-(isenabled|enabled)$/, value: OFF, code: 'safeguard_disabled', what: 'switches a tenant policy off' },
  { noun: /^mg(beta)?policyauthorizationpolicy$/, param: /^-allowinvitesfrom$/, value: /^everyone$/, code: 'public_access', what: 'lets anyone, guests included, invite outside users' },
  { noun: /^(mg(beta)?group|unifiedgroup|team)$/, param: /^-(visibility|accesstype)$/, value: /^public$/, code: 'public_access', what: 'opens the group\'s content to everyone in the organisation' },
  // Exchange Online and Purview: a threat-protection, DLP, retention or alert policy switched off (or DLP in test mode,
  // which only reports); mailbox auditing bypassed; modern authentication off for the organisation.
  { noun: EXO_SAFEGUARD_NOUN, param: /^-(enabled?|enable\w+)$/, value: OFF, code: 'safeguard_disabled', what: 'switches a threat-protection or compliance policy off' },
  { noun: EXO_SAFEGUARD_NOUN, param: /^-disabled$/, value: ON, code: 'safeguard_disabled', what: 'switches a threat-protection or compliance policy off' },
  { noun: /^dlpcompliance(policy|rule)$/, param: /^-mode$/, value: /^(disable|testwithnotifications|testwithoutnotifications)$/, code: 'safeguard_disabled', what: 'stops enforcing the DLP policy' },
  { noun: /^(mailbox|mailboxauditbypassassociation)$/, param: /^-auditbypassenabled$/, value: ON, code: 'safeguard_disabled', what: 'exempts the account from mailbox auditing' },
  { noun: /^organizationconfig$/, param: /^-oauth2clientprofileenabled$/, value: OFF, code: 'safeguard_disabled', what: 'switches modern authentication off' },
  // SharePoint: a site locked to no access or read-only (out of service); anyone links by default; legacy authentication on;
  // versioning down to one version.
  { noun: /^(sposite|pnptenantsite|pnpsite)$/, param: /^-lockstate$/, value: /^(noaccess|readonly)$/, code: 'service_outage', what: 'locks the site (no access or read-only)' },
  { noun: /^(spotenant|pnptenant|sposite|pnptenantsite|pnpsite)$/, param: /^-defaultsharinglinktype$/, value: /^(anonymousaccess|anyone)$/, code: 'public_access', what: 'makes anyone links the default' },
  { noun: /^(spotenant|pnptenant)$/, param: /^-legacyauthprotocolsenabled$/, value: ON, code: 'safeguard_disabled', what: 'allows legacy authentication' },
  { noun: /^pnplist$/, param: /^-majorversions$/, value: /^[01]$/, code: 'safeguard_disabled', what: 'keeps one version of each file' },
  // Teams: chats with consumer Skype users.
  { noun: /^cstenantfederationconfiguration$/, param: /^-allowpublicusers$/, value: ON, code: 'public_access', what: 'lets consumer Skype users chat' },
  // Az: storage soft delete, versioning and change feed off on a service; weak TLS; anonymous containers; public network
  // access on a store; a key vault secret or key disabled (in use by what reads it); Defender and threat protection off;
  // backup vault soft delete, hybrid-backup security and immutability off; long-term SQL backups dropped.
  { noun: /^azstorage\w*serviceproperty$/, param: /^-(enable\w*deleteretentionpolicy|enablechangefeed|enablerestorepolicy)$/, value: OFF, code: 'safeguard_disabled', what: 'switches soft delete, versioning or restore off' },
  { noun: /^azstorageaccount$/, param: /^-minimumtlsversion$/, value: /^tls1_[01]$/, code: 'encryption_off', what: 'accepts TLS 1.0 or 1.1' },
  { noun: /^azstoragecontainer(acl)?$|^azrmstoragecontainer$/, param: /^-(permission|publicaccess)$/, value: /^(blob|container)$/, code: 'public_access', what: 'lets anyone read the container without signing in' },
  { noun: /^az(storageaccount|keyvault|sqlserver|cosmosdbaccount|containerregistry|recoveryservicesvault)$/, param: /^-publicnetworkaccess$/, value: /^enabled$/, code: 'public_access', what: 'opens the resource to public networks' },
  { noun: /^azkeyvault(secret|key|certificate)$|^azkeyvault(secret|key)attribute$/, param: /^-enable$/, value: OFF, code: 'credential_disabled', what: 'disables a secret or key that what reads it relies on' },
  { noun: /(advancedthreatprotection|threatdetection|advanceddatasecurity|vulnerabilityassessment|defender)\w*$/, param: /^-(enable|state)$/, value: OFF, code: 'safeguard_disabled', what: 'switches threat protection off' },
  { noun: /^azrecoveryservicesvaultproperty$/, param: /^-softdeletefeaturestate$/, value: /^disabled?$/, code: 'safeguard_disabled', what: 'switches soft delete of backups off' },
  { noun: /^azrecoveryservicesvaultproperty$/, param: /^-disablehybridbackupsecurityfeature$/, value: ON, code: 'safeguard_disabled', what: 'switches hybrid backup security off' },
  { noun: /^az(recoveryservicesvault|dataprotectionbackupvault)$/, param: /^-immutabilitystate$/, value: /^disabled?$/, code: 'safeguard_disabled', what: 'switches backup immutability off' },
  { noun: /^azsqldatabasebackuplongtermretentionpolicy$/, param: /^-removepolicy$/, value: ON, code: 'safeguard_disabled', what: 'drops the long-term backup policy' },
];
