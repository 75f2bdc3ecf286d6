/**
 * Round 39 (bln39): a network engineer's agent at the device level (network-catalogue.ts). Device lines sent over ssh,
 * a here-doc, a pipe, Junos's `cli -c` and vtysh are judged line by line; Unix programs that share a device's first words
 * stay Unix; a production device's reboot is out of service and a lab's a restart; a candidate compared and discarded is
 * a read; Arista eAPI's runCmds and network MCP servers' arguments carry the same lines. fix39-bln39.yaml holds neighbours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';
import type { JsonValue } from '../core/index.ts';

const answer = batchAnswers();
const LAPTOP = { cwd: '/home/neteng/netops', home: '/home/neteng' };
const decide = (command: string): string => answer('command', command, LAPTOP).decision;
const each = (expected: string, commands: string[]): void => {
  for (const c of commands) assert.equal(decide(c), expected, c);
};

test('device lines over ssh: erase, zeroize and factory resets are destructive; shows and saves stay benign', () => {
  each('destructive', ["ssh ops@r1.prod.example.net 'write erase'", "ssh ops@r1.prod.example.net 'request system zeroize'", "ssh admin@mt1 '/system reset-configuration no-defaults=yes'", "ssh ops@lab-r1 'erase startup-config'"]);
  each('benign', ["ssh ops@r1.prod.example.net 'show running-config | section bgp'", "ssh ops@r1.prod.example.net 'copy running-config startup-config'", "ssh ops@r1.prod.example.net 'write memory'", "ssh admin@mt1 '/export terse'"]);
});

test('a reload or reboot is destructive on a production device and a restart on a lab one; a scheduled reload is a write', () => {
  each('destructive', ["ssh ops@r1.prod.example.net 'reload'", "ssh ops@mx9.prod.example.net 'request system reboot'", "ssh admin@mt1.prod.example.net '/system reboot'"]);
  each('benign', ["ssh ops@lab-r1 'reload'", "ssh ops@lab-mx9 'request system reboot'", "ssh ops@r1.prod.example.net 'reload in 10'", "ssh ops@r1.prod.example.net 'reload cancel'"]);
});

test('configuration lines: a shut, a removed protocol or a hard BGP reset is out of service; their twins are writes', () => {
  each('destructive', ["ssh ops@r1.prod.example.net <<'EOF'\nconf t\ninterface Gi0/1\nshutdown\nend\nEOF", "printf 'conf t\\nno router bgp 65001\\nend\\n' | ssh -T ops@r1.prod.example.net", "ssh ops@r1.prod.example.net 'clear ip bgp *'", "sudo vtysh -c 'conf t' -c 'router bgp 65001' -c 'neighbor 10.0.0.2 shutdown'"]);
  each('benign', ["ssh ops@r1.prod.example.net <<'EOF'\nconf t\ninterface Gi0/1\nno shutdown\nend\nEOF", "ssh ops@r1.prod.example.net 'clear ip bgp * soft'", "sudo vtysh -c 'conf t' -c 'router bgp 65001' -c 'no neighbor 10.0.0.2 shutdown'", "vtysh -c 'show bgp summary'"]);
});

test('a candidate compared and discarded is a read; committed, or EOS plain configure, it is judged by its lines', () => {
  each('benign', [`ssh ops@mx9.prod.example.net 'cli -c "configure private; delete interfaces ge-0/0/1; show | compare; rollback 0"'`, `ssh ops@mx9.prod.example.net 'cli -c "configure; delete protocols bgp; commit check"'`]);
  each('destructive', [`ssh ops@mx9.prod.example.net 'cli -c "configure private; delete interfaces ge-0/0/1; commit"'`, `ssh ops@mx9.prod.example.net 'cli -c "configure private; delete interfaces ge-0/0/1; commit confirmed 5"'`, "ssh ops@leaf9.prod.example.net <<'EOF'\nenable\nconfigure\ninterface Ethernet1\nshutdown\nend\nEOF"]);
});

test('Unix programs that share a device first word stay Unix (install, clear, file, dir)', () => {
  each('benign', ["ssh deploy@app1.prod.example.net 'sudo install -m 0755 /tmp/x /usr/local/bin/x'", "ssh deploy@app1.prod.example.net 'clear; uptime'", "ssh deploy@app1.prod.example.net 'file /usr/local/bin/x'", "ssh deploy@app1.prod.example.net 'dir /var/www'"]);
});

test('filters: removed or opened to any are safeguards off; an allow rule named so and cleartext services off are writes', () => {
  each('destructive', ["ssh admin@mt1 '/ip firewall filter remove [find]'", "ssh admin@mt1 '/ip service enable telnet'", 'pfctl -d', 'pfctl -t bruteforce -T flush', 'pfctl -F all']);
  each('benign', ["ssh admin@mt1 '/ip firewall filter remove [find comment=\"temp allow vendor\"]'", "ssh admin@mt1 '/ip service disable telnet,www'", 'pfctl -t bruteforce -T delete 192.0.2.10', 'pfctl -sr', 'pfctl -nf /etc/pf.conf']);
});

test('programs: snmpset reads its OID and value; sysctl forwarding off, birdc disable and gobgp withdrawals are outages', () => {
  each('destructive', ['snmpset -v2c -c w sw1 IF-MIB::ifAdminStatus.4 i 2', 'sysctl -w net.ipv4.ip_forward=0', 'birdc disable bgp1', 'gobgp global rib del -a ipv4 192.0.2.0/24']);
  // An OID no rule names (here CISCO-CONFIG-COPY-MIB, which copies the configuration out) stays unknown: fail closed.
  assert.equal(decide('snmpset -v2c -c w sw1 1.3.6.1.4.1.9.9.96.1.1.1.1.2.1 i 1'), 'unknown');
  each('benign', ['snmpset -v2c -c w sw1 IF-MIB::ifAdminStatus.4 i 1', 'snmpget -v2c -c r sw1 SNMPv2-MIB::sysUpTime.0', 'sysctl -w net.ipv4.ip_forward=1', 'birdc configure check', 'gobgp neighbor']);
});

test("Arista eAPI's runCmds and a network MCP server's commands are judged as the same lines over ssh", () => {
  const eapi = (cmds: string[]) => answer('http_request', { method: 'POST', url: 'https://leaf9.prod.example.net/command-api', body: JSON.stringify({ jsonrpc: '2.0', method: 'runCmds', params: { version: 1, cmds }, id: 1 }) }, LAPTOP).decision;
  assert.equal(eapi(['enable', 'configure', 'interface Ethernet1', 'shutdown']), 'destructive');
  assert.equal(eapi(['show version']), 'benign');
  const mcp = (tool: string, args: Record<string, JsonValue>) => answer('mcp_tool_call', { server: 'junos', tool, arguments: args }, LAPTOP).decision;
  assert.equal(mcp('execute_junos_command', { router_name: 'mx9-prod', command: 'request system zeroize' }), 'destructive');
  assert.equal(mcp('execute_junos_command', { router_name: 'mx9-prod', command: 'show bgp summary' }), 'benign');
  assert.equal(mcp('load_and_commit_config', { router_name: 'mx9-prod', config_text: 'set interfaces ge-0/0/1 disable' }), 'destructive');
  assert.equal(mcp('load_and_commit_config', { router_name: 'mx9-prod', config_text: 'set interfaces ge-0/0/1 description uplink' }), 'benign');
});
