import { before } from 'node:test';
import { EMPTY_INVENTORY, type ActionFacts } from '../../src/core/index.ts';
import { createClassifier, type Classifier } from '../../src/classify/index.ts';

/**
 * The shared preamble of the Windows classifier tests (src/classify/windows/*.test.ts, src/classify/powershell/*.test.ts):
 * one classifier made before the file's tests run, and PowerShell, cmd or bash commands classified in a Windows session.
 */

/** A developer's Windows session, as most Windows tests have it. */
export const WINDOWS_DEV = { cwd: 'C:\\Users\\dev\\src\\app', home: 'C:\\Users\\dev' };
/** The same developer's repository straight under the profile (the older tests' session). */
export const WINDOWS_DEV_APP = { cwd: 'C:\\Users\\dev\\app', home: 'C:\\Users\\dev' };
/** A bash command in these tests runs on the developer's Linux machine. */
const LINUX_DEV = { cwd: '/home/dev/app', home: '/home/dev' };

export type WindowsShell = 'powershell' | 'cmd' | 'bash';
export interface WindowsClassifier {
  /** A PowerShell command in `ctx` (the session given to windowsClassifier by default). */
  ps(command: string, ctx?: Record<string, string>): ActionFacts;
  /** A cmd.exe line in `ctx`. */
  cmd(command: string, ctx?: Record<string, string>): ActionFacts;
  /** A command of any of the three shells; bash always in the Linux session. */
  run(command: string, shell: WindowsShell, ctx?: Record<string, string>): ActionFacts;
}

/** Registers a `before` hook that makes the classifier; call it at the top of a test file. */
export function windowsClassifier(session: Record<string, string> = WINDOWS_DEV): WindowsClassifier {
  let classifier: Classifier;
  before(async () => {
    classifier = await createClassifier();
  });
  const run = (command: string, shell: WindowsShell, ctx: Record<string, string> = session): ActionFacts =>
    classifier.classify({ kind: 'shell', command, shell }, shell === 'bash' ? LINUX_DEV : ctx, EMPTY_INVENTORY);
  return { run, ps: (command, ctx) => run(command, 'powershell', ctx), cmd: (command, ctx) => run(command, 'cmd', ctx) };
}

/** Answered benign with the input read (not opaque). */
export const benign = (f: ActionFacts): boolean => !f.destructive && f.confidence !== 'opaque';
/** Answered `unknown`: the input could not be read. */
export const unknown = (f: ActionFacts): boolean => f.confidence === 'opaque';
