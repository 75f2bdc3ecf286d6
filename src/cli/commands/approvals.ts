import { PortcullisError } from '../../core/index.ts';
import { parseDuration } from '../../config/index.ts';
import { openControlSession } from '../../runtime/index.ts';
import type { ApprovalRequestViewModel, RequestStatusView } from '../../control/index.ts';
import { CONFIG_FLAG, parseFlags, userToken, subcommand } from '../args.ts';
import { EXIT, type CliIO } from '../io.ts';

const USAGE = 'portcullis approvals (list [--all] | show ID | approve ID [--digest D] [--comment TEXT] | reject ID --comment TEXT | cancel ID [--comment TEXT] | break-glass ID --reason TEXT [--digest D] | recover [--older-than DURATION]) [--json] [--token-file FILE] [--config FILE]';

export async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseFlags(args, { ...CONFIG_FLAG, 'token-file': { type: 'string' }, digest: { type: 'string' }, comment: { type: 'string' }, reason: { type: 'string' }, 'older-than': { type: 'string' }, all: { type: 'boolean' }, json: { type: 'boolean' } }, USAGE, true, 'human');
  if (values.help) {
    io.stdout(`usage: ${USAGE}\n\nReviews held actions. Every subcommand acts as the user whose token is in PORTCULLIS_TOKEN or\n--token-file; agent tokens are refused. An approval is for the exact digest shown by \`show\`.\n\nbreak-glass: a member of the admin group (\`server.admin_group\`, default \`admins\`) who is not the\nagent's operator releases one pending request alone, when the two-person rule cannot wait. It is\nsingle-use, bound to the digest, and recorded as a \`break_glass\` audit entry with the reason.\n\nrecover: after a crash, marks requests still executing (an intent recorded, no outcome) as\noutcome_unknown; they are never retried. --older-than (default 1h) leaves alone what a live\n\`portcullis exec\` may still be running.\n`);
    return EXIT.ok;
  }
  const { sub, id } = subcommand(positionals, 'approvals', ['show', 'approve', 'reject', 'cancel', 'break-glass'], ['list', 'recover'], USAGE);
  if (sub === 'reject' && !values.comment?.trim()) throw new PortcullisError('request_invalid', 'a rejection needs --comment', { hint: 'say why: --comment "TEXT"' });
  if (sub === 'break-glass' && !values.reason?.trim()) throw new PortcullisError('request_invalid', 'break-glass needs --reason', { hint: 'say why the two-person rule cannot wait: --reason "TEXT"' });
  const token = userToken(io, values['token-file']);
  if (token === null) throw new PortcullisError('auth_failed', 'no token given', { hint: 'set PORTCULLIS_TOKEN or pass --token-file FILE with your user token' });
  const session = await openControlSession({ configPath: values.config, cwd: io.cwd, env: io.env });
  try {
    const cp = session.control;
    // SECURITY (D2): a human token only; an agent's token is refused at the reviewer door.
    const who = await cp.authenticate(token, 'reviewer');
    // --json prints the API's own shape (`ApprovalRequest` in /openapi.json), whatever the subcommand
    const out = (view: ApprovalRequestViewModel, line: string) => io.stdout(values.json ? `${JSON.stringify(view, null, 2)}\n` : `${line}\n`);
    switch (sub) {
      case 'list': {
        const statuses: RequestStatusView[] | undefined = values.all ? undefined : ['pending', 'approved'];
        const list = await cp.approvals.list(statuses ? { statuses } : {});
        io.stdout(values.json ? `${JSON.stringify(list, null, 2)}\n` : list.length === 0 ? 'no requests\n' : `${list.map(summary).join('\n')}\n`);
        return EXIT.ok;
      }
      case 'show': {
        const view = await cp.approvals.show(id);
        io.stdout(values.json ? `${JSON.stringify(view, null, 2)}\n` : detail(view));
        return EXIT.ok;
      }
      case 'approve': {
        const view = await cp.approvals.show(id);
        const r = await cp.approvals.approve(view.id, who, values.digest ?? view.digest, values.comment ?? null);
        const after = await cp.approvals.show(view.id);
        const note = r.alreadyCounted ? ' (your approval was already counted)' : '';
        out(after, r.status === 'approved' ? `approved ${r.requestId}: ${r.approvals} of ${r.required}; the agent may now retry the exact action once${note}` : `recorded: ${r.requestId} has ${r.approvals} of ${r.required} approvals${note}`);
        return EXIT.ok;
      }
      case 'reject': {
        const view = await cp.approvals.reject(id, who, values.comment as string);
        out(view, `rejected ${view.id}: the request is denied`);
        return EXIT.ok;
      }
      case 'recover': {
        const text = values['older-than'] ?? '1h';
        let olderThanMs: number;
        try {
          olderThanMs = parseDuration(text);
        } catch {
          throw new PortcullisError('request_invalid', `--older-than \`${text}\` is not a duration`, { hint: 'write for example 30m, 1h or 2d' });
        }
        const { requestIds: ids } = await cp.approvals.recover(who, { olderThanMs });
        io.stdout(values.json ? `${JSON.stringify({ requestIds: ids })}\n` : ids.length === 0 ? `no request has been executing for ${text} or more\n` : `${ids.map((i) => `${i}  outcome_unknown (never retried)`).join('\n')}\n`);
        return EXIT.ok;
      }
      case 'break-glass': {
        const view = await cp.approvals.show(id);
        const after = await cp.approvals.breakGlass(view.id, who, values.digest ?? view.digest, values.reason as string);
        out(after, `BREAK-GLASS: ${after.id} released by ${who.id} alone; the agent may retry the exact action once. This is recorded in the audit log.`);
        return EXIT.ok;
      }
      default: {
        const view = await cp.approvals.cancel(id, who, values.comment ?? null);
        out(view, `cancelled ${view.id}`);
        return EXIT.ok;
      }
    }
  } finally {
    await session.close();
  }
}

function summary(v: ApprovalRequestViewModel): string {
  return `${v.id}  ${v.status.padEnd(9)} ${v.approvals.filter((a) => a.counts).length}/${v.required}  agent ${v.agent} (for ${v.operator})  ${v.facts.summary}`;
}

function detail(v: ApprovalRequestViewModel): string {
  const artifact = JSON.stringify(v.action, null, 2);
  const votes = [...v.approvals.map((a) => `  approved by ${a.human}${a.counts ? '' : ' (no longer counts)'}${a.solo ? ' [solo profile]' : ''}${a.comment ? `: ${a.comment}` : ''}`), ...v.rejections.map((r) => `  rejected by ${r.human}: ${r.comment ?? ''}`), ...v.breakGlass.map((b) => `  BREAK-GLASS by ${b.human}: ${b.comment ?? ''}`)];
  return [
    `request   ${v.id} (${v.status})`,
    `digest    ${v.digest}`,
    `agent     ${v.agent}, acting for ${v.operator}`,
    `summary   ${v.facts.summary}`,
    `targets   ${v.facts.targets.map((t) => `${t.kind}:${t.id}${t.environment ? ` [${t.environment}]` : ''}`).join(', ') || 'unknown'}`,
    `blast     ${v.facts.blastRadius ?? 'unknown'}`,
    `needs     ${v.required} approval(s) from ${v.approverGroups.length ? v.approverGroups.join(', ') : 'any eligible human'}`,
    `expires   ${new Date(v.executeBy ?? v.expiresAt).toISOString()}`,
    'action:',
    artifact.replace(/^/gm, '  '),
    ...(votes.length ? ['votes:', ...votes] : []),
    '',
  ].join('\n');
}
