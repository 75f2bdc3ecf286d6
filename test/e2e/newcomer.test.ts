/**
 * What a newcomer hits on a fresh clone, through the real binary (issue 14, items 9-13, 16, 17):
 * typos are errors with a "did you mean", a hook is validated before it is installed, a command that
 * is not on PATH is refused before any decision, the operator's own `check` refuses an unknown agent,
 * `npx portcullis` and `--version` work, `policy validate` reaches the store and points YAML errors
 * at their line, and help texts list every subcommand without internal rule ids.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fixtureDir, portcullis } from '../helpers/cli.ts';

const REPO = join(import.meta.dirname, '..', '..');
let dir: string;
let token: string;

before(() => {
  dir = fixtureDir('portcullis-newcomer-');
  assert.equal(portcullis(dir, ['init', '--demo']).code, 0);
  const r = portcullis(dir, ['users', 'add', 'dana']);
  assert.equal(r.code, 0, r.stderr);
  token = r.stdout.trim().split('\n').at(-1)!;
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** Decisions and approval requests in the audit log (opening a store also records its policy set). */
const decisions = (): number => {
  const r = portcullis(dir, ['audit', 'tail', '-n', '1000', '--json']);
  assert.equal(r.code, 0, r.stderr);
  return (JSON.parse(r.stdout) as Array<{ type: string }>).filter((e) => e.type === 'decision' || e.type === 'approval_request').length;
};

describe('names are checked where they are taken (item 9)', () => {
  it('an unknown role, home environment, operator or group is an error with a "did you mean"', () => {
    const env = { PORTCULLIS_TOKEN: token };
    let r = portcullis(dir, ['agents', 'add', 'kiro2', '--role', 'deployr', '--operator', 'dana'], undefined, env);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, 'error: unknown role `deployr` (--role) (request_invalid)\nhint: did you mean `deployer`? known roles: `deployer`, `developer`, `reader`; new ones are added in portcullis.yaml\n');
    r = portcullis(dir, ['agents', 'add', 'kiro2', '--role', 'deployer', '--operator', 'dana', '--home', 'prod-cn1'], undefined, env);
    assert.equal(r.stderr, 'error: unknown environment `prod-cn1` (--home) (request_invalid)\nhint: did you mean `prod-cn-1`? known environments: `prod-cn-1`, `staging`, `dev-sandbox`; new ones are added in portcullis.yaml\n');
    r = portcullis(dir, ['agents', 'add', 'kiro2', '--role', 'deployer', '--operator', 'dnaa'], undefined, env);
    assert.equal(r.stderr, 'error: operator `dnaa` is not a registered user (principal_unknown)\nhint: did you mean `dana`? known users: `alice`, `bob`, `dana`, `eve`; add a new one with `portcullis users add`\n');
    r = portcullis(dir, ['users', 'add', 'zed', '--groups', 'approverz'], undefined, env);
    assert.equal(r.stderr, 'error: unknown group `approverz` (--groups) (request_invalid)\nhint: did you mean `approvers`? known groups: `admins`, `approvers`, `engineers`, `sre`; new ones are added in portcullis.yaml\n');
    // nothing was added
    assert.doesNotMatch(portcullis(dir, ['agents', 'list'], undefined, env).stdout, /kiro2/);
    r = portcullis(dir, ['agents', 'add', 'kiro2', '--role', 'deployer', '--operator', 'dana', '--home', 'prod-cn-1'], undefined, env);
    assert.equal(r.code, 0, r.stderr);
  });

  it('the operator\'s own `check` refuses an unknown agent (exit 1, known agents listed) and records nothing (item 12)', () => {
    const n = decisions();
    const r = portcullis(dir, ['check', '--agent', 'kiro3', '--shell', 'ls']);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, 'error: unknown agent `kiro3` (request_invalid)\nhint: did you mean `kiro`? known agents: `intern-bot`, `kiro`, `kiro2`\n');
    assert.equal(decisions(), n);
  });
});

describe('hook install validates first (item 10)', () => {
  it('an unknown agent or an unreadable token file installs nothing', () => {
    let r = portcullis(dir, ['hook', 'install', 'claude-code', '--agent', 'nobody']);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, 'error: unknown agent `nobody`; nothing was installed (request_invalid)\nhint: known agents: `intern-bot`, `kiro`, `kiro2`\n');
    r = portcullis(dir, ['hook', 'install', 'gemini-cli', '--server', 'http://127.0.0.1:7070', '--token-file', '/nonexistent/kiro.token']);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, 'error: cannot read token file `/nonexistent/kiro.token` (ENOENT); nothing was installed (request_invalid)\nhint: save the token printed by `portcullis agents add` to that file first (mode 600)\n');
    writeFileSync(join(dir, 'empty.token'), '\n');
    r = portcullis(dir, ['hook', 'install', 'gemini-cli', '--server', 'http://127.0.0.1:7070', '--token-file', 'empty.token']);
    assert.equal(r.stderr, 'error: token file `empty.token` is empty; nothing was installed (request_invalid)\nhint: save the token printed by `portcullis agents add` to that file\n');
    assert.equal(existsSync(join(dir, '.claude')) || existsSync(join(dir, '.gemini')), false);
    r = portcullis(dir, ['hook', 'install', 'claude-code', '--agent', 'kiro']);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(readFileSync(join(dir, '.claude', 'settings.json'), 'utf8').includes('--agent kiro'));
  });
});

describe('exec refuses what cannot start, before any decision (item 11)', () => {
  it('a command not on PATH is a usage error and nothing is held or recorded', () => {
    const n = decisions();
    const r = portcullis(dir, ['exec', '--agent', 'kiro', '--', 'nosuchcmd-portcullis', '--flag']);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, 'error: command `nosuchcmd-portcullis` is not on PATH (request_invalid)\nhint: check the spelling, or give the full path; nothing was decided or recorded\n');
    assert.equal(portcullis(dir, ['exec', '--agent', 'kiro', '--', './nope.sh']).stderr.split('\n')[0], 'error: `./nope.sh` is not an executable file (request_invalid)');
    assert.equal(decisions(), n);
  });
});

describe('exec says each thing once when a command is held (item 17)', () => {
  it('one HOLD line naming the request and its votes, then what reviewers run', () => {
    const bin = join(dir, 'fake-bin');
    mkdirSync(bin, { recursive: true });
    writeFileSync(join(bin, 'kubectl'), '#!/bin/sh\necho ran >> "$HOME/ran.log"\n', { mode: 0o755 });
    // A12: the manifest exists, so the hold binds its bytes (a missing one is opaque and denied).
    mkdirSync(join(dir, 'deploy'), { recursive: true });
    writeFileSync(join(dir, 'deploy', 'payments.yaml'), 'kind: Deployment\nmetadata: { name: payments }\n');
    const r = portcullis(dir, ['exec', '--agent', 'kiro', '--wait', '0s', '--', 'kubectl', '--context', 'prod-cn-1', 'apply', '-f', 'deploy/payments.yaml'], undefined, { PATH: `${bin}:${process.env['PATH'] ?? ''}`, HOME: dir });
    assert.equal(r.code, 4, r.stderr);
    const held = r.stderr.split('\n').filter((l) => l.startsWith('portcullis: HOLD') || l.startsWith('reviewers:'));
    const id = /request (req_\S+):/.exec(held[0] ?? '')?.[1];
    assert.ok(id, r.stderr);
    assert.deepEqual(held, [`portcullis: HOLD, nothing ran: request ${id}: 0 of 2 approvals so far; run the same command again once it is approved`, `reviewers: portcullis approvals approve ${id}`]);
    assert.equal(existsSync(join(dir, 'ran.log')), false);
  });
});

describe('the binary is easy to reach (item 13)', () => {
  it('--version prints the package version; `npx portcullis` runs this checkout after npm install', () => {
    const version = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }).version;
    assert.deepEqual(portcullis(dir, ['--version']), { code: 0, stdout: `portcullis ${version}\n`, stderr: '' });
    // --no: npx must find the project's own bin and never fetch anything from the registry
    const r = spawnSync('npx', ['--no', '--', 'portcullis', '--version'], { cwd: REPO, encoding: 'utf8', timeout: 60_000 });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, `portcullis ${version}\n`);
  });
});

describe('policy validate (item 16)', () => {
  it('checks that the store is reachable', () => {
    let r = portcullis(dir, ['policy', 'validate']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /\nstore sqlite:\/.*portcullis\.db: reachable, \d+ audit entries\n$/);
    const text = readFileSync(join(dir, 'portcullis.yaml'), 'utf8').replace(/^store: .*$/m, 'store: postgres://nobody@127.0.0.1:1/none');
    writeFileSync(join(dir, 'unreachable.yaml'), text);
    r = portcullis(dir, ['policy', 'validate', '--config', 'unreachable.yaml']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^error: store `postgres:\/\/nobody@127\.0\.0\.1:1\/none` is not reachable: .*ECONNREFUSED.* \(store_unavailable\)\nhint: /);
  });

  it('a missing config exits 3 like every config error; a YAML error names its own line', () => {
    let r = portcullis(dir, ['policy', 'validate', '--config', 'nope.yaml']);
    assert.equal(r.code, 3);
    const lines = readFileSync(join(dir, 'portcullis.yaml'), 'utf8').split('\n');
    const at = lines.findIndex((l) => l.startsWith('    name: Alice'));
    lines[at] = '    name: "Alice (reviewer)';
    writeFileSync(join(dir, 'broken.yaml'), lines.join('\n'));
    r = portcullis(dir, ['policy', 'validate', '--config', 'broken.yaml']);
    assert.equal(r.code, 3);
    assert.equal(r.stderr.split('\n')[0], `error: broken.yaml:${at + 1}: invalid YAML: missing closing "quote (config_invalid)`);
  });
});

describe('help (item 17)', () => {
  const RULE_ID = /\b[ADFL]\d{1,2}\b/;
  it('the top-level help lists every subcommand; no help text carries internal rule ids', () => {
    const top = portcullis(dir, ['--help']);
    assert.equal(top.code, 0);
    for (const sub of ['approvals list|show|approve|reject|cancel|break-glass|recover', 'brakes status|freeze|unfreeze|freeze-all|unfreeze-all|shadow', 'audit verify|tail|export|checkpoint', 'users add|list|revoke', 'agents add|list|revoke', 'policy validate|test', 'store migrate']) {
      assert.ok(top.stdout.includes(`  ${sub}`), sub);
    }
    const commands = [...top.stdout.matchAll(/^ {2}([a-z]+)\b/gm)].map((m) => m[1]!);
    assert.ok(commands.length >= 15, commands.join(','));
    assert.doesNotMatch(top.stdout, RULE_ID);
    for (const c of [...commands.map((x) => [x, '--help']), ['hook', 'install', '--help']]) {
      const r = portcullis(dir, c);
      assert.equal(r.code, 0, `${c.join(' ')}: ${r.stderr}`);
      const id = RULE_ID.exec(r.stdout);
      assert.equal(id, null, `${c.join(' ')} --help mentions ${id?.[0]}`);
    }
  });
});

describe('one token variable per role (item 14)', () => {
  // Each command reads the variable of its role only; the other one is set to a real token of the
  // other kind so that reading it by mistake would show (a different error, or success).
  const AGENT_HINT = "hint: put the agent's token in a file (mode 600) and pass --token-file FILE, or set PORTCULLIS_AGENT_TOKEN\n";
  const HUMAN_HINT = "hint: put the human's token in a file (mode 600) and pass --token-file FILE, or set PORTCULLIS_TOKEN\n";
  const REFUSED = 'error: `--token` is not accepted: a token on the command line is visible to every user of the machine (ps, shell history) (request_invalid)\n';
  let agentTok: string;
  before(() => {
    const r = portcullis(dir, ['agents', 'add', 'tokbot', '--role', 'reader', '--operator', 'dana'], undefined, { PORTCULLIS_TOKEN: token });
    assert.equal(r.code, 0, r.stderr);
    agentTok = r.stdout.trim().split('\n').at(-1)!;
    assert.match(agentTok, /^pct_a_/);
    writeFileSync(join(dir, 'tokbot.token'), `${agentTok}\n`, { mode: 0o600 });
    writeFileSync(join(dir, 'dana.token'), `${token}\n`, { mode: 0o600 });
  });

  it('a --token flag is a usage error naming the file or the variable of the command\'s role, for every command class', () => {
    const cases: Array<[string[], string]> = [
      [['check', '--token', 'pct_a_x', '--shell', 'ls'], AGENT_HINT],
      [['exec', '--agent', 'kiro', '--server', 'http://127.0.0.1:1', '--token=pct_a_x', '--', 'true'], AGENT_HINT],
      [['mcp', '--agent', 'kiro', '--server', 'http://127.0.0.1:1', '--token', 'pct_a_x', '--', 'true'], AGENT_HINT],
      [['hook', 'install', 'claude-code', '--server', 'http://127.0.0.1:1', '--token', 'pct_a_x'], AGENT_HINT],
      [['users', 'list', '--token', 'pct_h_x'], HUMAN_HINT],
      [['agents', 'list', '--token', 'pct_h_x'], HUMAN_HINT],
      [['approvals', 'list', '--token', 'pct_h_x'], HUMAN_HINT],
      [['brakes', 'status', '--token', 'pct_h_x'], HUMAN_HINT],
      [['audit', 'verify', '--token', 'pct_h_x'], 'hint: this command takes no token\n'],
    ];
    for (const [args, hint] of cases) {
      const r = portcullis(dir, args);
      assert.deepEqual([r.code, r.stderr], [1, REFUSED + hint], args.join(' '));
    }
    // the hook itself denies (exit 2, F1) with the same words
    const hook = portcullis(dir, ['hook', 'claude-code', '--server', 'http://127.0.0.1:1', '--token', 'pct_a_x'], '{}');
    assert.equal(hook.code, 2);
    assert.equal(hook.stderr, "Portcullis denies this call: `--token` is not accepted: a token on the command line is visible to every user of the machine (ps, shell history); put the agent's token in a file (mode 600) and pass --token-file FILE, or set PORTCULLIS_AGENT_TOKEN\n");
  });

  it('agent-side commands (check, exec, hook, mcp) read PORTCULLIS_AGENT_TOKEN or --token-file, never the human\'s PORTCULLIS_TOKEN', () => {
    const humanOnly = { PORTCULLIS_TOKEN: agentTok, PORTCULLIS_AGENT_TOKEN: '' };
    // check: an agent token in the human's variable is not read (so no agent is named)
    let r = portcullis(dir, ['check', '--shell', 'ls'], undefined, humanOnly);
    assert.deepEqual([r.code, r.stderr], [1, "error: missing --agent (or an agent token) (request_invalid)\nhint: pass --agent ID, or the agent's own token in PORTCULLIS_AGENT_TOKEN or --token-file FILE\n"]);
    r = portcullis(dir, ['check', '--shell', 'ls', '--json'], undefined, { PORTCULLIS_TOKEN: token, PORTCULLIS_AGENT_TOKEN: agentTok });
    assert.equal(r.code, 0, r.stderr);
    assert.equal((JSON.parse(r.stdout) as { agentId?: string; effect: string }).effect, 'allow');
    r = portcullis(dir, ['check', '--agent', 'kiro', '--shell', 'ls'], undefined, { PORTCULLIS_TOKEN: '', PORTCULLIS_AGENT_TOKEN: '' });
    assert.equal(r.code, 0, r.stderr);
    r = portcullis(dir, ['check', '--agent', 'kiro', '--token-file', 'tokbot.token', '--shell', 'ls'], undefined, { PORTCULLIS_TOKEN: token, PORTCULLIS_AGENT_TOKEN: '' });
    assert.deepEqual([r.code, r.stderr], [1, "error: --agent `kiro` does not match the token's agent `tokbot` (auth_failed)\nhint: drop --agent, or use that agent's own token\n"]);
    // exec, mcp and the hook with --server: the human's variable holds a valid agent token, and is not read
    const noAgent = "error: no agent token (auth_failed)\nhint: pass --token-file FILE or set PORTCULLIS_AGENT_TOKEN to the agent's own token\n";
    r = portcullis(dir, ['exec', '--agent', 'tokbot', '--server', 'http://127.0.0.1:1', '--', 'true'], undefined, humanOnly);
    assert.deepEqual([r.code, r.stderr], [1, noAgent]);
    r = portcullis(dir, ['mcp', '--agent', 'tokbot', '--server', 'http://127.0.0.1:1', '--', 'true'], undefined, humanOnly);
    assert.deepEqual([r.code, r.stderr], [1, noAgent]);
    r = portcullis(dir, ['hook', 'claude-code', '--server', 'http://127.0.0.1:1'], JSON.stringify({ hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: { command: 'ls' }, cwd: dir, session_id: 's' }), humanOnly);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /no agent token \(pass --token-file FILE or set PORTCULLIS_AGENT_TOKEN to the agent's own token\)/);
  });

  it('human-side commands (users, agents, approvals, brakes) read PORTCULLIS_TOKEN or --token-file, never PORTCULLIS_AGENT_TOKEN', () => {
    for (const args of [['users', 'list'], ['agents', 'list'], ['approvals', 'list'], ['brakes', 'status']]) {
      // a valid human token in the agent's variable is not read
      const wrongVar = portcullis(dir, args, undefined, { PORTCULLIS_TOKEN: '', PORTCULLIS_AGENT_TOKEN: token });
      assert.equal(wrongVar.code, 1, args.join(' '));
      assert.match(wrongVar.stderr, /^error: no token given \(auth_failed\)\nhint: set PORTCULLIS_TOKEN or pass --token-file FILE with your user token\n$/, args.join(' '));
      const fromVar = portcullis(dir, args, undefined, { PORTCULLIS_TOKEN: token, PORTCULLIS_AGENT_TOKEN: agentTok });
      assert.equal(fromVar.code, 0, `${args.join(' ')}: ${fromVar.stderr}`);
      const fromFile = portcullis(dir, [...args, '--token-file', 'dana.token'], undefined, { PORTCULLIS_TOKEN: '', PORTCULLIS_AGENT_TOKEN: agentTok });
      assert.equal(fromFile.code, 0, `${args.join(' ')} --token-file: ${fromFile.stderr}`);
    }
  });
});
