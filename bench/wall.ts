/**
 * What the OS wall (D8) adds to one decision in a production install, where each agent has its own Unix user: the
 * daemon finds the file a bare program name runs on the session's PATH and judges whether the agent's user could change
 * it (`PathResolver.changeable`), then reads the tool's own configuration files as that user and judges every setting
 * that runs a program (`configuredPrograms`). The gateway makes both calls on top of the classifier and policy, for the
 * programs an action names; `bench/decide.ts` measures the rest.
 *
 * The agent's home holds what a platform engineer's does: a kubeconfig with an `aws eks get-token` exec plugin (so the
 * AWS configuration is judged in turn), a git configuration with an include, a repository, and an ssh configuration.
 * Run as root, the home is given to a separate agent uid, so every file is the agent's own and every setting is
 * judged, as in production; otherwise the files are the runner's (the operator's, to the agent): read and followed,
 * their settings trusted, which is the lighter path (the row's note says which).
 */
import { chownSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFsPathResolver } from '../src/os/index.ts';
import { configuredPrograms } from '../src/gateway/tool-configs.ts';
import type { ActionContext } from '../src/core/index.ts';
import { measure, type Row } from './stats.ts';

const AGENT = { uid: 4242, groups: [4242] };

/** Writes `files` under `root` (folders made as needed) and returns root. */
function tree(root: string, files: Record<string, string>): string {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  return root;
}

/** Gives `dir` and everything below it to the agent's uid. */
function chownTree(dir: string): void {
  chownSync(dir, AGENT.uid, AGENT.groups[0]!);
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) chownTree(p);
    else chownSync(p, AGENT.uid, AGENT.groups[0]!);
  }
}

const KUBECONFIG = `apiVersion: v1
kind: Config
current-context: prod
clusters:
- name: prod
  cluster: { server: https://prod.eks.example.com, certificate-authority-data: AAAA }
contexts:
- name: prod
  context: { cluster: prod, user: prod }
users:
- name: prod
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: aws
      args: [eks, get-token, --cluster-name, prod, --region, eu-west-1]
`;

export async function benchWall(): Promise<Row[]> {
  const root = mkdtempSync(join(tmpdir(), 'portcullis-bench-wall-'));
  try {
    const home = tree(join(root, 'home'), {
      '.kube/config': KUBECONFIG,
      '.aws/config': '[default]\nregion = eu-west-1\n\n[profile prod]\nrole_arn = arn:aws:iam::123456789012:role/deploy\nsource_profile = default\n',
      '.aws/credentials': '[default]\naws_access_key_id = AKIAEXAMPLE\naws_secret_access_key = example\n',
      '.gitconfig': '[user]\n\tname = Agent\n\temail = agent@example.com\n[include]\n\tpath = ~/.gitconfig-work\n[pull]\n\trebase = true\n',
      '.gitconfig-work': '[core]\n\teditor = vim\n[alias]\n\tst = status\n\tlg = log --oneline --graph\n',
      '.ssh/config': 'Host bastion\n  HostName bastion.example.com\n  User ops\n\nHost *.internal\n  ProxyJump bastion\n  IdentityFile ~/.ssh/id_ed25519\n',
      'src/app/.git/config': '[core]\n\trepositoryformatversion = 0\n\tbare = false\n[remote "origin"]\n\turl = git@github.com:example/app.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n[branch "main"]\n\tremote = origin\n\tmerge = refs/heads/main\n',
      'src/app/README.md': '# app\n',
    });
    const asRoot = process.getuid?.() === 0;
    if (asRoot) chownTree(home);
    const note = asRoot ? 'files the agent owns: every setting judged' : 'not root: files the runner owns, read and followed, settings trusted';
    const resolver = createFsPathResolver(() => [], { agentUser: () => Promise.resolve(AGENT) });
    // the PATH a Debian session has, with the agent's own folder last (first would make every name its own)
    const searchPath = `/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:${home}/.local/bin`;
    const context: ActionContext = { cwd: join(home, 'src', 'app'), home, searchPath };
    const ports = {
      read: (files: readonly string[]) => resolver.readAsAgent!('agent', files),
      changeable: (files: readonly string[], where: Parameters<NonNullable<typeof resolver.changeable>>[2]) => resolver.changeable!('agent', files, where),
    };
    const rows: Row[] = [];
    rows.push(await measure('wall: bare name on PATH (`sh`)', () => resolver.changeable!('agent', ['sh'], { searchPath, cwd: context.cwd! }), { maxOps: 20_000, maxMs: 3_000, note }));
    for (const [label, programs] of [['kubectl (kubeconfig, aws exec plugin, AWS files)', ['kubectl']], ['git (global, include, repository)', ['git']], ['ssh', ['ssh']], ['kubectl + git + ssh', ['kubectl', 'git', 'ssh']]] as const) {
      rows.push(await measure(`wall: configuration judged, ${label}`, () => configuredPrograms(programs, context, ports), { maxOps: 5_000, maxMs: 3_000, note }));
    }
    return rows;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
