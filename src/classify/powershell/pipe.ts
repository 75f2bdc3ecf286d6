import type { Invocation } from '../shell/invocation.ts';
import type { Word } from '../shell/words.ts';
import type { Node } from './parser.ts';

/**
 * What the previous stage of a PowerShell pipeline sends: objects from Get-ChildItem (files under
 * some roots), fixed values (strings, paths), or objects we cannot know (`narrowed` once a Where-Object or a
 * Select-Object -First/-Last/-Index/-Skip stage has picked some of them).
 */
export type PipeInput =
  | { kind: 'items'; roots: Word[]; recursive: boolean; filters: Array<string | null>; olderThanDays?: number }
  | { kind: 'values'; values: Array<string | null> }
  | { kind: 'unknown'; producer: string; args?: Word[]; narrowed?: boolean; olderThanDays?: number };

interface PipeState {
  input: PipeInput | null;
  runBlock: (block: Node, item: string | null) => void;
}

const state = new WeakMap<Invocation, PipeState>();

/** Attaches the pipeline input of a PowerShell command to its invocation. */
export function setPipeInput(inv: Invocation, input: PipeInput | null, runBlock: PipeState['runBlock']): void {
  state.set(inv, { input, runBlock });
}

export function pipeInput(inv: Invocation): PipeInput | null {
  return state.get(inv)?.input ?? null;
}
