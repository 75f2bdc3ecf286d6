import type { Invocation } from '../shell/invocation.ts';
import { clue, envTarget } from '../shell/tools/common.ts';
import { bind, get } from './bind.ts';

/**
 * Endpoint management as the IT admin's modules document it (round 17): Intune's remote actions on managed devices
 * (Microsoft.Graph.DeviceManagement.Actions), Group Policy delegation (GroupPolicy), and three Remove- cmdlets whose
 * verb says more than they do (Defender, PrintManagement, DhcpServer). Data first; `endpointAdminCmdlet` applies it.
 * Returns true when it decided; false leaves the cmdlet to the general rules.
 */

/**
 * Intune remote actions on a managed device (Graph `managedDevice` actions; the same cmdlets in the Beta module): a wipe
 * resets the device and deletes its data, a retire removes company data and apps, Fresh Start (`cleanWindowsDevice`)
 * removes the apps, `rebootNow` and `shutDown` take the user's machine down now (as a reboot of a machine is).
 */
const DEVICE_ACTION: ReadonlyMap<string, string> = new Map([
  ['invoke-mgwipedevicemanagementmanageddevice', 'wipes the device'],
  ['invoke-mgretiredevicemanagementmanageddevice', 'retires the device (company data and apps removed)'],
  ['invoke-mgcleandevicemanagementmanageddevicewindowsdevice', 'runs Fresh Start on the device (its apps removed)'],
  ['invoke-mgdeprovisiondevicemanagementmanageddevice', 'deprovisions the device'],
  ['restart-mgdevicemanagementmanageddevicenow', 'reboots the device now'],
  ['invoke-mgshutdowndevicemanagementmanageddevice', 'shuts the device down'],
]);

/**
 * Set-GPPermission `-PermissionLevel` (GroupPolicy reference): `GpoRead` and `GpoApply` let a trustee read or receive the
 * policy; `GpoEdit`, `GpoEditDeleteModifySecurity` and `WmiFilterEdit` let it change what the policy does on every
 * computer it applies to (a privileged grant). `None` takes the trustee's rights away.
 */
const GPO_EDIT_LEVEL = /^(gpoedit|gpoeditdeletemodifysecurity|gpocustom|wmifilteredit|wmifiltereditall|wmifiltercustom|starterpoedit|starterpocustom|somcreatewmifilter|somwmifilterfullcontrol|somcreategpo|somcreatestartergpo|somlogging|somplanning|somlink)$/i;

/** `\\SERVER\PRINTER`: a connection to a shared printer (Add-Printer -ConnectionName), not a printer a server shares. */
const PRINTER_CONNECTION = /^\\\\[^\\]+\\[^\\]+$/;

export function endpointAdminCmdlet(inv: Invocation, name: string): boolean {
  const b = inv.env.b;
  const action = DEVICE_ACTION.get(name.replace(/^([a-z]+)-mgbeta/, '$1-mg'));
  if (action) {
    const p = bind(inv.args, [], ['manageddeviceid', 'bodyparameter', 'inputobject']);
    const id = get(p, 'manageddeviceid')[0];
    b.verb('write').target(envTarget(inv, 'host', `intune-device:${id?.value ?? '?'}`, [clue('names', id?.value)])).destroy('device_remote_action', `\`${inv.name}\` ${action}`, inv.span);
    return true;
  }
  if (name === 'set-gppermission' || name === 'set-gppermissions') {
    const p = bind(inv.args, ['replace', 'all'], ['name', 'guid', 'targetname', 'targettype', 'permissionlevel', 'domain', 'server']);
    const levels = get(p, 'permissionlevel');
    b.verb('permissions');
    // SECURITY: a level the input does not fix may be an edit right.
    if (levels.length === 0 || levels.some((l) => l.value === null || GPO_EDIT_LEVEL.test(l.value))) {
      b.destroy('gpo_edit_granted', `\`${inv.name} -PermissionLevel ${levels[0]?.text ?? '?'}\` lets the trustee change the policy on every computer it applies to`, inv.span);
    }
    return true;
  }
  // Remove-MpThreat (Defender module) removes the active threats Defender found: remediation, not a loss.
  if (name === 'remove-mpthreat') {
    b.verb('write').finding('threat_remediated', `\`${inv.name}\` removes the malware Defender detected`);
    return true;
  }
  // Remove-Printer of this machine's connection to a shared printer (`-Name \\SERVER\PRINTER`, no -ComputerName): the
  // printer stays shared on its server and Add-Printer -ConnectionName connects again.
  if (name === 'remove-printer') {
    const p = bind(inv.args, [], ['name', 'computername', 'inputobject', 'cimsession', 'throttlelimit']);
    const names = [...get(p, 'name'), ...p.positional];
    if (names.length > 0 && get(p, 'computername', 'inputobject', 'cimsession').length === 0 && names.every((n) => n.value !== null && PRINTER_CONNECTION.test(n.value))) {
      b.verb('write').finding('printer_connection_removed', `\`${inv.name}\` removes this machine's connection to a shared printer`);
      return true;
    }
    return false;
  }
  // Remove-DhcpServerv4Lease / v6 of leases named by address or client id: the client asks for a lease again. Only
  // `-ScopeId` (or a value not fixed) removes every lease in the scope and stays with the general rule.
  if (name === 'remove-dhcpserverv4lease' || name === 'remove-dhcpserverv6lease') {
    const p = bind(inv.args, ['badleases'], ['computername', 'scopeid', 'prefix', 'ipaddress', 'clientid', 'clientduid', 'inputobject', 'cimsession', 'throttlelimit']);
    const leases = get(p, 'ipaddress', 'clientid', 'clientduid');
    if (leases.length > 0 && leases.every((w) => w.value !== null) && !p.switches.get('badleases') && p.positional.length === 0) {
      b.verb('delete').finding('dhcp_lease_released', `\`${inv.name}\` removes the named leases; the clients lease again`);
      return true;
    }
    return false;
  }
  return false;
}
