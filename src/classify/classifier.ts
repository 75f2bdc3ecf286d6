import type { Action, ActionContext, ActionFacts, Inventory } from '../core/index.ts';

/**
 * The contract every classifier honours:
 * - total: it never throws; input it cannot understand yields `confidence: 'opaque'`, verb `unknown`,
 *   `destructive: true` (the worst case), with a finding that says why;
 * - deterministic: the same action, context and inventory give the same facts;
 * - honest about environments: a target whose environment cannot be established has
 *   `environment: null`, which decisions treat as the inventory's `unknownTier` (production).
 */
export interface Classifier {
  classify(action: Action, context: ActionContext, inventory: Inventory): ActionFacts;
  /**
   * The same facts, plus the absolute paths the action names (D8), so the caller can resolve them on
   * the filesystem (links, hard links) and classify again with what they really are. Optional: a
   * classifier without it names no paths. `programs`: the programs it names by a path (`bin/kubectl`,
   * `/opt/x/bin/kubectl`), absolute, or `?` and the text where it lives is not fixed, so the caller can
   * ask whether the agent can change them (see `Inventory.changeablePrograms`). `toolRoutes`: the configuration files a
   * tool's call names itself (`kubectl --kubeconfig F`; see `shell/tool-routing.ts`), keyed by routing variable.
   * `toolWrites` (D8 round 17): what the action writes before it calls a tool that reads configuration (absolute paths,
   * `?` for more than are listed); a file the caller reads for that tool's configuration is then not the one it will read.
   */
  classifyWithPaths?(action: Action, context: ActionContext, inventory: Inventory): { facts: ActionFacts; paths: string[]; programs?: string[]; toolRoutes?: Array<{ program: string; route: Record<string, string> }>; toolWrites?: string[] };
}
