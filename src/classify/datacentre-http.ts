/**
 * Round 39 (bld39): HTTP requests to a datacentre's management APIs, as data: DMTF Redfish (a server's BMC: iDRAC, iLO,
 * XClarity, OpenBMC), the vSphere Automation API (`/api/vcenter/…`, and the older `/rest/vcenter/…`) and Nutanix Prism
 * v3. Read by rest-apis.ts (`restApiNoLoss`: what loses nothing whatever its path words say) and other-kinds.ts
 * (`httpBodyEffects`: what a POST, PATCH or PUT destroys, whoever sends it).
 *
 * Labels (blind39-dc.yaml's description): a server powered on or restarted gracefully, and a BMC restarted, are
 * restarts; a forced or graceful power-off, a power cycle, a reset, an NMI and firmware applied at once are out of
 * service; a drive erased and a log cleared are data lost; Secure Boot off is a safeguard off; a VM's power state set
 * to off through Prism or vSphere is out of service.
 */
import { isJsonObject, parseJson, type JsonObject, type JsonValue } from '../core/index.ts';
import { urlPath } from './environment.ts';

/** What a request does, when this module knows it. */
export interface DatacentreEffect {
  code: 'service_outage' | 'safeguard_off' | 'data_erased';
  why: string;
  deletes: boolean;
}

function asObject(v: JsonValue | undefined): JsonObject | null {
  const parsed = typeof v === 'string' ? parseJson(v) : v;
  return isJsonObject(parsed) ? parsed : null;
}

/** The URL's path without its query (`/redfish/v1/Systems/1/Actions/ComputerSystem.Reset`). */

/** A Redfish action by its name, at the end of the path (`…/Actions/ComputerSystem.Reset`, `…/Actions/Oem/…`). */
const redfishAction = (url: string, action: RegExp): boolean => /\/redfish\/v1\//i.test(url) && new RegExp(`/Actions/(Oem/(\\w+/)?)?(\\w+\\.)?(${action.source})$`, 'i').test(urlPath(url));

/** The `ResetType` a Redfish reset's body names; undefined when the body does not show one. */
function resetType(body: JsonValue | undefined): string | undefined {
  const value = asObject(body)?.['ResetType'];
  return typeof value === 'string' ? value : undefined;
}

/** Reset types that bring a server up or restart it through its OS: `On`, `ForceOn`, `GracefulRestart` (Redfish's ResetType). */
const RESET_UP = /^(On|ForceOn|GracefulRestart)$/;

/**
 * Why a request loses nothing, or null: a server powered on or restarted gracefully (`ComputerSystem.Reset` with
 * `ResetType` On or GracefulRestart: a restart, answer 80), or the BMC itself restarted (`Manager.Reset`: the server runs
 * on).
 */
export function datacentreNoLoss(method: string, url: string, body: JsonValue | undefined): string | null {
  if (method !== 'POST') return null;
  const type = resetType(body);
  if (redfishAction(url, /Reset/) && /ComputerSystem\.Reset$/i.test(urlPath(url)) && type !== undefined && RESET_UP.test(type)) {
    return `a Redfish reset of type ${type}: the server is powered on or restarted through its operating system`;
  }
  if (/\/Actions\/Manager\.Reset$/i.test(urlPath(url)) && /\/redfish\/v1\//i.test(url)) return "restarts the BMC itself: the server runs on";
  return null;
}

/** vSphere's VM power and guest power operations that take it down (`power?action=stop`, `/rest/…/power/stop`). */
const VSPHERE_POWER_DOWN = /\/(api|rest)\/vcenter\/vm\/[^/?#]+\/(guest\/)?power(\?(.*&)?action=|\/)(stop|suspend|reset|shutdown|standby)(&|$)/i;
/** vSphere's host disconnected from vCenter (`/api/vcenter/host/{id}?action=disconnect`). */
const VSPHERE_HOST_DISCONNECT = /\/(api|rest)\/vcenter\/host\/[^/?#]+(\?(.*&)?action=|\/)disconnect(&|$)/i;
/** Prism v3's VM (`PUT /api/nutanix/v3/vms/{uuid}`) whose spec sets the power state off. */
const PRISM_VM = /\/api\/nutanix\/v3\/vms\/[^/?#]+$/i;
/**
 * Prism v2's power transition (`POST /api/nutanix/v2.0/vms/{uuid}/set_power_state`, `{"transition": …}`), atk40: every
 * transition but ON takes the VM down (OFF, ACPI_SHUTDOWN, a RESET or POWERCYCLE is a hard reset: 86, SUSPEND, PAUSE).
 */
const PRISM_V2_POWER = /\/api\/nutanix\/v2(\.0)?\/vms\/[^/?#]+\/set_power_state$/i;

function prismPowerOff(url: string, body: JsonValue | undefined): boolean {
  if (!PRISM_VM.test(urlPath(url))) return false;
  const spec = asObject(asObject(body)?.['spec']);
  const state = asObject(spec?.['resources'])?.['power_state'];
  return typeof state === 'string' && /^off$/i.test(state);
}

/** The effect of a POST, PATCH or PUT to one of these APIs, or null. */
export function datacentreRequestEffect(method: string, url: string, body: JsonValue | undefined): DatacentreEffect | null {
  const type = resetType(body);
  if (method === 'POST' && redfishAction(url, /ComputerSystem\.Reset/) && !(type !== undefined && RESET_UP.test(type))) {
    return { code: 'service_outage', why: `a Redfish reset${type ? ` of type ${type}` : ' whose type the input does not show'}: the server is powered off, cycled or reset`, deletes: false };
  }
  if (method === 'POST' && redfishAction(url, /SecureErase|Drive\.SecureErase|Volume\.Initialize|SecureEraseReset|SanitizeDrive|SecureSystemErase|SystemErase|ResetConfig/)) {
    return { code: 'data_erased', why: 'erases a drive or a volume through the BMC', deletes: true };
  }
  if (method === 'POST' && redfishAction(url, /LogService\.ClearLog|ClearLog/)) {
    return { code: 'data_erased', why: "clears a hardware event log: the record of the server's faults is lost", deletes: true };
  }
  if (method === 'POST' && redfishAction(url, /Manager\.ResetToDefaults|ResetToDefaults|ResetToFactoryDefaults|ResetBios|ResetKeys/)) {
    return { code: 'data_erased', why: "resets the BMC's or the BIOS's settings (or its keys) to the factory's", deletes: true };
  }
  if (method === 'POST' && redfishAction(url, /UpdateService\.SimpleUpdate/) && /^Immediate$/i.test(String(asObject(body)?.['@Redfish.OperationApplyTime'] ?? ''))) {
    return { code: 'service_outage', why: 'applies firmware now, with the server restarted (answer 80)', deletes: false };
  }
  if ((method === 'PATCH' || method === 'PUT') && /\/redfish\/v1\/.*\/SecureBoot$/i.test(urlPath(url)) && asObject(body)?.['SecureBootEnable'] === false) {
    return { code: 'safeguard_off', why: 'switches Secure Boot off', deletes: false };
  }
  if (method === 'POST' && VSPHERE_POWER_DOWN.test(url)) return { code: 'service_outage', why: 'powers the VM off, suspends, resets or shuts down its guest', deletes: false };
  if (method === 'POST' && VSPHERE_HOST_DISCONNECT.test(url)) return { code: 'safeguard_off', why: "disconnects the host from vCenter: its VMs lose vCenter's management and HA", deletes: false };
  if (method === 'POST' && PRISM_V2_POWER.test(urlPath(url))) {
    const transition = asObject(body)?.['transition'];
    if (!(typeof transition === 'string' && /^(on|acpi_reboot)$/i.test(transition))) return { code: 'service_outage', why: `sets the VM's power state ${typeof transition === 'string' ? transition : 'to a transition the input does not show'}`, deletes: false };
  }
  if ((method === 'PUT' || method === 'PATCH') && prismPowerOff(url, body)) return { code: 'service_outage', why: "sets the VM's power state off", deletes: false };
  return null;
}
