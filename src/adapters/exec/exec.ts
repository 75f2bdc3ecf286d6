import { spawn as nodeSpawn, type ChildProcess } from 'node:child_process';
import { constants } from 'node:os';
import { keepLease, toPortcullisError, type ActionContext, type Clock, type KeptLease, type LeaseTimers } from '../../core/index.ts';
import type { AgentDecision, AgentGate, HeldStatus } from '../../gateway/index.ts';
import type { ExecInputGuard } from './input-guard.ts';

/** What exec needs of the agent's gate (in-process or remote). */
type ExecGate = Pick<AgentGate, 'decide' | 'requestStatus' | 'recordIntent' | 'reportOutcome' | 'renewLease'>;
type ExecDecision = AgentDecision;

export interface ExecProgress {
  requestId: string;
  approvals: number;
  required: number;
  approverGroups: string[];
  /** Milliseconds until this wait gives up (the earlier of our bound and the request's expiry). */
  leftMs: number;
  status: string;
}

export interface RunExecOptions {
  argv: string[];
  /** The file to start for `argv[0]` (its real path, as checked before deciding); `argv[0]` stays the name it sees. */
  program?: string;
  gate: ExecGate;
  /** A12: rechecks the bound input files just before running; without it, a decision that bound files runs nothing. */
  inputGuard?: ExecInputGuard;
  /** The command's environment: already stripped of human credentials, with the agent's profile. */
  env: Record<string, string>;
  removed: string[];
  injected: string[];
  context: ActionContext;
  clock: Clock;
  /** Waits between polls of a held request (tests pass one that does not sleep). */
  sleep: (ms: number) => Promise<void>;
  /** F5: how long to wait for approvals before giving up (exit held). */
  waitMs: number;
  pollMs?: number;
  progress: (p: ExecProgress) => void;
  /** One line for people (stderr). */
  log: (line: string) => void;
  /** Where signals come from (the process): SIGINT, SIGTERM and SIGHUP are passed to the command. */
  signals: NodeJS.EventEmitter;
  /**
   * On an interactive terminal the kernel already sends Ctrl-C to the whole foreground group, the
   * command included: passing SIGINT on again would deliver it twice (Terraform aborts hard on a
   * second interrupt). SIGTERM and SIGHUP are always passed on.
   */
  interactive?: boolean;
  cwd: string;
}

export type ExecResult =
  | { kind: 'denied'; decision: ExecDecision; message: string }
  | { kind: 'held'; decision: ExecDecision; message: string }
  | { kind: 'ran'; decision: ExecDecision; exitCode: number; signal: string | null }
  | { kind: 'error'; message: string };

/** POSIX single-quoting where needed: the command string Portcullis decides is exactly the argv it runs. */
export function shellQuote(argv: readonly string[]): string {
  return argv.map((a) => (a !== '' && /^[A-Za-z0-9_@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}

const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const WAITING = new Set(['pending']);

/**
 * Decide, wait for approvals if held, then run the command once with the agent's environment,
 * passing signals on and keeping its exit code; the intent is recorded before it starts and the
 * outcome after it ends (L3). Nothing runs after an error: a failing gate, a wait that times out,
 * an intent that cannot be recorded all stop here (F1, F5).
 */
export async function runExec(o: RunExecOptions): Promise<ExecResult> {
  if (o.argv.length === 0) return { kind: 'error', message: 'no command given' };
  const action = { kind: 'shell' as const, command: shellQuote(o.argv) };
  let decision: ExecDecision;
  try {
    decision = await o.gate.decide(action, o.context);
    if (decision.effect === 'hold') {
      const waited = await waitForApprovals(o, decision);
      if (waited.kind !== 'approved') return waited.result;
      decision = waited.decision ?? (await o.gate.decide(action, o.context));
    }
  } catch (err) {
    // SECURITY (F1): no decision, no execution.
    return { kind: 'error', message: `could not get a decision: ${err instanceof Error ? err.message : String(err)}` };
  }
  if (decision.effect === 'hold') return { kind: 'held', decision, message: `needs ${decision.requiredApprovals} approvals` };
  // SECURITY: only an explicit allow runs anything.
  if (decision.effect !== 'allow') return { kind: 'denied', decision, message: decision.reasons.map((r) => r.message).join('; ') || 'denied' };

  let intentId: string;
  try {
    intentId = (await o.gate.recordIntent({ decisionId: decision.decisionId, requestId: decision.requestId ?? null, digest: decision.actionDigest, argv: o.argv, removed: o.removed, injected: o.injected })).id;
  } catch (err) {
    // SECURITY (L3): log before act; an intent that is not on the record means nothing runs.
    return { kind: 'error', message: `could not record the execution intent, so nothing ran: ${err instanceof Error ? err.message : String(err)}` };
  }
  let run: { argv: string[]; copied: string[]; cleanup: () => void | Promise<void> } = { argv: o.argv, copied: [], cleanup: () => {} };
  if (decision.inputs && decision.inputs.length > 0) {
    try {
      // SECURITY (A12): the bytes that run are the bytes that were approved, checked as late as possible.
      if (!o.inputGuard) throw new Error('this exec cannot check the input files the approval bound');
      run = await o.inputGuard.prepare(decision, o.argv, o.context.cwd ?? o.cwd);
    } catch (err) {
      const e = toPortcullisError(err);
      const message = `nothing ran: ${e.message}${e.hint ? ` (${e.hint})` : ''}`;
      await o.gate.reportOutcome({ intentId, decisionId: decision.decisionId, requestId: decision.requestId ?? null, outcome: 'failed', exitCode: null, signal: null, error: message, adapter: 'exec' }).catch(() => undefined);
      return { kind: 'denied', decision, message };
    }
  }
  let lease: KeptLease | null = null;
  if (decision.requestId) {
    try {
      // SECURITY (L3): the lease is confirmed alive before anything runs; one that ran out means outcome_unknown, never a run
      lease = await keepExecLease(o, decision.requestId);
    } catch (err) {
      await run.cleanup();
      const message = `nothing ran: the execution lease of request ${decision.requestId} could not be renewed (${err instanceof Error ? err.message : String(err)})`;
      await o.gate.reportOutcome({ intentId, decisionId: decision.decisionId, requestId: decision.requestId, outcome: 'failed', exitCode: null, signal: null, error: message, adapter: 'exec' }).catch(() => undefined);
      return { kind: 'error', message };
    }
  }
  let ran: Awaited<ReturnType<typeof runChild>>;
  try {
    ran = await runChild(o, run.argv);
  } finally {
    lease?.stop();
    await run.cleanup();
  }
  const outcome = ran.exitCode === 0 && ran.signal === null && ran.error === undefined ? 'succeeded' : 'failed';
  try {
    await o.gate.reportOutcome({ intentId, decisionId: decision.decisionId, requestId: decision.requestId ?? null, outcome, exitCode: ran.exitCode, signal: ran.signal, ...(ran.error ? { error: ran.error } : {}), adapter: 'exec' });
  } catch (err) {
    o.log(`portcullis: the command ran but its outcome could not be recorded (${err instanceof Error ? err.message : String(err)}); the audit shows the intent without an outcome`);
  }
  if (ran.error) o.log(`portcullis: could not start \`${o.argv[0]}\`: ${ran.error}`);
  const code = ran.signal !== null ? 128 + ((constants.signals as Record<string, number>)[ran.signal] ?? 0) : (ran.exitCode ?? 1);
  return { kind: 'ran', decision, exitCode: ran.error ? 127 : code, signal: ran.signal };
}

/** L3: the shared renewal rule (core's keepLease); a later failure is said once per streak. */
function keepExecLease(o: RunExecOptions, requestId: string): Promise<KeptLease> {
  return keepLease(() => o.gate.renewLease(requestId), NODE_TIMERS, (err) =>
    o.log(`portcullis: could not renew the execution lease of request ${requestId} (${err instanceof Error ? err.message : String(err)}); if it runs out before the command ends, the request is recorded outcome_unknown`),
  );
}

const NODE_TIMERS: LeaseTimers = { set: (run, ms) => setTimeout(run, ms), clear: (h) => clearTimeout(h as NodeJS.Timeout) };

type Waited = { kind: 'approved'; decision?: ExecDecision } | { kind: 'stop'; result: ExecResult };

async function waitForApprovals(o: RunExecOptions, held: ExecDecision): Promise<Waited> {
  const requestId = held.requestId;
  if (!requestId) return { kind: 'stop', result: { kind: 'held', decision: held, message: 'held without a request id' } };
  const deadline = o.clock.now() + o.waitMs;
  const poll = o.pollMs ?? 1_000;
  // Bounded in count as well as time: a clock that never moves cannot keep us here forever.
  const maxPolls = Math.max(1, Math.ceil(o.waitMs / poll)) + 1;
  let status: HeldStatus | null = null;
  for (let i = 0; i < maxPolls; i++) {
    // a poll only reads (never a decision, never consuming an approval)
    status = await o.gate.requestStatus(requestId);
    const leftMs = Math.max(0, Math.min(deadline, status.expiresAt) - o.clock.now());
    o.progress({ requestId, approvals: status.approvals, required: status.required, approverGroups: status.approverGroups, leftMs, status: status.status });
    if (status.status === 'approved') return { kind: 'approved' };
    if (!WAITING.has(status.status)) {
      return { kind: 'stop', result: { kind: 'denied', decision: held, message: `request ${requestId} is ${status.status}` } };
    }
    if (leftMs <= 0) break;
    await o.sleep(Math.min(poll, leftMs));
  }
  return {
    kind: 'stop',
    result: { kind: 'held', decision: held, message: `${status?.approvals ?? 0} of ${status?.required ?? held.requiredApprovals} approvals so far; run the same command again once it is approved` },
  };
}

function runChild(o: RunExecOptions, argv: readonly string[]): Promise<{ exitCode: number | null; signal: string | null; error?: string }> {
  return new Promise((resolve) => {
    // The handlers come first: the command can print and be signalled before spawn() returns here,
    // and a signal with no handler would end exec and leave the command running. One that arrives
    // before the child exists is passed on as soon as it does.
    let child: ChildProcess | null = null;
    const early: NodeJS.Signals[] = [];
    const handlers = FORWARDED.filter((s) => !(s === 'SIGINT' && o.interactive)).map((sig) => {
      const h = () => {
        if (child) child.kill(sig);
        else early.push(sig);
      };
      o.signals.on(sig, h);
      return [sig, h] as const;
    });
    const done = (r: { exitCode: number | null; signal: string | null; error?: string }) => {
      for (const [sig, h] of handlers) o.signals.removeListener(sig, h);
      resolve(r);
    };
    try {
      child = o.program !== undefined ? nodeSpawn(o.program, argv.slice(1), { argv0: argv[0]!, env: o.env, stdio: 'inherit', cwd: o.cwd }) : nodeSpawn(argv[0]!, argv.slice(1), { env: o.env, stdio: 'inherit', cwd: o.cwd });
    } catch (err) {
      done({ exitCode: null, signal: null, error: err instanceof Error ? err.message : String(err) });
      return;
    }
    for (const sig of early) child.kill(sig);
    child.once('error', (err) => done({ exitCode: null, signal: null, error: err.message }));
    child.once('exit', (code, signal) => done({ exitCode: code, signal }));
  });
}
