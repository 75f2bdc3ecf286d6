/**
 * Round 39 (net2): blind39-net's pinned classes. One NetBox or Nautobot record that holds no others, deleted by its id
 * (HTTP, MCP, pynetbox), is narrowed (the lead's answer 408.4, answer 53); a site, a filter or a bulk delete stays
 * destructive. Ansible network modules are read by the module and its lines (network-catalogue.ts ansibleNetworkModule).
 * fix39-net2.yaml holds neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';
import type { JsonValue } from '../core/index.ts';

const answer = batchAnswers();
const LAPTOP = { cwd: '/home/neteng/netops', home: '/home/neteng' };
const decide = (command: string): string => answer('command', command, LAPTOP).decision;
const del = (url: string): string => answer('http_request', { method: 'DELETE', url, headers: { Authorization: 'Token x' } }, LAPTOP).decision;
const mcp = (tool: string, args: Record<string, JsonValue>): string => answer('mcp_tool_call', { server: 'netbox', tool, arguments: args }, LAPTOP).decision;

test('one NetBox record by its id is narrowed; a site, a filter or a list stays destructive (408.4)', () => {
  assert.equal(del('https://nb.example.net/api/dcim/devices/42/'), 'benign');
  assert.equal(del('https://nb.example.net/api/ipam/ip-addresses/3f0c9a2e-5b1d-4e7a-9c44-0a1b2c3d4e5f/'), 'benign');
  for (const url of ['https://nb.example.net/api/dcim/sites/7/', 'https://nb.example.net/api/dcim/devices/?site_id=7', 'https://nb.example.net/api/dcim/devices/', 'https://nb.example.net/api/users/users/4/']) assert.equal(del(url), 'destructive', url);
  assert.equal(mcp('netbox_delete_object', { object_type: 'dcim.device', object_id: 42 }), 'benign');
  assert.equal(mcp('netbox_delete_object', { object_type: 'dcim.site', object_id: 7 }), 'destructive');
  assert.equal(mcp('netbox_delete_object', { object_type: 'dcim.device', filters: { site: 'ams1' } }), 'destructive');
  assert.equal(mcp('netbox_delete_objects', { object_type: 'dcim.device', object_ids: [1, 2] }), 'destructive');
});

test('pynetbox: get(ID).delete() is narrowed, filter().delete() and get(name=…).delete() are not', () => {
  const py = (call: string): string => decide(`python3 -c "import pynetbox; nb = pynetbox.api('https://nb.example.net', token='t'); ${call}"`);
  assert.equal(py('nb.dcim.devices.get(42).delete()'), 'benign');
  assert.equal(py("nb.dcim.devices.filter(site='x').delete()"), 'destructive');
  assert.equal(py("nb.dcim.devices.get(name='x').delete()"), 'destructive');
  assert.equal(py('nb.dcim.sites.get(7).delete()'), 'destructive');
});

test('Ansible network modules: device lines and resource states decide; --check and gathered read', () => {
  const prod = (m: string, a: string, extra = ''): string => decide(`ansible -i inventories/prod/hosts.yml core -m ${m} -a "${a}"${extra}`);
  assert.equal(prod('cisco.ios.ios_command', "commands='show version'"), 'benign');
  assert.equal(prod('cisco.ios.ios_command', "commands='reload'"), 'destructive');
  assert.equal(prod('cisco.ios.ios_config', "lines='shutdown' parents='interface Gi1/0/1'"), 'destructive');
  assert.equal(prod('cisco.ios.ios_config', "lines='shutdown' parents='interface Gi1/0/1'", ' --check'), 'benign');
  assert.equal(prod('cisco.ios.ios_config', "lines='description uplink' parents='interface Gi1/0/1'"), 'benign');
  assert.equal(prod('junipernetworks.junos.junos_config', "lines='delete protocols bgp'"), 'destructive');
  assert.equal(prod('arista.eos.eos_vlans', 'state=overridden'), 'destructive');
  assert.equal(prod('arista.eos.eos_vlans', 'state=gathered'), 'benign');
  assert.notEqual(prod('cisco.ios.ios_config', 'src=core.cfg'), 'benign');
  assert.equal(prod('cisco.nxos.nxos_reboot', 'confirm=true'), 'destructive');
});
