import type { Invocation } from '../shell/invocation.ts';
import type { Word } from '../shell/words.ts';
import { clue, envTarget } from '../shell/tools/common.ts';
import { INSECURE_FEATURE, registryValueWeakens, SERVER_ROLE_FEATURE } from './tools.ts';
import { namedAccounts } from '../powershell/bind.ts';
import { namesTestAccount } from '../test-data.ts';
import { M365_SETTINGS, type Setting } from '../powershell/m365-catalogue.ts';

/**
 * Windows Server roles and directory services as their PowerShell modules document them (FailoverClusters, Hyper-V,
 * SmbShare, Storage, DhcpServer, ActiveDirectory, GroupPolicy, Microsoft.Graph.Users, MSOnline, DISM), and Microsoft 365
 * and Azure tenant settings (Graph, Exchange Online, SharePoint, Teams, Az): the cmdlets and
 * settings that take a role out of service, switch an account off or weaken a safeguard, where the cmdlet's verb alone
 * (Set-, Save-, Close-, Update-) does not say so. Data first; `serverRoleCmdlet` applies it.
 */

/** Verb-noun of cmdlets that take a running role out of service (availability: stop, pause, drain, cut sessions). */
const OUTAGE_CMDLET: ReadonlyMap<string, string> = new Map([
  // Hyper-V: the VM's memory is saved to disk and the VM stops until someone starts it.
  ['save-vm', 'saves and stops the VM'],
  // FailoverClusters: a role (group) or resource stops; a node stops or is paused (-Drain moves its roles away first).
  ['stop-clustergroup', 'stops a clustered role'],
  ['stop-clusterresource', 'stops a clustered resource'],
  ['stop-clusternode', 'stops the cluster service on a node'],
  ['suspend-clusternode', 'pauses a cluster node: it takes no roles, and the cluster loses a failover target'],
  ['suspend-clusterresource', 'takes a clustered resource offline'],
  ['stop-clusterrole', 'stops a clustered role'],
  // SmbShare: every session or open file is cut; writes in flight are lost.
  ['close-smbsession', 'cuts SMB client sessions'],
  ['close-smbopenfile', 'closes files clients hold open'],
]);

const ON = /^(\$?true|1|yes)$/;
const OFF = /^(\$?false|0|no|disabled?|off|inactive)$/;

/** Parameters of Set-/Update- cmdlets whose value takes a role out of service, switches an account off or a safeguard. */
const SETTINGS: readonly Setting[] = [
  // Storage: Set-Disk -IsOffline $true takes the disk and its volumes away from what uses them.
  { noun: /^disk$/, param: /^-isoffline$/, value: ON, code: 'service_outage', what: 'takes the disk offline' },
  // DhcpServer: an inactive scope leases no address.
  { noun: /^dhcpserverv[46]scope$/, param: /^-state$/, value: /^inactive$/, code: 'service_outage', what: 'stops the scope from leasing addresses' },
  // ActiveDirectory (Set-ADUser, Set-ADComputer, Set-ADServiceAccount -Enabled), Microsoft Graph and AzureAD
  // (Update-MgUser, Set-AzureADUser -AccountEnabled), MSOnline (Set-MsolUser -BlockCredential): the account can no longer sign in.
  { noun: /(user|computer|serviceaccount)$/, param: /^-(enabled|accountenabled)$/, value: OFF, code: 'account_disabled', what: 'switches the account off' },
  // Update-MgServicePrincipal / Set-AzureADServicePrincipal -AccountEnabled $false: the workloads signing in as it stop
  // (the lead's round-17 decision 25).
  { noun: /serviceprincipal$/, param: /^-accountenabled$/, value: OFF, code: 'account_disabled', what: 'switches the service principal off' },
  { noun: /^msoluser$/, param: /^-blockcredential$/, value: ON, code: 'account_disabled', what: 'blocks the account from signing in' },
  // SmbShare: encryption and signing of SMB traffic switched off.
  { noun: /^(smbshare|smbserverconfiguration)$/, param: /^-(encryptdata|requiresecuritysignature|rejectunencryptedaccess)$/, value: OFF, code: 'encryption_off', what: 'lets SMB traffic go unencrypted or unsigned' },
  // SMB 1.0 switched back on (`Set-SmbServerConfiguration -EnableSMB1Protocol $true`; Microsoft has deprecated it: no
  // encryption, no pre-authentication integrity): a safeguard off (round 28). The walker reads the parameter's digits as
  // typed (answer 270), so `-EnableSMB2Protocol` is another parameter.
  { noun: /^smbserverconfiguration$/, param: /^-enablesmb1protocol$/, value: ON, code: 'safeguard_disabled', what: 'switches the deprecated SMB 1.0 protocol back on' },
  // ActiveDirectory password policies: complexity off, no minimum length, no lockout, passwords stored reversibly.
  { noun: /^(addefaultdomainpasswordpolicy|adfinegrainedpasswordpolicy)$/, param: /^-complexityenabled$/, value: OFF, code: 'safeguard_disabled', what: 'switches password complexity off' },
  { noun: /^(addefaultdomainpasswordpolicy|adfinegrainedpasswordpolicy)$/, param: /^-(minpasswordlength|lockoutthreshold)$/, value: /^0+$/, code: 'safeguard_disabled', what: 'removes the password length or lockout rule' },
  { noun: /^(addefaultdomainpasswordpolicy|adfinegrainedpasswordpolicy)$/, param: /^-reversibleencryptionenabled$/, value: ON, code: 'safeguard_disabled', what: 'stores passwords reversibly' },
  // Microsoft 365 and Azure tenant settings (round 19, each module's reference): security defaults (MFA for everyone) off;
  // deleted items kept no time; a distribution group anyone on the internet may mail; SMTP AUTH with passwords for every
  // mailbox; automatic forwarding to outside addresses; SharePoint anyone links (no sign-in); chats from consumer Teams
  // accounts; a storage account's or key vault's firewall that lets every network in; point-in-time restore kept a day
  // or less (the lead's answer 54); a Defender plan dropped to Free; a web app that accepts plain HTTP; TDE off.
  { noun: /^mgpolicyidentitysecuritydefaultenforcementpolicy$/, param: /^-isenabled$/, value: OFF, code: 'safeguard_disabled', what: 'switches the security defaults (MFA for everyone) off' },
  { noun: /^mailbox$/, param: /^-retaindeleteditemsfor$/, value: /^0+(\.0{1,2}:00:00)?$/, code: 'safeguard_disabled', what: 'keeps deleted items for no time' },
  { noun: /^(distributiongroup|dynamicdistributiongroup|unifiedgroup)$/, param: /^-requiresenderauthenticationenabled$/, value: OFF, code: 'public_access', what: 'lets anyone on the internet mail the group' },
  { noun: /^transportconfig$/, param: /^-smtpclientauthenticationdisabled$/, value: OFF, code: 'safeguard_disabled', what: 'allows SMTP AUTH with passwords for every mailbox' },
  { noun: /^hostedoutboundspamfilterpolicy$/, param: /^-autoforwardingmode$/, value: /^on$/, code: 'mail_forwarded_out', what: 'lets mailboxes forward automatically to outside addresses' },
  { noun: /^(spotenant|pnptenant|sposite|pnptenantsite|pnpsite)$/, param: /^-sharingcapability$/, value: /^externaluserandguestsharing$/, code: 'public_access', what: 'allows anyone links, opened without signing in' },
  { noun: /^cstenantfederationconfiguration$/, param: /^-allowteamsconsumerinbound$/, value: ON, code: 'public_access', what: 'lets consumer Teams accounts start chats' },
  { noun: /^az(storageaccount|keyvault)networkruleset$/, param: /^-defaultaction$/, value: /^allow$/, code: 'public_access', what: 'lets every network in by default' },
  { noun: /^azsqldatabasebackupshorttermretentionpolicy$/, param: /^-retentiondays$/, value: /^[01]$/, code: 'safeguard_disabled', what: 'keeps point-in-time backups a day or less' },
  { noun: /^azsecuritypricing$/, param: /^-pricingtier$/, value: /^free$/, code: 'safeguard_disabled', what: 'drops the Defender plan' },
  { noun: /^azwebapp(slot)?$/, param: /^-httpsonly$/, value: OFF, code: 'encryption_off', what: 'accepts plain HTTP' },
  { noun: /^azsqldatabasetransparentdataencryption$/, param: /^-state$/, value: OFF, code: 'encryption_off', what: 'switches encryption at rest off' },
];

/** A parameter's value as PowerShell binds it: `-P:v`, `-P v`, a bare switch (`$true`); lower-case. */
function valueAt(args: Word[], i: number): string | null {
  const a = args[i]!.value ?? '';
  const colon = a.indexOf(':');
  if (colon !== -1) return a.slice(colon + 1).toLowerCase();
  const next = args[i + 1]?.value ?? null;
  return next === null || next.startsWith('-') ? '$true' : next.toLowerCase();
}

function named(args: Word[], param: RegExp): string | null {
  const i = args.findIndex((a) => param.test((a.value ?? '').replace(/:.*$/, '').toLowerCase()));
  return i === -1 ? null : (args[i + 1]?.value ?? null);
}

/** Set-GPRegistryValue / Set-GPPrefRegistryValue: a policy that writes a safeguard's registry value off (registryValueWeakens). */
function policyRegistryWeakens(inv: Invocation): boolean {
  const key = named(inv.args, /^-key$/);
  const value = named(inv.args, /^-valuename$/);
  return key !== null && value !== null && registryValueWeakens(key, value, named(inv.args, /^-value$/));
}

/**
 * The features a *-WindowsOptionalFeature / *-WindowsFeature cmdlet names, one reading for enabling and disabling: by
 * `-FeatureName` or `-Name` (also `-FeatureName:X`), or by position (both cmdlets take the name first), comma lists split.
 * Other words (a `-LogPath` value) are read too: they name no feature.
 */
function featureNames(args: readonly Word[]): string[] {
  return args.flatMap((a) => {
    const v = a.value ?? '';
    const glued = /^-(featurename|name):(.+)$/i.exec(v)?.[2];
    return (glued ?? (v.startsWith('-') ? '' : v)).split(',').map((f) => f.trim()).filter(Boolean);
  });
}

/** Disable-WindowsOptionalFeature of a server role (SERVER_ROLE_FEATURE); Remove- and Uninstall-WindowsFeature are deletes by their verb. */
function disablesServerRole(inv: Invocation, verb: string, noun: string): boolean {
  return verb === 'disable' && /feature$/.test(noun) && featureNames(inv.args).some((f) => SERVER_ROLE_FEATURE.test(f));
}

/**
 * Round 30 (w30): Uninstall-WindowsFeature and Remove-WindowsFeature of features that serve nothing and guard nothing
 * (`Telnet-Client`, `XPS-Viewer`): the feature is switched off with its files kept, as `dism /disable-feature` and
 * Disable-WindowsOptionalFeature of it are read (a write); Install-WindowsFeature brings it back. Every name fixed, no
 * wildcard, no server role (SERVER_ROLE_FEATURE), no safeguard (Defender, the firewall, backup, BitLocker), no `-Remove`
 * (which deletes the feature's files from the component store), no `-Restart` (the machine restarts) and no
 * `-ComputerName` (another server).
 */
const SAFEGUARD_FEATURE = /defender|firewall|backup|bitlocker|applocker|credential|guard|audit/i;
export function uninstallsPlainFeatures(inv: Invocation): boolean {
  if (inv.args.some((a) => a.value === null || /^-(remove|computername|cn|vhd|restart)$/i.test(a.value))) return false;
  const names = featureNames(inv.args.filter((a, i) => !/^-(logpath|credential)$/i.test(inv.args[i - 1]?.value ?? '') && !/^-(whatif|confirm|includemanagementtools)$/i.test(a.value ?? '')));
  return names.length > 0 && names.every((f) => /^[a-z0-9][\w.-]*$/i.test(f) && !SERVER_ROLE_FEATURE.test(f) && !SAFEGUARD_FEATURE.test(f));
}

/** Enable-WindowsOptionalFeature / Install-WindowsFeature of SMB 1.0 (INSECURE_FEATURE). */
function enablesInsecureFeature(inv: Invocation, verb: string, noun: string): boolean {
  return /^(enable|install|add)$/.test(verb) && /feature$/.test(noun) && featureNames(inv.args).some((f) => INSECURE_FEATURE.test(f));
}

/**
 * Every account the cmdlet names is a test one (namesTestAccount, the lead's decision 40): switching it off or removing
 * it is test data changed, a write. Records the finding; false when an account is not named or not a test one.
 */
export function testAccountsOnly(inv: Invocation): boolean {
  const accounts = namedAccounts(inv.args, /-localuser$/i.test(inv.name));
  if (accounts === null || !accounts.every(namesTestAccount)) return false;
  inv.env.b.verb('write').finding('test_account', `\`${inv.name}\` acts on the test account \`${accounts.join(', ')}\` only`);
  return true;
}

/**
 * The lead's answer 358.2 (round 35): a drain that moves work elsewhere and honours what keeps it serving is a write, as
 * `kubectl drain` is (answer 337.1). `Suspend-ClusterNode -Drain` (FailoverClusters) moves every clustered role to
 * another node before the node is paused, and stops if a role cannot move. Not `-ForceDrain` (roles that cannot move are
 * taken offline: "the workloads are moved from a node even in the case of an error"), and not the node paused without
 * `-Drain`, whose roles stay on it (its current rule: a failover target lost). PowerShell takes a unique prefix of a
 * parameter (`-Dr`); `-Drain:$false` is no drain; a splat (`@params`) may hold `-ForceDrain`.
 */
function clusterNodeDrainedByMove(inv: Invocation): boolean {
  const params = inv.args.map((a) => a.value).filter((v): v is string => v !== null && v.startsWith('-')).map((v) => v.toLowerCase());
  const drain = params.some((p) => /^-d(r(a(in?)?)?)?(:\$?true)?$/.test(p));
  const forced = params.some((p) => /^-f(o(r(c(e(d(r(a(in?)?)?)?)?)?)?)?)?(:|$)/.test(p) && !/:\$?false$/.test(p));
  // A value not fixed in the input is read only as a node's or cluster's name (`-Name $node`); anywhere else (a splat) it may
  // be `-ForceDrain`.
  const unread = inv.args.some((a, i) => a.value === null && !/^-(n|na|nam|name|c|cl|clu|clus|clust|cluste|cluster|t|ta|tar|targ|targe|target|targetn|targetno|targetnod|targetnode)$/i.test(inv.args[i - 1]?.value ?? ''));
  return drain && !forced && !unread;
}

/** What it acts on, by name (`Save-VM -Name prod-sql01`, `Suspend-ClusterNode prod-sql01`), may say its environment (round 12). */
function namedHostTargets(inv: Invocation): void {
  for (const [i, a] of inv.args.entries()) {
    const v = a.value;
    if (v === null || v.startsWith('-') || (i > 0 && (inv.args[i - 1]?.value ?? '').startsWith('-') && !/^-(name|vmname|computername|cn|cluster|nodename)$/i.test(inv.args[i - 1]!.value!))) continue;
    for (const id of v.split(',').map((x) => x.trim()).filter(Boolean)) {
      const t = envTarget(inv, 'host', id, [clue('names', id)]);
      if (t.environment !== null) inv.env.b.target(t);
    }
  }
}

/** Judges `inv` when it is one of the forms above and destructive; false otherwise (the caller's rules go on). */
export function serverRoleCmdlet(inv: Invocation, name: string): boolean {
  const b = inv.env.b;
  const m = /^([a-z]+)-([a-z0-9]+)$/.exec(name);
  if (!m) return false;
  const [, verb, noun] = m as unknown as [string, string, string];
  const outage = OUTAGE_CMDLET.get(name);
  if (outage && name === 'suspend-clusternode' && clusterNodeDrainedByMove(inv)) {
    b.verb('write').finding('cluster_node_drain', `\`${inv.name} -Drain\` moves the node's roles to other nodes before pausing it; the cluster keeps serving them (answer 358.2)`, inv.span);
    namedHostTargets(inv);
    return true;
  }
  if (outage) {
    b.verb('write').destroy('service_outage', `\`${inv.name}\` ${outage}`, inv.span);
    namedHostTargets(inv);
    return true;
  }
  if (verb === 'set' || verb === 'update') {
    for (const s of [...SETTINGS, ...M365_SETTINGS]) {
      if (!s.noun.test(noun)) continue;
      const i = inv.args.findIndex((a) => s.param.test((a.value ?? '').replace(/:.*$/, '').toLowerCase()));
      const v = i === -1 ? null : valueAt(inv.args, i);
      if (v !== null && s.value.test(v)) {
        if (s.code === 'account_disabled' && testAccountsOnly(inv)) return true;
        b.verb('write').destroy(s.code, `\`${inv.name} ${inv.args[i]!.value!.replace(/:.*$/, '')}\` ${s.what}`, inv.span);
        // The names it is given (`-ResourceGroupName rg-erp-prod`, `-VaultName kv-app-prod`) may say the environment.
        for (const a of inv.args) {
          if (a.value === null || a.value.startsWith('-')) continue;
          const t = envTarget(inv, 'cloud', a.value, [clue('names', a.value)]);
          if (t.environment !== null) b.target(t);
        }
        return true;
      }
    }
  }
  if (/^(set-gpregistryvalue|set-gpprefregistryvalue)$/.test(name) && policyRegistryWeakens(inv)) {
    b.verb('write').destroy('safeguard_disabled', `\`${inv.name}\` makes a Group Policy switch a safeguard off on every computer it applies to`, inv.span);
    return true;
  }
  if (enablesInsecureFeature(inv, verb, noun)) {
    b.verb('write').destroy('safeguard_disabled', `\`${inv.name}\` turns the deprecated SMB 1.0 protocol back on`, inv.span);
    return true;
  }
  if (disablesServerRole(inv, verb, noun)) {
    b.verb('delete').destroy('service_outage', `\`${inv.name}\` removes a server role`, inv.span);
    return true;
  }
  return false;
}
