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
  assert.deepEqual(routes('cd /srv && HOME=/tmp/h git status'), [{ program: 'git', route: { HOME: '/tmp/h' } }]);
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
