import { authenticateCli, openControlPlane, type PrincipalView } from '../../runtime/index.ts';
import { CONFIG_FLAG, parseFlags, userToken, subcommand } from '../args.ts';
import { EXIT, type CliIO } from '../io.ts';

const USAGE = 'portcullis users (add ID [--groups a,b] [--name NAME] | list [--json] | revoke ID) [--token-file FILE] [--config FILE]';

export async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseFlags(args, { ...CONFIG_FLAG, 'token-file': { type: 'string' }, groups: { type: 'string' }, name: { type: 'string' }, json: { type: 'boolean' } }, USAGE, true);
  if (values.help) {
    io.stdout(`usage: ${USAGE}\n\nRegisters reviewers and operators. \`add\` prints the user's token once; only its hash is kept.\nActs as the user whose token is in PORTCULLIS_TOKEN or --token-file (not needed for the first user).\n`);
    return EXIT.ok;
  }
  const { sub, id } = subcommand(positionals, 'users', ['add', 'revoke'], ['list'], USAGE);
  const cp = await openControlPlane(values.config, io.cwd);
  try {
    const token = userToken(io, values['token-file']);
    if (sub === 'list') {
      await authenticateCli(cp, token, 'review');
      const users = await cp.identity.list('human');
      io.stdout(values.json ? `${JSON.stringify(users, null, 2)}\n` : formatUsers(users));
      return EXIT.ok;
    }
    const actor = await authenticateCli(cp, token, 'administer');
    if (sub === 'add') {
      const groups = values.groups?.split(',').map((g) => g.trim()).filter(Boolean);
      const { principal, token: issued } = await cp.identity.addHuman({ id: id, ...(values.name ? { name: values.name } : {}), ...(groups ? { groups } : {}) }, actor);
      io.stdout(`added user \`${principal.id}\` (groups: ${principal.groups.join(', ') || 'none'})\ntoken (shown once, store it now):\n${issued}\n`);
      return EXIT.ok;
    }
    const { cancelledRequests } = await cp.identity.revoke('human', id, actor);
    io.stdout(`revoked user \`${id}\`; their agents are blocked from the next decision${cancelledRequests.length ? `; cancelled ${cancelledRequests.length} pending request(s): ${cancelledRequests.join(', ')}` : ''}\n`);
    return EXIT.ok;
  } finally {
    await cp.close();
  }
}

function formatUsers(users: PrincipalView[]): string {
  if (users.length === 0) return 'no users\n';
  return `${users.map((u) => `${u.id.padEnd(16)} ${(u.groups.join(',') || '-').padEnd(20)} ${u.revoked ? 'revoked' : u.hasToken ? 'active' : 'no token'}  (${u.source})`).join('\n')}\n`;
}
