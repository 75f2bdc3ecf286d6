import type { AuditAppend } from '../audit/index.ts';
import type { ActionFacts, Agent, BoundInput, HeldStatus, HoldInput, HoldOutcome, Human, InputRef } from '../core/index.ts';

export type { HeldStatus, HoldInput, HoldOutcome };

/**
 * What the gateway needs from the rest of the system. Each port states its obligations; the runtime
 * plugs in implementations (SQLite, PostgreSQL). The gateway treats any rejection from a port as a
 * reason to deny: a port never needs to "fail open" to be safe.
 */

/** Who is who, from Portcullis's own records (never from a claim the agent sends: SECURITY.md D). */
export interface Directory {
  /** The agent, or null when unknown. A revoked agent is returned with `revoked: true`. */
  agent(id: string): Promise<Agent | null>;
  /** The human, or null when unknown. A revoked human is returned with `revoked: true`. */
  human(id: string): Promise<Human | null>;
}

/** The audit log's kinds and their bodies are defined in `audit/kinds.ts`; the gateway re-exports them for the adapters. */
export type { AuditKind as AuditEntryType, AuditAppend, AuditBodies } from '../audit/index.ts';

/**
 * The tamper-evident log. `append` resolves only once the entry is durable and chained; if it
 * rejects, nothing was written and the caller must not act (L2).
 */
export interface AuditSink {
  append(entry: AuditAppend): Promise<{ id: string; seq: number }>;
}

export interface ApprovalGate {
  hold(input: HoldInput): Promise<HoldOutcome>;
}

/** Kill switch and budgets. `check` returns the reason to stop, or null to go on. */
export interface Brakes {
  check(agent: Agent, facts: ActionFacts): Promise<{ code: 'kill_switch_engaged' | 'budget_exhausted'; message: string } | null>;
  /** Records that an allowed destructive action was spent against the agent's budget. */
  spend(agent: Agent, facts: ActionFacts): Promise<void>;
  /** Whether decisions for this environment are recorded but not enforced. */
  shadow(environment: string | null): Promise<boolean>;
  /**
   * D10: told after each recorded denial that counts as persistence: the policy denied the action,
   * or a reviewer had rejected this exact action and the agent asked again. Failures (store,
   * timeouts, classifier, unknown agent), kill switches and budgets do not count: they say nothing
   * about what the agent tries, and counting them would freeze every agent in an outage. Freezes the
   * agent at the K-th within the window; resolves to whether it did.
   */
  recordDenial?(agent: Agent, reasonCodes: readonly string[], summary: string): Promise<boolean>;
}

/** Why an input file could not be bound. */
export interface InputProblem {
  path: string;
  code: 'input_unreadable' | 'input_too_large' | 'input_not_a_file';
  message: string;
}

export type InputReading = { ok: true; files: BoundInput[] } | { ok: false; problems: InputProblem[] };

/**
 * A12: reads and hashes the local files an action takes as input, so the digest binds their bytes.
 * The classifier only names them (it does no I/O); the runtime implements this over the filesystem.
 *
 * Obligations:
 * - relative names resolve against `cwd` (the agent's working directory); links are followed and the
 *   real path is reported;
 * - a directory input is read whole, in a stable order (sorted by path), recursively when asked;
 * - the same bytes always give the same `BoundInput`s (the digest is deterministic);
 * - it never reads more than its size limits: a file or a total beyond them is a problem
 *   (`input_too_large`), never a truncated hash;
 * - a file it cannot read is a problem, not a rejection: the gateway turns problems into an opaque
 *   action (the worst case), never into an unbound one.
 */
export interface InputReader {
  read(inputs: readonly InputRef[], cwd: string | undefined): Promise<InputReading>;
}

/** Where one named path leads on the filesystem (D8). */
export interface ResolvedPath {
  /** The path as the classifier named it (absolute; a `..` after a link is kept for the kernel to walk). */
  path: string;
  /**
   * Its real path: links and `..` followed, in the path and in its parents; for a path that does not
   * exist (yet), the real path of its deepest existing parent plus the rest; a dangling link leads to
   * where its target would be. Null when it cannot be walked (no permission, a loop).
   */
  real: string | null;
  /** The control-plane file it is a hard link to (same device and inode), when it is one. */
  sameFileAs?: string;
}

/**
 * D8: resolves the paths an action names before they are matched against the control plane, so a
 * symlink, a `..` through one, or a hard link made earlier (outside the gate's view) is seen for
 * what it is. The classifier names the paths (it does no I/O); the runtime implements this over the
 * filesystem.
 *
 * Obligations:
 * - one answer per path, in any order; a path that does not exist is not an error;
 * - hard links are compared by device and inode with the control-plane files it was built with;
 * - it rejects only when it cannot work at all: the gateway turns a rejection into a deny.
 */
export interface PathResolver {
  resolve(paths: readonly string[]): Promise<ResolvedPath[]>;
  /**
   * D8: for each program the action names by a path (`bin/kubectl`, `/home/a/bin/kubectl`: the
   * classifier's absolute spelling, or a text not starting with `/` when where it lives is not fixed),
   * why the agent's Unix user could change the file that runs there, itself or through a folder above
   * it or a link on the way (null: it cannot). Undefined when the agent has no Unix user here: then
   * nothing is known and the names are trusted as the classifier alone trusts them.
   *
   * Obligations: a program whose file cannot be checked (no permission to look, a loop, a user that
   * cannot be looked up, a file that does not exist yet) is changeable, with the reason; one answer
   * per program, in order.
   */
  changeable?(agentId: string, programs: readonly string[], where?: ProgramSearch): Promise<Array<string | null> | undefined>;
  /**
   * D8 (round 12): reads files as the agent's Unix user would reach them (its tools' own configuration files, which
   * run programs), with why that user could change each. Undefined when the agent has no Unix user here (as
   * `changeable`).
   *
   * Obligations: one answer per path, in order; a file larger than the reader's bound, one this process may not
   * read, one on a path that cannot be walked, or a user that cannot be looked up is `unreadable` (never `missing`);
   * a folder lists at most a bounded number of its names.
   */
  readAsAgent?(agentId: string, paths: readonly string[]): Promise<AgentFileRead[] | undefined>;
  /**
   * D8 (round 13): the home folder of the agent's Unix user's passwd entry, where ssh reads `~/.ssh/config` whatever the
   * session's HOME says. Undefined when the agent has no Unix user here (as `changeable`); null when it cannot be
   * looked up or has none (then ssh's files cannot be found: fail closed).
   */
  agentHome?(agentId: string): Promise<string | null | undefined>;
}

/** One file read for `PathResolver.readAsAgent`; `why` says why the agent's Unix user could change it (null: it cannot). */
export type AgentFileRead =
  | { kind: 'missing' }
  | { kind: 'file'; text: string; why: string | null }
  | { kind: 'folder'; names: string[]; why: string | null }
  | { kind: 'unreadable'; message: string; why: string | null };

/**
 * Where a bare program name (`kubectl`) is searched, for `PathResolver.changeable`: the session's PATH and its
 * working folder (an empty or relative PATH entry is taken from it). A bare name is changeable when the file that
 * PATH finds is, or when the agent's user could put a file of that name in a folder searched before it. Without
 * `searchPath` a bare name is trusted (the caller runs the command itself, with a PATH the gate cannot see).
 */
export interface ProgramSearch {
  searchPath?: string;
  cwd?: string;
  /**
   * Whether an absolute path that does not exist counts as changeable even where the agent's user could not create
   * it (default true: a program the action runs may be created by the action; false for a file or folder a
   * session's variable names, which nothing reads while it is missing).
   */
  missingCounts?: boolean;
}
