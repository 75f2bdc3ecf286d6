import type { Invocation } from '../shell/invocation.ts';
import type { Word } from '../shell/words.ts';
import { bind, get } from './bind.ts';

/** Set-Service's parameters that take a value (Microsoft.PowerShell.Management reference), for cmdlets.ts's reading too. */
export const SET_SERVICE_VALUED = ['name', 'displayname', 'status', 'startuptype', 'starttype', 'description', 'computername', 'credential', 'inputobject', 'securitydescriptorsddl'];

/**
 * Remote management of a Windows machine, as data (round 42, ol42; Microsoft.PowerShell.Core's and
 * Microsoft.WSMan.Management's reference, met first in the PowerShell-Docs outside suite): the ways in that remoting
 * gives (PowerShell's session configurations, WinRM's listeners, CredSSP) opened.
 * Opening (`Enable-PSRemoting`, `Set-WSManQuickConfig`, `Enable-WSManCredSSP`) is security-settings.ts's CMDLET_WIDENS.
 * - Taken away (the lead's answer 440.2, 427.3's reading of sshd disabled; round 42 ans42a): `Disable-PSRemoting`,
 *   `Disable-PSSessionConfiguration`, `Set-PSSessionConfiguration -AccessMode Local|Disabled`, the WinRM service kept from
 *   starting (`Set-Service WinRM -StartupType Disabled`): remote administration is off at the next session, the way in
 *   off. `Stop-Service WinRM` is any service stopped; a listener removed is any Remove-'s, and `winrm delete
 *   winrm/config/Listener?…` windows/tools.ts's (all destructive). `-WhatIf` reads (cmdlets.ts, before this).
 * - Opened (answer 191's reading of Enable-PSRemoting): `Set-PSSessionConfiguration -AccessMode Remote`, a WinRM listener
 *   created (`New-WSManInstance winrm/config/listener`), CredSSP accepted by the service or offered by the client
 *   (`Set-Item WSMan:\…\Service\Auth\CredSSP $true`, credSspOn).
 * - A WS-Management change not fixed in the input (`Set-|New-WSManInstance @params`): unknown.
 * - What runs unseen: `Invoke-WSManAction` runs a method of a WMI class (`StopService`, `Terminate`, `Delete`, …): a
 *   method that stops or deletes is out of service, one that starts or reads is not, and one not fixed in the input (a
 *   splat, a variable) is unknown; `Invoke-History` runs again a command of the session's history that the line does not
 *   show: unknown.
 * Returns true when it judged the invocation.
 */
export function remoteManagementCmdlet(inv: Invocation, name: string): boolean {
  const b = inv.env.b;
  const splat = inv.args.some((a) => a.value === null || /^@\w/.test(a.text));
  switch (name) {
    case 'set-pssessionconfiguration': {
      const mode = accessMode(inv.args);
      if (mode === 'local' || mode === 'disabled') {
        b.verb('permissions').destroy('remote_access_off', `\`${inv.name} -AccessMode ${mode}\` closes the endpoint to remote administration: the way in off (the lead's answer 440.2)`, inv.span);
        return true;
      }
      if (mode !== 'remote') return false;
      b.verb('permissions').destroy('public_access', `\`${inv.name} -AccessMode Remote\` opens the endpoint to remote users`, inv.span);
      return true;
    }
    case 'disable-psremoting':
    case 'disable-pssessionconfiguration':
      b.verb('permissions').destroy('remote_access_off', `\`${inv.name}\` switches remote administration of the machine off: the way in off, as sshd disabled (the lead's answers 440.2, 427.3)`, inv.span);
      return true;
    case 'set-service': {
      // Only the WinRM service kept from starting; every other Set-Service is cmdlets.ts's.
      const p = bind(inv.args, [], SET_SERVICE_VALUED);
      const svc = (get(p, 'name')[0] ?? p.positional[0])?.value ?? null;
      if (svc === null || !/^winrm$/i.test(svc) || !DISABLED_START.test(get(p, 'startuptype', 'starttype')[0]?.value ?? '')) return false;
      b.verb('permissions').destroy('remote_access_off', `\`${inv.name} ${svc} -StartupType Disabled\` keeps Windows Remote Management from starting: the way in off (the lead's answer 440.2)`, inv.span);
      return true;
    }
    case 'new-wsmaninstance':
    case 'set-wsmaninstance': {
      const uri = (bind(inv.args, [], ['resourceuri', 'selectorset', 'valueset', 'computername', 'connectionuri', 'filepath']).values.get('resourceuri')?.[0] ?? inv.args.find((a) => a.value !== null && !a.value.startsWith('-')))?.value ?? null;
      if (uri === null) {
        if (!splat) return false;
        b.opaque('powershell_invoke_dynamic', `\`${inv.name}\` changes WS-Management configuration the input does not show`, inv.span);
        return true;
      }
      if (!/(^|\/)config\/listener$/i.test(uri)) return false;
      if (name !== 'new-wsmaninstance') return false;
      b.verb('permissions').destroy('public_access', `\`${inv.name}\` creates a WinRM listener: remote administration opened`, inv.span);
      return true;
    }
    case 'invoke-wsmanaction': {
      const action = get(bind(inv.args, [], ['action', 'resourceuri', 'selectorset', 'valueset', 'filepath', 'computername', 'connectionuri', 'authentication']), 'action')[0]?.value ?? null;
      if (action === null) {
        b.opaque('powershell_invoke_dynamic', `\`${inv.name}\` runs a WMI method the input does not show`, inv.span);
        return true;
      }
      if (/^(stop|pause|terminate|delete|uninstall|shutdown|reboot|change|format)/i.test(action)) b.verb('write').destroy('service_outage', `\`${inv.name} -Action ${action}\` stops, deletes or changes what the WMI object is`, inv.span);
      else if (/^(start|resume|get|enumerate|query)/i.test(action)) b.verb('write');
      else b.opaque('powershell_invoke_dynamic', `\`${inv.name} -Action ${action}\` runs a WMI method we do not model`, inv.span);
      return true;
    }
    case 'invoke-history':
    case 'ihy':
    case 'r':
      b.opaque('history_rerun', `\`${inv.name}\` runs again a command of the session's history that the input does not show`, inv.span);
      return true;
    default:
      return false;
  }
}

/**
 * Round 43 (atk43): a start type that is Disabled: its name, or its number in ServiceStartMode (4; PowerShell converts
 * an integer to the enum's value).
 */
export const DISABLED_START = /^(disabled|4)$/i;

function accessMode(args: Word[]): 'remote' | 'local' | 'disabled' | null {
  const v = get(bind(args, ['force', 'norestartservice'], ['name', 'accessmode', 'path', 'securitydescriptorsddl', 'startupscript', 'runasvirtualaccount', 'showsecuritydescriptorui']), 'accessmode')[0]?.value ?? null;
  return v !== null && /^(remote|local|disabled)$/i.test(v) ? (v.toLowerCase() as 'remote' | 'local' | 'disabled') : null;
}

/**
 * `Set-Item WSMan:\localhost\Service\Auth\CredSSP $true` (or a machine's `WSMan:\Server02\…`): the WinRM service accepts
 * CredSSP, so credentials delegated to it can be reused from it (as `Enable-WSManCredSSP -Role Server`). The client side
 * (`…\Client\Auth\CredSSP`) is Enable-WSManCredSSP's `-Role Client`: alike.
 * Round 43 (atk43): and the other WinRM settings whose `true` weakens it (about_WSMan_Provider; "Installation and
 * configuration for Windows Remote Management"): `AllowUnencrypted` sends and takes messages in the clear, `Auth\Basic`
 * takes or sends the password itself. A value not fixed counts as true (fail closed).
 */
export function credSspOn(path: string, value: string | null): boolean {
  return /^wsman:\\[^\\]+\\(service|client)\\(auth\\credssp|auth\\basic|allowunencrypted)$/i.test(path.replace(/\//g, '\\')) && (value === null || /^(\$?true|1)$/i.test(value.replace(/^['"]|['"]$/g, '')));
}
