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
  assert.deepEqual(configFilesOf('helm', { KUBECONFIG: '/etc/k/a:~/.kube/b' }, '/home/a').map((f) => f.path), ['/etc/k/a', '/home/a/.kube/b']);
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
