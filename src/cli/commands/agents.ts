import { PortcullisError } from '../../core/index.ts';
import { authenticateCli, openControlPlane, type PrincipalView } from '../../runtime/index.ts';
import { CONFIG_FLAG, parseFlags, userToken, subcommand } from '../args.ts';
import { EXIT, type CliIO } from '../io.ts';

const USAGE = 'portcullis agents (add ID --role ROLE --operator USER [--home ENV] [--parent AGENT] | list [--json] | revoke ID) [--token-file FILE] [--config FILE]';

export async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseFlags(
    args,
    { ...CONFIG_FLAG, 'token-file': { type: 'string' }, role: { type: 'string' }, operator: { type: 'string' }, home: { type: 'string' }, parent: { type: 'string' }, json: { type: 'boolean' } },
    USAGE,
    true,
  );
  if (values.help) {
    io.stdout(`usage: ${USAGE}\n\nRegisters agents, each with its own token (printed once) and the human it acts for.\nActs as the user whose token is in PORTCULLIS_TOKEN or --token-file; agent tokens are refused: agents never register or revoke identities.\n`);
    return EXIT.ok;
  }
  const { sub, id } = subcommand(positionals, 'agents', ['add', 'revoke'], ['list'], USAGE);
  const cp = await openControlPlane(values.config, io.cwd);
  try {
    const token = userToken(io, values['token-file']);
    if (sub === 'list') {
      await authenticateCli(cp, token, 'review');
      const agents = await cp.identity.list('agent');
      io.stdout(values.json ? `${JSON.stringify(agents, null, 2)}\n` : formatAgents(agents));
      return EXIT.ok;
    }
    const actor = await authenticateCli(cp, token, 'administer');
    if (actor.kind === 'local') throw new PortcullisError('auth_failed', 'no token given', { hint: 'register a user first (`portcullis users add`), then act with their token' });
    if (sub === 'add') {
      const { principal, token: issued } = await cp.identity.addAgent(
        { id: id, ...(values.role ? { role: values.role } : {}), ...(values.operator ? { operator: values.operator } : {}), ...(values.home ? { homeEnvironment: values.home } : {}), ...(values.parent ? { parent: values.parent } : {}) },
        actor,
      );
      io.stdout(`added agent \`${principal.id}\` (role ${principal.role}, operator ${principal.operator})\ntoken (shown once, give it to the agent only):\n${issued}\n`);
      return EXIT.ok;
    }
    await cp.identity.revoke('agent', id, actor);
    io.stdout(`revoked agent \`${id}\`\n`);
    return EXIT.ok;
  } finally {
    await cp.close();
  }
}

function formatAgents(agents: PrincipalView[]): string {
  if (agents.length === 0) return 'no agents\n';
  return `${agents.map((a) => `${a.id.padEnd(16)} role ${(a.role ?? '-').padEnd(12)} operator ${(a.operator ?? '-').padEnd(12)} ${a.revoked ? 'revoked' : a.hasToken ? 'active' : 'no token'}  (${a.source})`).join('\n')}\n`;
}
