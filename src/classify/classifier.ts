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
}
