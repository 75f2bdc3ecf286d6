import type { Invocation } from '../invocation.ts';
import { controlEffectRecord, udsRequestEffect } from '../../control-points.ts';

/**
 * Round 36 (ot36): can-utils' isotpsend(1) sends the bytes on its input as one ISO-TP message, in diagnostics a UDS
 * request (`echo "11 01" | isotpsend -s 7E0 -d 7E8 can0`): judged by the request (control-points.ts udsRequestEffect).
 * A request not shown (a file, a pipe from a program) or a service we do not know is not known (fail closed).
 */
export function isotpSend(inv: Invocation): void {
  const b = inv.env.b;
  const text = inv.stdin?.text;
  if (typeof text !== 'string') {
    b.verb('write').opaque('isotp_request_unseen', `\`isotpsend\` sends a request from ${inv.stdin?.producer ?? 'the terminal'}, which the action does not show`, inv.span);
    return;
  }
  const request = udsRequestEffect(text);
  if (request === null) {
    b.verb('write').opaque('uds_request_unknown', `\`isotpsend\` sends \`${text.trim().slice(0, 40)}\`, a request we do not know`, inv.span);
    return;
  }
  if (request.effect === 'write') {
    b.verb('write');
    return;
  }
  const record = controlEffectRecord(request.effect, 'uds');
  b.verb(record.verb).destroy(record.code, `\`isotpsend\`: ${request.what}`, inv.span);
  b.summary(`isotpsend ${text.trim().slice(0, 20)}`);
}
