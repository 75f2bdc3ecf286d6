import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { didYouMean, PortcullisError, type Action, type ActionContext } from '../../core/index.ts';
import { openRuntime } from '../../runtime/index.ts';
import { parseActionInput } from '../../gateway/index.ts';
import { CONFIG_FLAG, optionalAgentToken, parseFlags } from '../args.ts';
import { formatDecision, formatIssues } from '../format.ts';
import { EXIT, type CliIO } from '../io.ts';

const USAGE = 'portcullis check (--agent ID | PORTCULLIS_AGENT_TOKEN | --token-file FILE) (--shell "CMD" | --file action.json | < action.json) [--cwd DIR] [--json] [--config FILE]';

export async function run(args: string[], io: CliIO): Promise<number> {
  const { values } = parseFlags(args, { ...CONFIG_FLAG, agent: { type: 'string', short: 'a' }, shell: { type: 'string' }, file: { type: 'string', short: 'f' }, cwd: { type: 'string' }, json: { type: 'boolean' }, 'token-file': { type: 'string' } }, USAGE, false, 'agent');
  if (values.help) {
    io.stdout(`usage: ${USAGE}\n\nDecides one action for an agent and records the decision in the audit log.\nThe action is a shell command (--shell), or JSON: an action ({"kind": "sql", "sql": "..."}) or\n{"action": ..., "context": ...}, from --file or standard input.\nWith the agent's own token (PORTCULLIS_AGENT_TOKEN or --token-file), the agent is the token's owner\nand --agent, if given, must name it. PORTCULLIS_TOKEN (a human's) is never read here. Without one, --agent is taken as given: a local check by whoever can\nread the store anyway.\nExit: 0 allow, 2 deny, 4 hold, 1 error, 3 invalid config or policy.\n`);
    return EXIT.ok;
  }
  // One variable per role: the agent's token (PORTCULLIS_AGENT_TOKEN), never the human's PORTCULLIS_TOKEN.
  const token = optionalAgentToken(io, values['token-file']);
  if (!values.agent && token === null) throw new PortcullisError('request_invalid', 'missing --agent (or an agent token)', { hint: "pass --agent ID, or the agent's own token in PORTCULLIS_AGENT_TOKEN or --token-file FILE" });
  if (values.shell !== undefined && values.file !== undefined) throw new PortcullisError('request_invalid', '--shell and --file are exclusive', { hint: `usage: ${USAGE}` });

  let input: { action: Action; context: ActionContext };
  if (values.shell !== undefined) {
    if (values.shell.trim() === '') throw new PortcullisError('request_invalid', '--shell is empty', { hint: 'pass the command to check, e.g. --shell "terraform plan"' });
    input = { action: { kind: 'shell', command: values.shell }, context: {} };
  } else {
    const text = values.file !== undefined ? readInput(resolve(io.cwd, values.file), values.file) : await io.readStdin();
    if (text === null || text.trim() === '') throw new PortcullisError('request_invalid', 'no action given', { hint: `usage: ${USAGE}` });
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (err) {
      throw new PortcullisError('request_invalid', `the action is not valid JSON: ${(err as Error).message.toLowerCase()}`, { hint: 'pass an action object such as {"kind":"shell","command":"ls"}' });
    }
    const parsed = parseActionInput(body);
    if (!parsed.ok) {
      io.stderr(formatIssues(parsed.issues, 'request_invalid'));
      return EXIT.error;
    }
    input = parsed.value;
  }
  const context: ActionContext = { cwd: values.cwd ?? input.context.cwd ?? io.cwd, ...(io.env['HOME'] && !input.context.home ? { home: io.env['HOME'] } : {}), ...input.context };
  if (values.cwd) context.cwd = resolve(io.cwd, values.cwd);

  const runtime = await openRuntime({ configPath: values.config, cwd: io.cwd });
  try {
    let agentId = values.agent ?? '';
    if (token !== null) {
      // SECURITY: an agent acts with its own credential; the token, not a flag, says who it is.
      const principal = await runtime.identity.authenticate(token, 'agent');
      if (values.agent && values.agent !== principal.id) throw new PortcullisError('auth_failed', `--agent \`${values.agent}\` does not match the token's agent \`${principal.id}\``, { hint: 'drop --agent, or use that agent\'s own token' });
      agentId = principal.id;
    } else if (!(await runtime.identity.agent(agentId))) {
      // The operator's own CLI: an unknown agent is a typo, not a decision. The API and the hooks
      // still answer an unknown agent with an audited deny.
      const known = (await runtime.identity.list('agent')).filter((a) => !a.revoked).map((a) => a.id);
      throw new PortcullisError('request_invalid', `unknown agent \`${agentId}\``, { hint: didYouMean(agentId, known, 'agents') });
    }
    const decision = await runtime.gateway.decide({ agentId, action: input.action, context });
    const subject = input.action.kind === 'shell' ? input.action.command : `${input.action.kind} action`;
    io.stdout(values.json ? `${JSON.stringify(decision, null, 2)}\n` : formatDecision(decision, subject));
    return decision.effect === 'allow' ? EXIT.ok : decision.effect === 'hold' ? EXIT.held : EXIT.denied;
  } finally {
    await runtime.close();
  }
}

function readInput(path: string, shown: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new PortcullisError('request_invalid', `cannot read \`${shown}\``, { hint: 'check the path given to --file' });
  }
}
