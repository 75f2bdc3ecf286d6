import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createClassifier } from '../index.ts';

const classifier = await createClassifier();
const routes = (command: string) => classifier.classifyWithPaths!({ kind: 'shell', command }, { cwd: '/home/a/app', home: '/home/a', searchPath: '/usr/bin:/bin' }, { environments: [], unknownTier: 'production', controlPlanePaths: [] }).toolRoutes;

test('D8 round 13 a tool call that names its own configuration is routed there: options and inline variables', () => {
  assert.deepEqual(routes('kubectl --kubeconfig conf/kube get pods'), [{ program: 'kubectl', route: { KUBECONFIG: '/home/a/app/conf/kube' } }]);
  assert.deepEqual(routes('kubectl get pods --kubeconfig=/tmp/k'), [{ program: 'kubectl', route: { KUBECONFIG: '/tmp/k' } }]);
  assert.deepEqual(routes('KUBECONFIG=k1:~/k2 helm list'), [{ program: 'helm', route: { KUBECONFIG: '/home/a/app/k1:~/k2' } }]);
  assert.deepEqual(routes('docker --config ./d ps'), [{ program: 'docker', route: { DOCKER_CONFIG: '/home/a/app/d' } }]);
  assert.deepEqual(routes('ssh -vF cfg host uptime'), [{ program: 'ssh', route: { 'ssh -F': '/home/a/app/cfg' } }]);
  assert.deepEqual(routes('scp -F/tmp/c a host:/b'), [{ program: 'scp', route: { 'ssh -F': '/tmp/c' } }]);
  assert.deepEqual(routes('git -C sub -C deeper status'), [{ program: 'git', route: { cwd: '/home/a/app/sub/deeper' } }]);
  assert.deepEqual(routes('GIT_DIR=/srv/x.git git log'), [{ program: 'git', route: { GIT_DIR: '/srv/x.git' } }]);
  assert.deepEqual(routes('git --git-dir=other/.git status'), [{ program: 'git', route: { GIT_DIR: '/home/a/app/other/.git' } }]);
  // (round 14: the `cd` routes git to its folder too)
  assert.deepEqual(routes('cd /srv && HOME=/tmp/h git status'), [{ program: 'git', route: { cwd: '/srv', HOME: '/tmp/h' } }]);
  assert.deepEqual(routes('/usr/bin/kubectl --kubeconfig k get pods'), [{ program: '/usr/bin/kubectl', route: { KUBECONFIG: '/home/a/app/k' } }]);
  // an unknown value names no file the gateway can find (fail closed there)
  assert.deepEqual(routes('kubectl --kubeconfig "$(pick)" get pods'), [{ program: 'kubectl', route: { KUBECONFIG: '?' } }]);
  // Benign neighbours: options of the subcommand or host that only look alike, and calls naming nothing
  assert.deepEqual(routes('git log -C --stat'), []);
  assert.deepEqual(routes('ssh host ls -F'), []);
  assert.deepEqual(routes('ssh -i ~/.ssh/key -p 22 host uptime'), []);
  assert.deepEqual(routes('docker run --rm alpine ls --config x'), []);
  assert.deepEqual(routes('kubectl get pods -- --kubeconfig x'), []);
  assert.deepEqual(routes('FOO=1 kubectl get pods'), []);
});

test('r13g XDG_CONFIG_HOME on the call moves git\'s global file ($XDG_CONFIG_HOME/git/config) and OpenTofu\'s tofurc: routed', () => {
  assert.deepEqual(routes('XDG_CONFIG_HOME=./x git status'), [{ program: 'git', route: { XDG_CONFIG_HOME: '/home/a/app/x' } }]);
  assert.deepEqual(routes('env XDG_CONFIG_HOME=/tmp/c tofu plan'), [{ program: 'tofu', route: { XDG_CONFIG_HOME: '/tmp/c' } }]);
  // benign neighbour: a tool without configuration files of its own stays unrouted
  assert.deepEqual(routes('XDG_CONFIG_HOME=./x ls'), []);
});

test('D8 round 14 `cd DIR` before git or npm routes them to DIR (git finds its repository from the working folder, npm its `.npmrc`)', () => {
  assert.deepEqual(routes('cd ../other && git status'), [{ program: 'git', route: { cwd: '/home/a/other' } }]);
  assert.deepEqual(routes('cd /srv/repo; git log'), [{ program: 'git', route: { cwd: '/srv/repo' } }]);
  assert.deepEqual(routes('(cd sub && npm ls)'), [{ program: 'npm', route: { cwd: '/home/a/app/sub' } }]);
  assert.deepEqual(routes('pushd ../other && git status'), [{ program: 'git', route: { cwd: '/home/a/other' } }]);
  // `git -C` after a `cd` is relative to it
  assert.deepEqual(routes('cd /srv && git -C repo status'), [{ program: 'git', route: { cwd: '/srv/repo' } }]);
  // a folder the input does not fix names no repository the gateway can find (fail closed there)
  assert.deepEqual(routes('cd "$REPO" && git status'), [{ program: 'git', route: { cwd: '?' } }]);
  // Benign neighbours: no `cd`, a `cd` back to the session's folder, a subshell's `cd` that ends before, tools without a cwd-found file
  assert.deepEqual(routes('git status'), []);
  assert.deepEqual(routes('cd /home/a/app && git status'), []);
  assert.deepEqual(routes('(cd /tmp && ls); git status'), []);
  assert.deepEqual(routes('cd ../other && kubectl get pods'), []);
});

test('D8 round 14 a routing variable set earlier in the input (`export`, a plain assignment, `declare -x`, `for`, `read`) routes the calls after it', () => {
  assert.deepEqual(routes('export KUBECONFIG=./k; kubectl get pods'), [{ program: 'kubectl', route: { KUBECONFIG: '/home/a/app/k' } }]);
  assert.deepEqual(routes('export GIT_DIR=../o/.git && git status'), [{ program: 'git', route: { GIT_DIR: '/home/a/o/.git' } }]);
  assert.deepEqual(routes('GIT_DIR=/srv/x.git; export GIT_DIR; git log'), [{ program: 'git', route: { GIT_DIR: '/srv/x.git' } }]);
  assert.deepEqual(routes('declare -x DOCKER_CONFIG=/tmp/d; docker ps'), [{ program: 'docker', route: { DOCKER_CONFIG: '/tmp/d' } }]);
  assert.deepEqual(routes('export HOME=/tmp/h; git status'), [{ program: 'git', route: { HOME: '/tmp/h' } }]);
  assert.deepEqual(routes('for KUBECONFIG in a b; do kubectl get pods; done'), [{ program: 'kubectl', route: { KUBECONFIG: '/home/a/app/a' } }, { program: 'kubectl', route: { KUBECONFIG: '/home/a/app/b' } }]);
  assert.deepEqual(routes('read KUBECONFIG; kubectl get pods'), [{ program: 'kubectl', route: { KUBECONFIG: '?' } }]);
  // relative to the folder of the call, as the tool resolves it
  assert.deepEqual(routes('export KUBECONFIG=k; cd conf; kubectl get pods'), [{ program: 'kubectl', route: { KUBECONFIG: '/home/a/app/conf/k' } }]);
  // a prefix on the call wins over the variable set before
  assert.deepEqual(routes('export KUBECONFIG=a; KUBECONFIG=b kubectl get pods'), [{ program: 'kubectl', route: { KUBECONFIG: '/home/a/app/b' } }]);
  // Benign neighbours: a subshell's export ends with it; other variables route nothing; a variable set after the call
  assert.deepEqual(routes('(export KUBECONFIG=x); kubectl get pods'), []);
  assert.deepEqual(routes('export FOO=1; kubectl get pods'), []);
  assert.deepEqual(routes('kubectl get pods; export KUBECONFIG=x'), []);
});

test('D8 round 14 npm\'s own routing: `--userconfig`, `--globalconfig`, `--prefix`/`-C`, pnpm `--dir`, yarn `--cwd`, npm_config_* in any case', () => {
  assert.deepEqual(routes('npm --userconfig ./x ls'), [{ program: 'npm', route: { NPM_CONFIG_USERCONFIG: '/home/a/app/x' } }]);
  assert.deepEqual(routes('npm ls --globalconfig=/tmp/g'), [{ program: 'npm', route: { NPM_CONFIG_GLOBALCONFIG: '/tmp/g' } }]);
  assert.deepEqual(routes('npm --prefix ../o ls'), [{ program: 'npm', route: { cwd: '/home/a/o' } }]);
  assert.deepEqual(routes('npm -C ../o run build'), [{ program: 'npm', route: { cwd: '/home/a/o' } }]);
  assert.deepEqual(routes('pnpm --dir ../o ls'), [{ program: 'pnpm', route: { cwd: '/home/a/o' } }]);
  assert.deepEqual(routes('yarn --cwd ../o list'), [{ program: 'yarn', route: { cwd: '/home/a/o' } }]);
  assert.deepEqual(routes('NPM_config_USERCONFIG=./x npm ls'), [{ program: 'npm', route: { npm_config_userconfig: '/home/a/app/x' } }]);
  // Benign neighbours: the script's own arguments after `--`, options of no routing
  assert.deepEqual(routes('npm run build -- --prefix x'), []);
  assert.deepEqual(routes('npm ci --no-audit'), []);
});

const facts = (command: string) => classifier.classifyWithPaths!({ kind: 'shell', command }, { cwd: '/home/a/app', home: '/home/a', searchPath: '/usr/bin:/bin' }, { environments: [], unknownTier: 'production', controlPlanePaths: [] }).facts;

test('D8 round 14 git settings from variables: `--config-env=NAME=VAR`, GIT_CONFIG_COUNT/KEY_n/VALUE_n, GIT_CONFIG_PARAMETERS are judged as `-c` is', () => {
  // a value set in the input is run as `-c` runs it
  for (const command of ["EVIL='rm -rf ~' git --config-env=core.fsmonitor=EVIL status", "E='rm -rf ~' git --config-env core.pager=E log", "GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0=core.fsmonitor GIT_CONFIG_VALUE_0='rm -rf ~' git status", "export GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0=core.pager GIT_CONFIG_VALUE_0='rm -rf ~'; git log"]) {
    assert.equal(facts(command).destructive, true, command);
  }
  // a value not in the input, for a setting that runs a command: not seen, fail closed
  for (const command of ['git --config-env=core.fsmonitor=EVIL status', 'git --config-env core.sshCommand=X fetch', 'GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0=core.pager git log', 'GIT_CONFIG_COUNT=$N git log', "GIT_CONFIG_PARAMETERS=\"'core.fsmonitor'='rm -rf ~'\" git status"]) {
    const f = facts(command);
    assert.ok(f.findings.some((x) => x.code === 'git_exec_dynamic'), command);
    assert.equal(f.confidence, 'opaque', command);
  }
  // Benign neighbours: a header from a variable (the documented use), a display setting, a benign pager set in the input
  for (const command of ['git --config-env=http.extraHeader=AUTH_HEADER fetch', 'git --config-env http.extraHeader=AUTH_HEADER fetch origin', 'GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0=user.name GIT_CONFIG_VALUE_0=bot git log', 'E=less git --config-env=core.pager=E log']) {
    const f = facts(command);
    assert.equal(f.destructive, false, command);
    assert.equal(f.confidence, 'parsed', command);
    assert.ok(f.verbs.includes('read') && !f.verbs.includes('unknown'), command);
  }
});

test('D8 round 14 psql\'s PSQL_PAGER and PSQL_EDITOR on the call or exported before run as command lines; a plain pager passes', () => {
  assert.equal(facts("PSQL_PAGER='sh -c \"rm -rf ~\"' psql -c 'select 1'").destructive, true);
  assert.equal(facts("export PSQL_EDITOR='rm -rf ~'; psql -c 'select 1'").destructive, true);
  const benign = facts("PSQL_PAGER='less -S' psql -c 'select 1'");
  assert.equal(benign.destructive, false);
  assert.ok(!benign.verbs.includes('unknown'));
});

test('D8 round 14 `git -c include.path=F` (includeIf, --config-env, GIT_CONFIG_KEY_n) routes the file git includes; more than one, or one not fixed, is unknown', () => {
  assert.deepEqual(routes('git -c include.path=/tmp/x status'), [{ program: 'git', route: { 'git -c include.path': '/tmp/x' } }]);
  assert.deepEqual(routes('git -c includeIf.gitdir:~/w/.path=x.cfg status'), [{ program: 'git', route: { 'git -c include.path': '/home/a/app/x.cfg' } }]);
  assert.deepEqual(routes('F=/tmp/y git --config-env include.path=F status'), [{ program: 'git', route: { 'git -c include.path': '/tmp/y' } }]);
  assert.deepEqual(routes('GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0=include.path GIT_CONFIG_VALUE_0=/tmp/z git log'), [{ program: 'git', route: { 'git -c include.path': '/tmp/z' } }]);
  assert.deepEqual(routes('git --config-env=include.path=F status'), [{ program: 'git', route: { 'git -c include.path': '?' } }]);
  assert.deepEqual(routes('git -c include.path=/a -c include.path=/b status'), [{ program: 'git', route: { 'git -c include.path': '?' } }]);
  // Benign neighbours: other settings, and the subcommand's own `-c`
  assert.deepEqual(routes('git -c user.name=x status'), []);
  assert.deepEqual(routes('git log -c include.path=x'), []);
});

test('D8 round 14 git\'s helper folder on the call (`--exec-path=DIR`, `GIT_EXEC_PATH=DIR`, exported before) is routed; `--exec-path` alone prints it', () => {
  assert.deepEqual(routes('git --exec-path=./x fetch'), [{ program: 'git', route: { GIT_EXEC_PATH: '/home/a/app/x' } }]);
  assert.deepEqual(routes('GIT_EXEC_PATH=./x git fetch'), [{ program: 'git', route: { GIT_EXEC_PATH: '/home/a/app/x' } }]);
  assert.deepEqual(routes('export GIT_EXEC_PATH=/opt/g; git fetch'), [{ program: 'git', route: { GIT_EXEC_PATH: '/opt/g' } }]);
  assert.deepEqual(routes('git --exec-path'), []);
  assert.deepEqual(routes('git --exec-path status'), []);
});

test('round 15 a loop variable over a pattern routes to every folder it matches: unknown to the gateway (fail closed)', () => {
  assert.deepEqual(routes('for d in */; do git -C "$d" status; done'), [{ program: 'git', route: { cwd: '?' } }]);
  assert.deepEqual(routes('for k in conf/*.yaml; do kubectl --kubeconfig "$k" get pods; done'), [{ program: 'kubectl', route: { KUBECONFIG: '?' } }]);
  // neighbour: a loop over fixed words routes to each
  assert.deepEqual(routes('for d in a b; do git -C "$d" status; done'), [{ program: 'git', route: { cwd: '/home/a/app/a' } }, { program: 'git', route: { cwd: '/home/a/app/b' } }]);
});

test('D8 round 16 HELM_DATA_HOME and XDG_DATA_HOME route helm (they move its plugin folder): on the call, exported before', () => {
  assert.deepEqual(routes('HELM_DATA_HOME=./h helm list'), [{ program: 'helm', route: { HELM_DATA_HOME: '/home/a/app/h' } }]);
  assert.deepEqual(routes('export XDG_DATA_HOME=/tmp/d; helm diff upgrade x ./c'), [{ program: 'helm', route: { XDG_DATA_HOME: '/tmp/d' } }]);
  // benign neighbour: a tool that reads nothing from them stays unrouted
  assert.deepEqual(routes('XDG_DATA_HOME=./d ls'), []);
});

test('D8 round 16 `unset VAR`, `export -n VAR`, `declare +x VAR`, `env -u VAR` after (or instead of) a routing variable: the call reads its defaults (routed as empty)', () => {
  assert.deepEqual(routes('export KUBECONFIG=./k; unset KUBECONFIG; kubectl get pods'), [{ program: 'kubectl', route: { KUBECONFIG: '' } }]);
  // the session's variable too: the gateway then judges the defaults, not the session's file
  assert.deepEqual(routes('unset KUBECONFIG; kubectl get pods'), [{ program: 'kubectl', route: { KUBECONFIG: '' } }]);
  assert.deepEqual(routes('unset -v GIT_DIR && git status'), [{ program: 'git', route: { GIT_DIR: '' } }]);
  assert.deepEqual(routes('export KUBECONFIG=./k; export -n KUBECONFIG; kubectl get pods'), [{ program: 'kubectl', route: { KUBECONFIG: '' } }]);
  assert.deepEqual(routes('export DOCKER_CONFIG=./d; declare +x DOCKER_CONFIG; docker ps'), [{ program: 'docker', route: { DOCKER_CONFIG: '' } }]);
  assert.deepEqual(routes('env -u KUBECONFIG kubectl get pods'), [{ program: 'kubectl', route: { KUBECONFIG: '' } }]);
  assert.deepEqual(routes('env --unset=GIT_CONFIG_GLOBAL git status'), [{ program: 'git', route: { GIT_CONFIG_GLOBAL: '' } }]);
  // set again after it: routed by the new value; an unset home is one the gateway cannot know
  assert.deepEqual(routes('unset KUBECONFIG; export KUBECONFIG=./b; kubectl get pods'), [{ program: 'kubectl', route: { KUBECONFIG: '/home/a/app/b' } }]);
  assert.deepEqual(routes('unset HOME; git status'), [{ program: 'git', route: { HOME: '?' } }]);
  // Benign neighbours: a function unset, another variable, a subshell's unset
  assert.deepEqual(routes('unset -f KUBECONFIG; kubectl get pods'), []);
  assert.deepEqual(routes('unset FOO; kubectl get pods'), []);
  assert.deepEqual(routes('(unset KUBECONFIG); kubectl get pods'), []);
});

test('D8 round 16 `--config-env=alias.x=VAR` is expanded as `-c alias.x=…` is: `git x` runs the alias\'s words', () => {
  for (const command of ["V='reset --hard HEAD~3' git --config-env=alias.x=V x", "V='reset --hard HEAD~3' git --config-env alias.x=V x", "export V='clean -fdx'; git --config-env=alias.tidy=V tidy"]) {
    assert.equal(facts(command).destructive, true, command);
  }
  // a variable the input does not fix: an alias that is not fixed (unknown)
  const f = facts('git --config-env=alias.x=V x');
  assert.equal(f.confidence, 'opaque');
  assert.ok(f.findings.some((x) => x.code === 'git_dynamic'));
  // Benign neighbours: a read-only alias; an alias of another name; a built-in git never lets an alias hide
  for (const command of ["V='log --oneline -5' git --config-env=alias.lg=V lg", "V='reset --hard' git --config-env=alias.x=V status", "V='reset --hard' git --config-env=alias.log=V log"]) {
    assert.equal(facts(command).destructive, false, command);
  }
});

test('D8 round 17 `env -i` (`env -`, `--ignore-environment`): every routing variable unset for the call, and HOME a home the gateway cannot know unless set again', () => {
  const only = (command: string) => (routes(command) ?? []).map((r) => Object.fromEntries(Object.entries(r.route).filter(([, v]) => v !== '')));
  for (const command of ['env -i kubectl get pods', 'env - kubectl get pods', 'env --ignore-environment kubectl get pods', 'env -iv kubectl get pods', 'export KUBECONFIG=./k; env -i kubectl get pods']) {
    const r = routes(command) ?? [];
    assert.equal(r.length, 1, command);
    assert.equal(r[0]!.route['HOME'], '?', command);
    assert.equal(r[0]!.route['KUBECONFIG'], '', command);
    assert.equal(r[0]!.route['XDG_CONFIG_HOME'], '', command);
  }
  // set again on the same `env`: routed by the new value
  assert.deepEqual(only('env -i HOME=/tmp/h KUBECONFIG=/tmp/k kubectl get pods'), [{ HOME: '/tmp/h', KUBECONFIG: '/tmp/k' }]);
  assert.deepEqual(only('env -i HOME=/home/a PATH=/usr/bin:/bin git status'), [{ HOME: '/home/a' }]);
  // Benign neighbours: env without -i, `env -u` of another variable, `-i` as the tool's own option
  assert.deepEqual(routes('env FOO=1 kubectl get pods'), []);
  assert.deepEqual(routes('env -u FOO kubectl get pods'), []);
  assert.deepEqual(routes('kubectl exec -i web -- ls'), []);
});

test('D8 round 20 gcloud\'s login calls route the credential file they store; less\'s lesskey files on the line are routed', () => {
  const cred = (file: string) => [{ program: 'gcloud', route: { 'gcloud auth --cred-file': file } }];
  assert.deepEqual(routes('gcloud auth login --cred-file=k.json'), cred('/home/a/app/k.json'));
  assert.deepEqual(routes('gcloud auth login --cred-file k.json --brief'), cred('/home/a/app/k.json'));
  assert.deepEqual(routes('gcloud alpha auth login --no-activate --cred-file="/tmp/x y.json"'), cred('/tmp/x y.json'));
  assert.deepEqual(routes('gcloud auth activate-service-account ci@p.iam.gserviceaccount.com --key-file ~/sa.json'), cred('~/sa.json'));
  assert.deepEqual(routes('gcloud --quiet auth activate-service-account --key-file=../sa.json --project p'), cred('/home/a/sa.json'));
  assert.deepEqual(routes('cd /srv && gcloud auth login --cred-file=k.json'), cred('/srv/k.json'));
  assert.deepEqual(routes('gcloud config set auth/credential_file_override /tmp/k.json'), cred('/tmp/k.json'));
  // not known: standard input, a flags file (its flags are not seen), a value not fixed, a stored relative path
  for (const command of ['gcloud auth activate-service-account --key-file=- < k.json', 'gcloud auth login --flags-file=f.yaml', 'gcloud auth login --cred-file="$(pick)"', 'gcloud config set auth/credential_file_override k.json']) {
    assert.deepEqual(routes(command), cred('?'), command);
  }
  const less = (key: string, file: string) => [{ program: 'less', route: { [key]: file } }];
  assert.deepEqual(routes('less -k k.bin README.md'), less('less --lesskey-file', '/home/a/app/k.bin'));
  assert.deepEqual(routes('less -Rkk.bin README.md'), less('less --lesskey-file', '/home/a/app/k.bin'));
  assert.deepEqual(routes('less -z5 -j.5k ~/k README.md'), less('less --lesskey-file', '~/k'));
  assert.deepEqual(routes('less \'-P%f$k/tmp/k\' README.md'), less('less --lesskey-file', '/tmp/k'));
  assert.deepEqual(routes('less --lesskey-file=/tmp/k README.md'), less('less --lesskey-file', '/tmp/k'));
  assert.deepEqual(routes('less --lesskey-src /tmp/s README.md'), less('less --lesskey-src', '/tmp/s'));
  assert.deepEqual(routes('less --LESSKEY-S=/tmp/s README.md'), less('less --lesskey-src', '/tmp/s'));
  // more than one file, or an abbreviation less finds ambiguous: fail closed
  assert.deepEqual(routes('less -k a -k b README.md'), less('less --lesskey-file', '?'));
  assert.deepEqual(routes('less -k"$F" README.md'), less('less --lesskey-file', '?'));
  assert.deepEqual(routes('less --lesskey=/tmp/k README.md'), less('less --lesskey-file', '?'));
  // Benign neighbours: another gcloud command's key file, a browser login, a less prompt or log file holding `k`, `--`, `-+k`
  for (const command of ['gcloud compute ssh vm --ssh-key-file=k', 'gcloud bms ssh-keys add k --key-file=k.pub', 'gcloud auth login', 'gcloud config set project p', 'less -Pk README.md', 'less -o k.log README.md', 'less -- -kx', 'less -+k README.md', 'less --line-numbers README.md']) {
    assert.deepEqual(routes(command), [], command);
  }
});

test('D8 round 20 BOTO_CONFIG and BOTO_PATH (a list) route gsutil: on the call, exported before', () => {
  assert.deepEqual(routes('BOTO_CONFIG=./b.cfg gsutil ls'), [{ program: 'gsutil', route: { BOTO_CONFIG: '/home/a/app/b.cfg' } }]);
  assert.deepEqual(routes('export BOTO_PATH=/etc/boto.cfg:./b:~/c; gsutil ls'), [{ program: 'gsutil', route: { BOTO_PATH: '/etc/boto.cfg:/home/a/app/b:~/c' } }]);
  assert.deepEqual(routes('env BOTO_CONFIG=/tmp/b gsutil cp a gs://x'), [{ program: 'gsutil', route: { BOTO_CONFIG: '/tmp/b' } }]);
  // benign neighbours: another tool, the variable dropped before the call
  assert.deepEqual(routes('BOTO_CONFIG=./b.cfg ls'), []);
  assert.deepEqual(routes('export BOTO_CONFIG=./b; env -u BOTO_CONFIG gsutil ls'), [{ program: 'gsutil', route: { BOTO_CONFIG: '' } }]);
});

test('D8 round 21 bq\'s flags file (`--bigqueryrc`, BIGQUERYRC) and the credential files a bq call names are routed; a gcloud `config set` of a client-certificate file is', () => {
  const bq = (route: Record<string, string>) => [{ program: 'bq', route }];
  assert.deepEqual(routes('bq --bigqueryrc=rc ls'), bq({ 'bq --bigqueryrc': '/home/a/app/rc' }));
  assert.deepEqual(routes('bq --bigqueryrc /tmp/rc query "select 1"'), bq({ 'bq --bigqueryrc': '/tmp/rc' }));
  assert.deepEqual(routes('bq -bigqueryrc=~/rc ls'), bq({ 'bq --bigqueryrc': '~/rc' }));
  assert.deepEqual(routes('BIGQUERYRC=./rc bq ls'), bq({ BIGQUERYRC: '/home/a/app/rc' }));
  assert.deepEqual(routes('export BIGQUERYRC=/tmp/rc; cd /srv && bq ls'), bq({ BIGQUERYRC: '/tmp/rc' }));
  assert.deepEqual(routes('env BIGQUERYRC=rc timeout 60 bq ls'), bq({ BIGQUERYRC: '/home/a/app/rc' }));
  assert.deepEqual(routes('bq --nouse_google_auth --application_default_credential_file=k.json --credential_file=/tmp/c ls'), bq({ 'bq --credential_file': '?' }));
  assert.deepEqual(routes('bq --nouse_google_auth --application_default_credential_file k.json ls'), bq({ 'bq --credential_file': '/home/a/app/k.json' }));
  assert.deepEqual(routes('bq -service_account_credential_file=/tmp/c ls'), bq({ 'bq --credential_file': '/tmp/c' }));
  assert.deepEqual(routes('bq --credential_file="$(pick)" ls'), bq({ 'bq --credential_file': '?' }));
  // a flags file may name either: neither is known
  assert.deepEqual(routes('bq --flagfile=f ls'), bq({ 'bq --bigqueryrc': '?', 'bq --credential_file': '?' }));
  const mtls = (file: string) => [{ program: 'gcloud', route: { 'gcloud config set context_aware': file } }];
  assert.deepEqual(routes('gcloud config set context_aware/certificate_config_file_path /tmp/c.json'), mtls('/tmp/c.json'));
  assert.deepEqual(routes('gcloud --quiet config set context_aware/auto_discovery_file_path /tmp/m.json --installation'), mtls('/tmp/m.json'));
  assert.deepEqual(routes('sudo -u a gcloud config set CONTEXT_AWARE/certificate_config_file_path "/tmp/c.json"'), mtls('/tmp/c.json'));
  // the shell expands an unquoted `~/` before gcloud stores it
  assert.deepEqual(routes('gcloud config set context_aware/auto_discovery_file_path ~/m.json'), mtls('~/m.json'));
  assert.deepEqual(routes('gcloud config set auth/credential_file_override ~/k.json'), [{ program: 'gcloud', route: { 'gcloud auth --cred-file': '~/k.json' } }]);
  // a stored relative path (a quoted `~` too), a property or value not fixed: not known
  assert.deepEqual(routes('gcloud config set context_aware/auto_discovery_file_path "~/m.json"'), mtls('?'));
  assert.deepEqual(routes('gcloud config set context_aware/auto_discovery_file_path m.json'), mtls('?'));
  assert.deepEqual(routes('gcloud config set context_aware/auto_discovery_file_path "$M"'), mtls('?'));
  assert.deepEqual(routes('gcloud config set "$P" /tmp/m.json'), [{ program: 'gcloud', route: { 'gcloud auth --cred-file': '?' } }]);
  assert.deepEqual(routes('CLOUDSDK_CONTEXT_AWARE_AUTO_DISCOVERY_FILE_PATH=./m.json gcloud projects list'), [{ program: 'gcloud', route: { CLOUDSDK_CONTEXT_AWARE_AUTO_DISCOVERY_FILE_PATH: '/home/a/app/m.json' } }]);
  assert.deepEqual(routes('GOOGLE_API_CERTIFICATE_CONFIG=/tmp/c.json terraform plan'), [{ program: 'terraform', route: { GOOGLE_API_CERTIFICATE_CONFIG: '/tmp/c.json' } }]);
  // Benign neighbours: bq's other flags (data), gcloud's other properties and identity flags (data, not judged)
  for (const command of ['bq --api=https://bq.example.com --ca_certificates_file=/tmp/ca ls', 'bq --nouse_google_auth --oauth_access_token=t ls', 'bq query --use_legacy_sql=false "select 1"', 'gcloud config set context_aware/use_client_certificate true', 'gcloud config set proxy/address 10.0.0.1', 'gcloud config set core/custom_ca_certs_file /tmp/ca.pem', 'gcloud config set auth/access_token_file /tmp/t', 'gcloud --access-token-file=t projects list', 'gcloud --impersonate-service-account=sa@p.iam.gserviceaccount.com projects list', 'gcloud config set project p']) {
    assert.deepEqual(routes(command), [], command);
  }
});

test('D8 round 21 an option glued to a value the input does not fix routes the call to a file that is not known (it routed nothing)', () => {
  const cases: Array<[string, string, string]> = [
    ['bq --bigqueryrc="$RC" ls', 'bq', 'bq --bigqueryrc'],
    ['kubectl --kubeconfig="$K" get pods', 'kubectl', 'KUBECONFIG'],
    ['docker --config="$D" ps', 'docker', 'DOCKER_CONFIG'],
    ['git --git-dir="$G" status', 'git', 'GIT_DIR'],
    ['git -C"$D" status', 'git', 'cwd'],
    ['npm "--userconfig=$U" ls', 'npm', 'NPM_CONFIG_USERCONFIG'],
    ['ssh -vF"$F" host uptime', 'ssh', 'ssh -F'],
    ['terraform -chdir="$D" plan', 'terraform', 'cwd'],
  ];
  for (const [command, program, key] of cases) assert.deepEqual(routes(command), [{ program, route: { [key]: '?' } }], command);
  // benign neighbours: other options with values not fixed
  for (const command of ['kubectl get pods -l app="$A"', 'ssh -i"$K" host ls', 'docker ps --filter="$F"']) assert.deepEqual(routes(command), [], command);
});
