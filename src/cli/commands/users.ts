import { PortcullisError } from '../../core/index.ts';
import { openControlSession } from '../../runtime/index.ts';
import type { PrincipalViewModel } from '../../control/index.ts';
import { CONFIG_FLAG, parseFlags, userToken, subcommand } from '../args.ts';
import { EXIT, type CliIO } from '../io.ts';

const USAGE = 'portcullis users (add ID [--groups a,b] [--name NAME] | list [--json] | revoke ID) [--token-file FILE] [--config FILE]';

export async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseFlags(args, { ...CONFIG_FLAG, 'token-file': { type: 'string' }, groups: { type: 'string' }, name: { type: 'string' }, json: { type: 'boolean' } }, USAGE, true, 'human');
  if (values.help) {
    io.stdout(`usage: ${USAGE}\n\nRegisters reviewers and operators. \`add\` prints the user's token once; only its hash is kept.\nActs as the user whose token is in PORTCULLIS_TOKEN or --token-file (not needed for the first user).\n`);
    return EXIT.ok;
  }
  const { sub, id } = subcommand(positionals, 'users', ['add', 'revoke'], ['list'], USAGE);
  const token = userToken(io, values['token-file']);
  const session = await openControlSession({ configPath: values.config, cwd: io.cwd, env: io.env });
  try {
    const cp = session.control;
    const noToken = () => new PortcullisError('auth_failed', 'no token given', { hint: 'set PORTCULLIS_TOKEN or pass --token-file FILE with your user token' });
    // SECURITY (D2): a human token only; without one, only the very first user may be added (bootstrap)
    const who = token === null ? null : await cp.authenticate(token, 'reviewer');
    if (sub === 'list') {
      if (!who) throw noToken();
      const users = await cp.principals.list('human', who);
      io.stdout(values.json ? `${JSON.stringify(users, null, 2)}\n` : formatUsers(users));
      return EXIT.ok;
    }
    if (sub === 'add') {
      const groups = values.groups?.split(',').map((g) => g.trim()).filter(Boolean);
      const { principal, token: issued } = await cp.principals.addHuman({ id: id, ...(values.name ? { name: values.name } : {}), ...(groups ? { groups } : {}) }, who ?? 'bootstrap');
      io.stdout(`added user \`${principal.id}\` (groups: ${principal.groups.join(', ') || 'none'})\ntoken (shown once, store it now):\n${issued}\n`);
      return EXIT.ok;
    }
    if (!who) throw noToken();
    const { cancelledRequests } = await cp.principals.revoke('human', id, who);
    io.stdout(`revoked user \`${id}\`; their agents are blocked from the next decision${cancelledRequests.length ? `; cancelled ${cancelledRequests.length} pending request(s): ${cancelledRequests.join(', ')}` : ''}\n`);
    return EXIT.ok;
  } finally {
    await session.close();
  }
}

function formatUsers(users: PrincipalViewModel[]): string {
  if (users.length === 0) return 'no users\n';
  return `${users.map((u) => `${u.id.padEnd(16)} ${(u.groups.join(',') || '-').padEnd(20)} ${u.revoked ? 'revoked' : u.hasToken ? 'active' : 'no token'}  (${u.source})`).join('\n')}\n`;
}
