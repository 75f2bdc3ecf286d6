import type { ActionContext } from '../../core/index.ts';
import type { AgentDecision, AgentGate, ProgramSearch } from '../../gateway/index.ts';
import type { HookAnswer, HookProtocol, Outcome } from './protocols.ts';
import { changeableProblems, sessionEnvChecks, sessionEnvProblems, sessionEnvRefusal, TOOL_ENV_NAMES, type SessionEnvProblem } from './session-env.ts';

export interface RunHookOptions {
  /** Context the event does not carry (home, cloud profile); the event's `cwd` wins. */
  baseContext?: ActionContext;
  /**
   * F5: the whole answer must come within this bound, or it is a deny. Keep it well below the
   * timeout the agent tool enforces: a hook the tool kills lets the tool call through.
   */
  timeoutMs?: number;
  /** Claude Code: answer `allow` (skip its permission prompt) for what Portcullis allowed. */
  skipPromptOnAllow?: boolean;
  /**
   * The session's values of the variables that run code unseen (`SESSION_ENV_NAMES`, `BASH_FUNC_…`),
   * as the hook client read them from its own environment (the agent tool's). One that does refuses
   * every call (see session-env.ts). Absent: the caller sent none (an SDK, an older client).
   */
  sessionEnv?: Readonly<Record<string, string>>;
  /**
   * D3, D8: why the agent's Unix user could change each path (the gateway's resolver, `PathResolver.changeable`), for
   * the programs and files the session's variables name (`sessionEnvChecks`). Absent, or answering undefined (no Unix
   * user for the agent): only what needs no filesystem is judged.
   */
  changeable?: (paths: readonly string[], where: ProgramSearch) => Promise<Array<string | null> | undefined>;
  /** Builds the gate lazily, so a malformed event or a read-only tool never pays for opening it. */
  gate: () => Promise<Pick<AgentGate, 'decide'>>;
}

export const DEFAULT_HOOK_TIMEOUT_MS = 20_000;


/**
 * D8: when a bare name was judged the agent's own program because of the session's PATH, the policy's reason (`changes
 * to production need two approvals`, `may not exec`) does not say why a plain `ls` got there: say it is the PATH, which
 * folder, and what a human changes. Empty when no such finding.
 */
function pathAdvice(d: AgentDecision): string {
  // the gateway's structured finding for a bare name (`ls`, no folder); a program named by a path is no PATH matter
  const found = (d.facts?.findings ?? []).flatMap((f) => (f.code === 'program_changeable' && f.program?.source === 'file' && /^[^`/?]+$/.test(f.program.name) ? [f.program] : []));
  if (found.length === 0) return '';
  const each = found.map((f) => `\`${f.name}\` is judged as a program of the agent's own, not as the system's, because of the session's PATH: ${f.why}.`).join(' ');
  return ` ${each} The agent's Unix user could put any program there under that name. A human must change the PATH the agent tool starts with (the agent user's \`~/.profile\` or \`~/.bashrc\`, or the \`env\` of the tool's settings): take that folder off it, put it after the system's folders (\`/usr/bin\`, \`/bin\`), or make it a folder the agent's user cannot write; then start a new session.`;
}

/**
 * D8 round 12: when a tool was judged the agent's own program because of its configuration file (`~/.kube/config`'s exec
 * plugin, `.git/config`'s `core.fsmonitor`), say which file and setting, and what a human changes. Empty when no such finding.
 */
function configAdvice(d: AgentDecision): string {
  const found = (d.facts?.findings ?? []).flatMap((f) => (f.code === 'program_changeable' && f.program?.source === 'config' ? [f.program] : []));
  if (found.length === 0) return '';
  const each = found.map((f) => `\`${f.name}\` is judged as a program of the agent's own, not as the tool, because ${f.why}.`).join(' ');
  return ` ${each} A human must edit that file (remove the setting, or make it run a program installed where the agent cannot write), or make the file one the agent's Unix user cannot change (owned by root), or point the tool's variable (\`KUBECONFIG\`, \`GIT_CONFIG_GLOBAL\`, \`AWS_CONFIG_FILE\`) at a root-owned file in the agent tool's settings; then start a new session.`;
}

/** What the model reads when a call is held: the request, who must act, and how to go on (A9). */
export function heldMessage(d: AgentDecision, tool: string): string {
  const who = `${d.requiredApprovals} approval${d.requiredApprovals === 1 ? '' : 's'}${d.approverGroups.length ? ` from ${d.approverGroups.join(' or ')}` : ''}`;
  const pending = d.reasons.find((r) => r.code === 'approval_pending')?.message;
  const why = d.reasons.filter((r) => r.code !== 'approval_pending').map((r) => r.message).join('; ');
  return [
    `Portcullis is holding this ${tool} call for human review (request ${d.requestId}): it needs ${who}.${why ? ` Why: ${why}.` : ''}${pathAdvice(d)}${configAdvice(d)}${pending ? ` Status: ${pending}.` : ''}`,
    `Reviewers approve it with \`portcullis approvals approve ${d.requestId}\` (or in the reviewer UI). Once approved, retry exactly the same call: any change to it is a new request. Do not try another way to do the same thing.`,
  ].join('\n');
}

export function deniedMessage(d: AgentDecision, tool: string): string {
  const why = d.reasons.map((r) => r.message).join('; ') || 'no reason given';
  return `Portcullis denied this ${tool} call: ${why}${d.decisionId ? ` (decision ${d.decisionId})` : ''}.${pathAdvice(d)}${configAdvice(d)} Do not try another way to do the same thing; ask the human you work for.`;
}

function bounded<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    p,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no decision within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/**
 * One hook invocation: event text in, the protocol's exact answer out. It never throws and never
 * answers allow after an error: a malformed event, an unknown tool, a gate that fails or does not
 * answer in time, any non-allow decision: all block (F1, F5, F6).
 */
export async function runHook(protocol: HookProtocol, text: string, options: RunHookOptions): Promise<HookAnswer> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_HOOK_TIMEOUT_MS;
  let outcome: Outcome;
  try {
    outcome = await bounded(decideAll(protocol, text, options), timeoutMs);
  } catch (err) {
    // SECURITY (F1, F5): a failure or a timeout is a block, with the reason on stderr.
    outcome = { kind: 'block', message: `Portcullis could not decide this call and denies it: ${err instanceof Error ? err.message : String(err)}` };
  }
  try {
    return protocol.answer(outcome, { skipPromptOnAllow: options.skipPromptOnAllow === true });
  } catch {
    return { stdout: '', stderr: 'Portcullis could not answer and denies this call\n', exitCode: 2 };
  }
}

/** The event's own `cwd` (every protocol's event carries one), for a call with nothing to decide. */
function eventCwd(text: string): string | undefined {
  try {
    const cwd = (JSON.parse(text) as { cwd?: unknown }).cwd;
    return typeof cwd === 'string' ? cwd : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The PATH bash sets when its environment has none (bash's config-top.h, DEFAULT_PATH_VALUE): its last entry, the
 * working folder, runs a project's file for a name no system folder holds.
 */
const BASH_DEFAULT_PATH = '/usr/local/bin:/usr/local/sbin:/usr/bin:/usr/sbin:/bin:/sbin:.';

/** SECURITY (D8): the PATH the session's commands search: the one the client read, or bash's own when it read none. */
function sessionPath(env: Readonly<Record<string, string>>): string {
  return env['PATH'] ?? BASH_DEFAULT_PATH;
}

/** D8 round 12: the session's variables that point tools at their configuration files, for the gateway (absent when none). */
function toolEnv(env: Readonly<Record<string, string>>): { toolEnv?: Record<string, string> } {
  const picked = Object.fromEntries(TOOL_ENV_NAMES.filter((n) => env[n] !== undefined && env[n] !== '').map((n) => [n, env[n]!]));
  return Object.keys(picked).length > 0 ? { toolEnv: picked } : {};
}

/** The programs and files the session's variables name that the agent's Unix user can change (see `sessionEnvChecks`). */
async function changeableSessionEnv(env: Readonly<Record<string, string>>, cwd: string | undefined, home: string | undefined, changeable: NonNullable<RunHookOptions['changeable']>): Promise<SessionEnvProblem[]> {
  const checks = sessionEnvChecks(env, home);
  if (checks.length === 0) return [];
  const where: ProgramSearch = { searchPath: sessionPath(env), ...(cwd !== undefined ? { cwd } : {}) };
  const programs = checks.filter((c) => c.kind === 'program');
  const files = checks.filter((c) => c.kind === 'file');
  const [forPrograms, forFiles] = await Promise.all([
    programs.length > 0 ? changeable(programs.map((c) => c.path), where) : [],
    files.length > 0 ? changeable(files.map((c) => c.path), { ...where, missingCounts: false }) : [],
  ]);
  return [...changeableProblems(programs, forPrograms ?? []), ...changeableProblems(files, forFiles ?? [])];
}

async function decideAll(protocol: HookProtocol, text: string, options: RunHookOptions): Promise<Outcome> {
  const t = protocol.translate(text, options.baseContext ?? {});
  if (t.kind === 'refuse') return { kind: 'block', message: `Portcullis denies this call: ${t.message}.` };
  // SECURITY (D3, D8): a session whose environment runs code unseen is refused whatever the call, read-only tools included.
  if (options.sessionEnv) {
    const cwd = t.kind === 'gate' ? t.context.cwd : eventCwd(text);
    const problems = sessionEnvProblems(options.sessionEnv, cwd, options.baseContext?.home);
    if (problems.length === 0 && options.changeable) problems.push(...(await changeableSessionEnv(options.sessionEnv, cwd, options.baseContext?.home, options.changeable)));
    if (problems.length > 0) return { kind: 'block', message: sessionEnvRefusal(problems, t.tool) };
  }
  if (t.kind === 'pass') return { kind: 'pass' };
  const gate = await options.gate();
  // D8: a bare name is judged by the file the session's PATH runs (the tool's shell has the hook's environment).
  const context = options.sessionEnv ? { ...t.context, searchPath: sessionPath(options.sessionEnv), ...toolEnv(options.sessionEnv) } : t.context;
  const allowed: string[] = [];
  for (const action of t.actions) {
    const d = await gate.decide(action, context, t.reason ?? undefined);
    if (d.effect === 'hold') return { kind: 'block', message: heldMessage(d, t.tool) };
    // SECURITY: anything but an explicit allow blocks (an unknown effect included).
    if (d.effect !== 'allow') return { kind: 'block', message: deniedMessage(d, t.tool) };
    allowed.push(d.decisionId);
  }
  return { kind: 'allow', message: `allowed by Portcullis (decision ${allowed.join(', ')})` };
}
