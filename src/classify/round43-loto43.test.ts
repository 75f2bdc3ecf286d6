/**
 * Round 43 (loto43): first contact with a tool nobody catalogued, the unknown program's reader (shell/tools/unknown-verbs.ts,
 * command-options.ts, dispatch.ts unknownCommand): a shell, ssh or exec subcommand's command line, a console fed commands
 * on its input, a state or enabled switch set off, safety switches, a thing made public, erase and drop options, exit and
 * quit, TLS checks off inside an option's value, `-h` before a host. fix43-loto43.yaml
 * holds the neighbours; these are the edges.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const batch = batchAnswers({ cwd: '/home/dev/app', home: '/home/dev' });
const decision = (i: string) => (batch('command', i) as unknown as { decision: string }).decision;

test('a shell, ssh or exec subcommand: its command line is read through the shell model', () => {
  assert.equal(decision("boxctl ssh -c 'rm -rf /srv/app/uploads'"), 'destructive');
  assert.equal(decision("boxctl ssh -c 'systemctl status postgresql'"), 'benign');
  assert.equal(decision('podrun exec -B /data:/data img.sif rm -rf /data/cohort-2'), 'destructive');
  assert.equal(decision('podrun exec -B /data:/data img.sif python fit.py'), 'benign');
  assert.equal(decision('ctctl exec api-prod-2 -- df -h /'), 'benign');
  assert.equal(decision('phonectl -s R3X9 shell'), 'unknown');
  assert.equal(decision("echo 'rm -rf /sdcard/Documents' | phonectl shell"), 'destructive');
  assert.equal(decision('phonectl shell --help'), 'benign');
  // An option's value that is a file is no command line; the word after an option is its value, not the program.
  assert.notEqual(decision("erpctl shell -c /etc/erp/erp.conf -d erp_prod <<< \"env['res.users'].search([]).unlink()\""), 'benign');
  assert.equal(decision('devbox exec --workspace-folder . rm -rf src'), 'destructive');
  // A later word named ssh is a unit, not a subcommand.
  assert.equal(decision('svcctl is-active ssh'), 'benign');
});

test('a console fed commands on its input runs them, unless a plain word of its own may be a subcommand or a name', () => {
  assert.equal(decision("echo 'delete client=web02-fd yes' | backupconsole"), 'destructive');
  assert.equal(decision("printf 'status dir\\nquit\\n' | backupconsole"), 'benign');
  assert.equal(decision("printf 'connect\\nerase\\nexit\\n' | probeexe -device STM32F407VG -if SWD"), 'destructive');
  assert.equal(decision("echo 'delete me please' | queuepush --topic feedback"), 'benign');
});

test('a state or an enabled switch set off is out of service; harmless and unsafe switches are not', () => {
  for (const c of ['clusterctl update NodeName=gpu07 State=DOWN', 'hostcli firewall set --enabled false', 'storectl set nfs-backups --disable 1', 'hamgr set vm:101 --state stopped', 'vmcli cluster.change -ha-enabled false /DC1/host/B']) assert.equal(decision(c), 'destructive', c);
  for (const c of ['clusterctl update NodeName=gpu07 State=RESUME', 'hostcli firewall set --enabled true', 'devcli config set telemetry.enabled false', 'brokerctl --alter --add-config unclean.leader.election.enable=false', 'clusterctl get nodes state=down']) assert.equal(decision(c), 'benign', c);
});

test('safety switches, a thing made public, erase and drop options, exit and quit', () => {
  assert.equal(decision('robotctl param set /arm use_safety_limits false'), 'destructive');
  assert.equal(decision('robotctl param set /arm use_safety_limits true'), 'benign');
  assert.equal(decision('hubcli repo edit acme/payroll --visibility public'), 'destructive');
  assert.equal(decision('pkgcli access set status=public @acme/internal'), 'destructive');
  assert.equal(decision('pkgcli publish --access public'), 'benign');
  assert.equal(decision('hubcli repo create acme/site --visibility public'), 'benign');
  assert.equal(decision('mcuflash --port /dev/ttyACM0 --erase-all'), 'destructive');
  assert.equal(decision('sudo webd -s quit'), 'destructive');
  assert.equal(decision('sudo webd -s reload'), 'benign');
});

test('TLS checks off inside an option; -h before a host is no help; erase, wipe, exit and quit by where they stand', () => {
  assert.equal(decision('objcli version info prod/ledger'), 'benign');
  assert.equal(decision('mesonish setup --wipe builddir'), 'benign');
  assert.equal(decision('shelltool --erase MY_VAR'), 'benign');
  assert.equal(decision('mcuflash --runner x --erase'), 'destructive');
  assert.equal(decision('credtool "misc::cmd" exit'), 'benign');
  assert.equal(decision('hyperctl host.exit_maintenance_mode hv-04'), 'benign');
  assert.equal(decision("printf 'rkt /etc/krb5.keytab\\ndelent 1\\nquit\\n' | keytabtool"), 'benign');
  assert.equal(decision('sudo pkgget install -y --setopt=sslverify=false corp-agent'), 'destructive');
  assert.equal(decision('jspm install --no-strict-ssl'), 'destructive');
  assert.equal(decision('ringtool -h ring-node-07 decommission'), 'destructive');
  assert.equal(decision('certtool -h revoke'), 'benign');
  assert.equal(decision('ringtool decommission -h'), 'benign');
});
