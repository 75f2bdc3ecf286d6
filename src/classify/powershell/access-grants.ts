import type { Invocation } from '../shell/invocation.ts';
import type { Word } from '../shell/words.ts';
import { bind, get } from './bind.ts';
import { pipeInput, pipeItem, type PipeInput } from './pipe.ts';

/**
 * Access opened or taken away in bulk through Exchange Online and Active Directory cmdlets (round 16), as data:
 * - mail sent out of the organisation: a mailbox forwarded, an inbox rule forwarding or redirecting, a transport rule
 *   copying mail, to an address outside the tenant (exfiltration);
 * - one account given access to every mailbox (Add-MailboxPermission fed by an unfiltered Get-Mailbox), or a role that
 *   reads every mailbox;
 * - every member taken out of a group (Remove-ADGroupMember fed the group's own member list): everyone loses what the
 *   group gives. One named member removed stays the reversible change of round 12.
 * Returns true when it decided; false leaves the cmdlet to the general rules.
 */

/**
 * Parameters that send a mailbox's mail to another address (Exchange Online PowerShell reference): Set-Mailbox
 * `-ForwardingSmtpAddress` (any SMTP address) and `-ForwardingAddress` (a recipient); inbox rules' `-ForwardTo`,
 * `-ForwardAsAttachmentTo`, `-RedirectTo`; transport rules' `-BlindCopyTo`, `-CopyTo`, `-RedirectMessageTo`, `-AddToRecipients`.
 */
const FORWARDING_PARAMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['set-mailbox', ['forwardingsmtpaddress', 'forwardingaddress']],
  ['new-inboxrule', ['forwardto', 'forwardasattachmentto', 'redirectto']],
  ['set-inboxrule', ['forwardto', 'forwardasattachmentto', 'redirectto']],
  ['new-transportrule', ['blindcopyto', 'copyto', 'redirectmessageto', 'addtorecipients']],
  ['set-transportrule', ['blindcopyto', 'copyto', 'redirectmessageto', 'addtorecipients']],
  // Microsoft Graph message rules (messageRule, messageRuleActions): `forwardTo`, `forwardAsAttachmentTo`, `redirectTo` in
  // the rule's body or -Actions table.
  ['new-mgusermailfoldermessagerule', ['bodyparameter', 'actions']],
  ['update-mgusermailfoldermessagerule', ['bodyparameter', 'actions']],
]);

/** The forwarding part of a Graph message rule's table: from its first forwarding action on; null when it forwards nothing. */
const GRAPH_FORWARD = /\b(forwardTo|forwardAsAttachmentTo|redirectTo)\b[\s\S]*/i;

/** Consumer mail services: an address there is outside any organisation's tenant. */
const CONSUMER_MAIL = /^(gmail\.com|googlemail\.com|outlook\.com|hotmail\.[a-z.]+|live\.[a-z.]+|msn\.com|yahoo\.[a-z.]+|ymail\.com|icloud\.com|me\.com|mac\.com|aol\.com|proton\.me|protonmail\.(com|ch)|pm\.me|gmx\.[a-z.]+|web\.de|mail\.ru|yandex\.[a-z.]+|zoho\.com|tutanota\.(com|de)|tuta\.io|qq\.com|163\.com|126\.com|fastmail\.(com|fm)|mail\.com|hey\.com)$/i;

const ADDRESS = /[\w.+'-]+@([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi;

function domainsIn(text: string): string[] {
  return [...text.matchAll(ADDRESS)].map((m) => m[1]!.toLowerCase());
}

/** Same organisation: the same domain, a subdomain of one, or the tenant's `NAME.onmicrosoft.com` for `NAME.…`. */
function sameOrganisation(a: string, b: string): boolean {
  if (a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`)) return true;
  const tenant = (d: string) => (d.endsWith('.onmicrosoft.com') ? d.split('.')[0] : null);
  const ta = tenant(a);
  const tb = tenant(b);
  return (ta !== null && ta === b.split('.')[0]) || (tb !== null && tb === a.split('.')[0]);
}

function mailForwarding(inv: Invocation, name: string): boolean {
  const params = FORWARDING_PARAMS.get(name);
  if (!params) return false;
  const p = bind(inv.args, [], [...params, 'identity', 'mailbox', 'userid', 'mailfolderid', 'messageruleid', 'name', 'from', 'sentto', 'recipientdomainis', 'senderdomainis', 'fromaddresscontainswords', 'deliver', 'delivertomailboxandforward']);
  let words = get(p, ...params);
  if (/^(new|update)-mgusermailfoldermessagerule$/.test(name)) {
    // Only the addresses after a forwarding action are where the mail goes; a variable there is an address not fixed.
    const part = words.map((w) => GRAPH_FORWARD.exec(w.text)?.[0]).find((t) => t !== undefined);
    if (part === undefined) return false;
    words = [{ ...words[0]!, text: part, value: /\$(?!true\b|false\b|null\b)/i.test(part) && domainsIn(part).length === 0 ? null : part }];
  }
  if (words.length === 0) return false;
  const b = inv.env.b;
  const targets = words.flatMap((w) => domainsIn(w.text));
  // A value the input does not fix (`"$user@x"`, `$(…)`), `$null` aside (forwarding cleared): anyone may receive the mail.
  const unfixed = words.filter((w) => w.value === null && !/^\$null$/i.test(w.text));
  if (targets.length === 0) {
    // `-ForwardingAddress jane.doe`: a recipient of the organisation; a variable: anyone.
    // Its other parameters (`-AuditEnabled $false`) are judged by the general rules either way.
    if (words.some((w) => w.value === null && /^\$(?!null$)/i.test(w.text))) {
      b.verb('write', 'network').opaque('mail_forwarding_dynamic', `\`${inv.name}\` forwards mail to an address not fixed in the input`, inv.span);
      return true;
    }
    if (unfixed.length === 0) return false;
    b.verb('write', 'network').destroy('mail_forwarded_out', `\`${inv.name}\` sends mail on to \`${unfixed.map((w) => w.text).join(', ')}\`, an address not fixed in the input`, inv.span);
    return true;
  }
  // The organisation's domains: every other address the input shows (the mailbox's own, a rule's sender). The mailbox's
  // own domain (`-Identity ceo@contoso.com`) bounds it too: an address outside it and its subdomains leaves (round 16,
  // b16w), and with no mailbox address named no address can be placed inside.
  const own = domainsIn(inv.args.filter((w) => !words.includes(w)).map((w) => w.text).join(' '));
  const mailbox = get(p, 'identity', 'mailbox', 'userid').map((w) => w.value).find((v) => v !== null && v.includes('@'))?.split('@')[1]?.toLowerCase();
  const inMailboxDomain = (d: string): boolean => mailbox !== undefined && (d === mailbox || d.endsWith(`.${mailbox}`) || mailbox.endsWith(`.${d}`));
  const outside = targets.filter((d) => CONSUMER_MAIL.test(d) || (own.length > 0 && !own.some((o) => sameOrganisation(o, d))) || !inMailboxDomain(d));
  if (outside.length === 0 && unfixed.length === 0) return false;
  b.verb('write', 'network').destroy('mail_forwarded_out', `\`${inv.name}\` sends the mailbox's mail to \`${outside[0] ?? unfixed[0]!.text}\`, outside the organisation`, inv.span);
  return true;
}

/** Cmdlets that list mailboxes or recipients (Exchange Online: Get-Mailbox and its REST form Get-EXOMailbox, Get-Recipient, Get-User). */
const MAILBOX_LISTER = /^get-(exo)?(mailbox|recipient|user)$/;
/** Get-Mailbox parameters that pick one mailbox or a selection of them: what is fed on is not every mailbox. */
const MAILBOX_SELECTOR = /^-(identity|anr|filter|organizationalunit|recipientfilter)$/i;

/** Whether a pipeline stage feeds every mailbox: an unfiltered Get-Mailbox (any `-ResultSize`), nothing picked. */
function everyMailbox(fed: PipeInput | null): boolean {
  if (fed?.kind !== 'unknown' || fed.narrowed === true || !MAILBOX_LISTER.test(fed.producer)) return false;
  const args = fed.args ?? [];
  return !args.some((a, i) => MAILBOX_SELECTOR.test(a.value ?? '') || (!(a.value ?? '-').startsWith('-') && !/^-(resultsize|recipienttypedetails|recipienttype)$/i.test(args[i - 1]?.value ?? '')));
}

/** A word that stands for the current pipeline object (`$_`, `$PSItem`, `$_.Identity`). */
const CURRENT_ITEM = /^\$(_|psitem)\b/i;

/**
 * Roles that read or act as every mailbox (Exchange Online "Role-based access control"): ApplicationImpersonation,
 * Mailbox Import Export, Mailbox Search; and the role groups that hold every right or every search.
 */
const EVERY_MAILBOX_ROLE = /^(applicationimpersonation|mailbox import export|mailbox search)$/i;
const PRIVILEGED_ROLE_GROUP = /^(organization management|compliance management|discovery management|recipient management|security administrator|ediscovery manager)$/i;

const MAILBOX_PERMISSION = /^(add-mailboxpermission|add-recipientpermission|add-mailboxfolderpermission|set-mailboxfolderpermission)$/;

function mailboxAccess(inv: Invocation, name: string): boolean {
  const b = inv.env.b;
  if (MAILBOX_PERMISSION.test(name)) {
    const p = bind(inv.args, [], ['identity', 'user', 'trustee', 'accessrights', 'inheritancetype', 'owner', 'instance', 'automapping', 'domaincontroller', 'sendnotificationtouser']);
    const identity = [...get(p, 'identity'), ...p.positional.slice(0, 1)];
    const all = (identity.length === 0 && everyMailbox(pipeInput(inv))) || (identity.some((w) => w.value === null && CURRENT_ITEM.test(w.text)) && everyMailbox(pipeItem(inv)));
    // One mailbox: a person's delegated to someone else is decision 27 (below); a grant to Everyone or Anonymous is
    // judged by the general rules.
    if (!all) return personMailboxDelegated(inv, name);
    b.verb('permissions').destroy('mailbox_access_all', `\`${inv.name}\` gives one account access to every mailbox`, inv.span);
    return true;
  }
  if (name === 'new-managementroleassignment') {
    const p = bind(inv.args, [], ['role', 'user', 'securitygroup', 'app', 'policy', 'name', 'customrecipientwritescope', 'recipientorganizationalunitscope']);
    const role = get(p, 'role')[0]?.value ?? null;
    if (role === null || !EVERY_MAILBOX_ROLE.test(role.trim())) return false;
    // A scope (`-CustomRecipientWriteScope`, `-RecipientOrganizationalUnitScope`) narrows it to some mailboxes.
    if (get(p, 'customrecipientwritescope', 'recipientorganizationalunitscope').length > 0) return false;
    b.verb('permissions').destroy('mailbox_access_all', `\`${inv.name} -Role ${role}\` lets the assignee read or act as every mailbox`, inv.span);
    return true;
  }
  if (name === 'add-rolegroupmember') {
    const p = bind(inv.args, ['bypasssecuritygroupmanagercheck'], ['identity', 'member']);
    const group = (get(p, 'identity')[0] ?? p.positional[0])?.value ?? null;
    if (group === null || !PRIVILEGED_ROLE_GROUP.test(group.trim())) return false;
    b.verb('permissions').destroy('privileged_group_grant', `\`${inv.name}\` adds an account to \`${group}\`, a role group with rights over every mailbox`, inv.span);
    return true;
  }
  return false;
}

/**
 * Rights over a mailbox that let the trustee read all its mail or send as its owner (Exchange Online and Exchange Server
 * references), by cmdlet: the parameter that carries them and the values that count. Add-MailboxPermission
 * `-AccessRights FullAccess` (opens and reads the mailbox; `SendAs` on Exchange Server), Add-RecipientPermission `SendAs`,
 * Add-ADPermission `-ExtendedRights Send-As`/`Receive-As`, a folder permission with `-SharingPermissionFlags Delegate`
 * (a calendar delegate: receives the owner's meeting requests and answers them), Set-Mailbox `-GrantSendOnBehalfTo`.
 * Read-only rights (ReadPermission, a folder's Reviewer) are not among them.
 */
const DELEGATION_RIGHTS: ReadonlyMap<string, { param: string; rights: RegExp }> = new Map([
  ['add-mailboxpermission', { param: 'accessrights', rights: /\b(fullaccess|sendas)\b/i }],
  ['add-recipientpermission', { param: 'accessrights', rights: /\bsendas\b/i }],
  ['add-adpermission', { param: 'extendedrights', rights: /\b(send|receive)[- ]?as\b/i }],
  ['add-mailboxfolderpermission', { param: 'sharingpermissionflags', rights: /\bdelegate\b/i }],
  ['set-mailboxfolderpermission', { param: 'sharingpermissionflags', rights: /\bdelegate\b/i }],
  ['set-mailbox', { param: 'grantsendonbehalfto', rights: /^(?!\$null$)\S/i }],
]);

/**
 * Mailboxes that belong to a role, a team or a room rather than a person, by the name's words (`shared-ap@`, `support@`,
 * `Conference Room 1`, `sales-team@`): delegating them is how they are used.
 */
const ROLE_MAILBOX = /^(shared|team|room|rooms|conf|conference|meeting|resource|equipment|boardroom)([-_.]|$)|[-_.](shared|team|room|mailbox|desk|inbox|queue|requests)([-_.]\d+)?$|^(support|helpdesk|help|servicedesk|service-desk|info|hello|contact|enquiries|inquiries|billing|invoices?|accounts|ap|ar|accounts-payable|accounts-receivable|payables|receivables|payroll|sales|orders|hr|jobs|careers|recruiting|noreply|no-reply|donotreply|press|media|marketing|finance|legal|office|reception|frontdesk|it|itsupport|security|abuse|postmaster|webmaster|operations|ops|compliance|privacy|feedback|care|customercare|customer-service|procurement|purchasing|events|newsletter|alerts|notifications)$/i;
/** Get-Mailbox `-RecipientTypeDetails` values that are not a person's mailbox. */
const ROLE_MAILBOX_TYPES = /^(sharedmailbox|roommailbox|equipmentmailbox|schedulingmailbox|teammailbox|groupmailbox)(,(sharedmailbox|roommailbox|equipmentmailbox|schedulingmailbox|teammailbox|groupmailbox))*$/i;

/** The mailbox's name as its words: the local part of an address, a display name's words joined by `-`. */
function mailboxName(value: string): string {
  return value.trim().replace(/^['"]|['"]$/g, '').split('@')[0]!.split(':')[0]!.trim().replace(/\s+/g, '-').toLowerCase();
}

/**
 * Lead decision 27 (round 17): FullAccess, SendAs or a delegate on another person's mailbox is destructive: the trustee
 * reads all that person's mail or speaks as them. The mailbox is the one `-Identity` names, or the one a
 * `Get-Mailbox -Identity X` fed in the pipe names; a shared, room or role mailbox (ROLE_MAILBOX, or a Get-Mailbox
 * `-RecipientTypeDetails SharedMailbox`) and a mailbox given to its own owner are not a person's delegated to another.
 * A mailbox the input does not name (a variable, an unnamed pipe) is left to the general rules as before.
 */
function personMailboxDelegated(inv: Invocation, name: string): boolean {
  const rule = DELEGATION_RIGHTS.get(name);
  if (!rule) return false;
  const p = bind(inv.args, ['confirm', 'whatif'], ['identity', 'user', 'trustee', 'accessrights', 'extendedrights', 'sharingpermissionflags', 'grantsendonbehalfto', 'inheritancetype', 'owner', 'instance', 'automapping', 'domaincontroller', 'sendnotificationtouser']);
  const granted = get(p, rule.param);
  if (!granted.some((w) => rule.rights.test(w.value ?? w.text))) return false;
  let mailbox: string | null;
  const named = [...get(p, 'identity'), ...p.positional.slice(0, 1)][0];
  if (named !== undefined) mailbox = named.value;
  else {
    const fed = pipeInput(inv);
    if (fed?.kind !== 'unknown' || !MAILBOX_LISTER.test(fed.producer)) return false;
    const args = fed.args ?? [];
    const at = (flag: RegExp) => args[args.findIndex((a) => flag.test(a.value ?? '')) + 1];
    const types = at(/^-recipienttypedetails$/i);
    if (types !== undefined && args.some((a) => /^-recipienttypedetails$/i.test(a.value ?? '')) && ROLE_MAILBOX_TYPES.test((types.value ?? '').replace(/\s+/g, ''))) return false;
    const id = args.some((a) => /^-identity$/i.test(a.value ?? '')) ? at(/^-identity$/i) : undefined;
    mailbox = id?.value ?? null;
  }
  if (mailbox === null || mailbox.trim() === '') return false;
  const owner = mailboxName(mailbox);
  if (ROLE_MAILBOX.test(owner)) return false;
  const trustees = name === 'set-mailbox' ? granted : get(p, 'user', 'trustee');
  if (trustees.length > 0 && trustees.every((w) => w.value !== null && mailboxName(w.value) === owner)) return false;
  const what = name === 'set-mailbox' ? 'send on behalf of' : rule.param === 'sharingpermissionflags' ? 'act as a delegate for' : 'read or send as';
  inv.env.b.verb('permissions').destroy('mailbox_delegated', `\`${inv.name}\` lets another account ${what} \`${mailbox}\`, a person's mailbox (lead decision 27)`, inv.span);
  return true;
}

/** Member removal cmdlets (ActiveDirectory, LocalAccounts, AzureAD, Exchange) and the cmdlets that list a group's members. */
const MEMBER_REMOVAL = /^remove-(ad|local|azuread|distribution)?groupmember$/;
const MEMBER_LISTER = /^get-(ad|local|azuread|mg|distribution|unified)?group(member|links)$/;

/**
 * `Get-ADGroupMember G | ForEach-Object { Remove-ADGroupMember G -Members $_ }`, `Remove-ADGroupMember G -Members
 * (Get-ADGroupMember G)`, `Get-LocalGroupMember G | Remove-LocalGroupMember G`: the members removed are the group's own
 * list, unfiltered: every one of them loses what the group gives (VPN, a share, an application).
 */
function groupEmptied(inv: Invocation, name: string): boolean {
  if (!MEMBER_REMOVAL.test(name)) return false;
  const p = bind(inv.args, [], ['identity', 'group', 'name', 'sid', 'members', 'member', 'memberid', 'objectid', 'server', 'credential', 'partition', 'authtype']);
  const members: Word[] = [...get(p, 'members', 'member', 'memberid'), ...p.positional.slice(1)];
  const fedAll = (fed: PipeInput | null) => fed?.kind === 'unknown' && fed.narrowed !== true && MEMBER_LISTER.test(fed.producer);
  const listed = members.some((w) => w.value === null && /^[@$]?\(\s*get-(ad|local|azuread|mg|distribution|unified)?group(member|links)\b/i.test(w.text) && !/\|\s*(where|\?|select)/i.test(w.text));
  const all = listed || (members.some((w) => w.value === null && CURRENT_ITEM.test(w.text)) && fedAll(pipeItem(inv))) || (members.length === 0 && fedAll(pipeInput(inv)));
  if (!all) return false;
  inv.env.b.verb('permissions').destroy('group_emptied', `\`${inv.name}\` takes every member out of the group: all of them lose what it gives`, inv.span);
  return true;
}

/** Exchange and Active Directory access rules of round 16 (above); false leaves the cmdlet to the general rules. */
export function accessGrantCmdlet(inv: Invocation, name: string): boolean {
  return mailForwarding(inv, name) || mailboxAccess(inv, name) || (name === 'set-mailbox' || name === 'add-adpermission' ? personMailboxDelegated(inv, name) : false) || groupEmptied(inv, name);
}
