import { PortcullisError } from '../core/index.ts';
import type { ApprovalService, RequestView } from './service.ts';

/**
 * The one check that an agent reads or reports only its own held request, used by every door (the
 * control plane's agent channel, which the HTTP routes, the agent sockets and the in-process gate
 * all go through). Another agent's request is refused exactly like a request that does not exist,
 * with the same code, message and hint, so request ids cannot be probed across agents.
 */
export async function ownRequest(approvals: Pick<ApprovalService, 'show'>, id: string, agent: string): Promise<RequestView> {
  const missing = () => new PortcullisError('approval_not_found', `no request \`${id}\``, { hint: 'an agent sees only its own requests, by the `requestId` of a held decision' });
  let q: RequestView;
  try {
    q = await approvals.show(id);
  } catch (err) {
    if (err instanceof PortcullisError && err.code === 'approval_not_found') throw missing();
    throw err;
  }
  // SECURITY: the same answer as for an unknown id, so ids cannot be probed across agents.
  if (q.agent !== agent) throw missing();
  return q;
}
