import { PortcullisError } from '../../core/index.ts';
import { openControlSession } from '../../runtime/index.ts';
import type { PrincipalViewModel } from '../../control/index.ts';
import { CONFIG_FLAG, parseFlags, userToken, subcommand } from '../args.ts';
import { EXIT, type CliIO } from '../io.ts';

const USAGE = 'portcullis agents (add ID --role ROLE --operator USER [--home ENV] [--parent AGENT] | list [--json] | revoke ID) [--token-file FILE] [--config FILE]';

export async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseFlags(
    args,
    { ...CONFIG_FLAG, 'token-file': { type: 'string' }, role: { type: 'string' }, operator: { type: 'string' }, home: { type: 'string' }, parent: { type: 'string' }, json: { type: 'boolean' } },
    USAGE,
    true,
    'human',
  );
  if (values.help) {
    io.stdout(`usage: ${USAGE}\n\nRegisters agents, each with its own token (printed once) and the human it acts for.\nActs as the user whose token is in PORTCULLIS_TOKEN or --token-file; agent tokens are refused: agents never register or revoke identities.\n`);
    return EXIT.ok;
  }
  const { sub, id } = subcommand(positionals, 'agents', ['add', 'revoke'], ['list'], USAGE);
  const token = userToken(io, values['token-file']);
  if (token === null) throw new PortcullisError('auth_failed', 'no token given', { hint: sub === 'list' ? 'set PORTCULLIS_TOKEN or pass --token-file FILE with your user token' : 'register a user first (`portcullis users add`), then act with their token' });
  const session = await openControlSession({ configPath: values.config, cwd: io.cwd, env: io.env });
  try {
    const cp = session.control;
    // SECURITY (D2): a human token only; an agent never registers or revokes agents.
    const who = await cp.authenticate(token, 'reviewer');
    if (sub === 'list') {
      const agents = await cp.principals.list('agent', who);
      io.stdout(values.json ? `${JSON.stringify(agents, null, 2)}\n` : formatAgents(agents));
      return EXIT.ok;
    }
    if (sub === 'add') {
      const { principal, token: issued } = await cp.principals.addAgent(
        { id: id, ...(values.role ? { role: values.role } : {}), ...(values.operator ? { operator: values.operator } : {}), ...(values.home ? { homeEnvironment: values.home } : {}), ...(values.parent ? { parent: values.parent } : {}) },
        who,
      );
      io.stdout(`added agent \`${principal.id}\` (role ${principal.role}, operator ${principal.operator})\ntoken (shown once, give it to the agent only):\n${issued}\n`);
      return EXIT.ok;
    }
    await cp.principals.revoke('agent', id, who);
    io.stdout(`revoked agent \`${id}\`\n`);
    return EXIT.ok;
  } finally {
    await session.close();
  }
}

function formatAgents(agents: PrincipalViewModel[]): string {
  if (agents.length === 0) return 'no agents\n';
  return `${agents.map((a) => `${a.id.padEnd(16)} role ${(a.role ?? '-').padEnd(12)} operator ${(a.operator ?? '-').padEnd(12)} ${a.revoked ? 'revoked' : a.hasToken ? 'active' : 'no token'}  (${a.source})`).join('\n')}\n`;
}
