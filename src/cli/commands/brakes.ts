import { PortcullisError } from '../../core/index.ts';
import { openControlSession } from '../../runtime/index.ts';
import type { BrakeChange, BrakesStateViewModel } from '../../control/index.ts';
import { CONFIG_FLAG, parseFlags, userToken } from '../args.ts';
import { EXIT, type CliIO } from '../io.ts';

const USAGE = 'portcullis brakes (status | freeze AGENT | unfreeze AGENT | freeze-all | unfreeze-all | shadow on|off [ENV]) [--reason TEXT] [--json] [--token-file FILE] [--config FILE]';

/** The brake change a command line asks for; null for `status`. */
export function parseBrakeCommand(positionals: string[]): BrakeChange | null {
  const [sub, a, b, ...extra] = positionals;
  const bad = () => new PortcullisError('request_invalid', sub ? `unknown or incomplete \`brakes ${positionals.join(' ')}\`` : 'missing subcommand', { hint: `usage: ${USAGE}` });
  if (extra.length > 0) throw bad();
  switch (sub) {
    case 'status':
      if (a !== undefined) throw bad();
      return null;
    case 'freeze':
    case 'unfreeze':
      if (!a || b !== undefined) throw bad();
      return { kind: sub, agent: a };
    case 'freeze-all':
    case 'unfreeze-all':
      if (a !== undefined) throw bad();
      return { kind: sub === 'freeze-all' ? 'freeze_all' : 'unfreeze_all' };
    case 'shadow':
      if (a !== 'on' && a !== 'off') throw bad();
      return { kind: 'shadow', environment: b ?? null, on: a === 'on' };
    default:
      throw bad();
  }
}

export async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseFlags(args, { ...CONFIG_FLAG, reason: { type: 'string' }, json: { type: 'boolean' }, 'token-file': { type: 'string' } }, USAGE, true, 'human');
  if (values.help) {
    io.stdout(`usage: ${USAGE}\n\nThe kill switch (per agent or global), shadow mode (per environment or global) and the budget.\nEvery change is audited and takes effect on every replica within a second. Acts as the human\nwhose token is in PORTCULLIS_TOKEN or --token-file; anyone may freeze, releasing a switch or\nturning shadow mode on needs the admin group; on a production environment or globally it takes two\nadmins (the first one's change is recorded and refused until another admin makes it too). Agent tokens are refused: agents can never switch the gate off.\n`);
    return EXIT.ok;
  }
  const change = parseBrakeCommand(positionals);
  const token = userToken(io, values['token-file']);
  if (token === null) throw new PortcullisError('auth_failed', 'no token given', { hint: 'set PORTCULLIS_TOKEN or pass --token-file FILE with your user token' });
  const session = await openControlSession({ configPath: values.config, cwd: io.cwd, env: io.env });
  try {
    // SECURITY (F3): a human token only; an agent's token is refused at the reviewer door.
    const who = await session.control.authenticate(token, 'reviewer');
    const state = change === null ? await session.control.brakes.state() : await session.control.brakes.change(change, { id: who.id }, values.reason ?? null);
    io.stdout(values.json ? `${JSON.stringify(state, null, 2)}\n` : formatBrakes(state));
    return EXIT.ok;
  } finally {
    await session.close();
  }
}

export function formatBrakes(s: BrakesStateViewModel): string {
  const by = (x: { by: string; at: number; reason: string | null }) => `by ${x.by} at ${new Date(x.at).toISOString()}${x.reason ? ` (${x.reason})` : ''}`;
  const lines = [`global kill switch: ${s.global ? `ENGAGED ${by(s.global)}` : 'off'}`];
  const frozen = Object.entries(s.agents);
  lines.push(`frozen agents: ${frozen.length ? '' : 'none'}`, ...frozen.map(([id, x]) => `  ${id} ${by(x)}`));
  const shadow = Object.entries(s.shadow);
  lines.push(`shadow mode: ${shadow.length ? '' : 'off'}`, ...shadow.map(([env, x]) => `  ${env === '*' ? 'global' : env} ${by(x)}`));
  const waiting = Object.entries(s.shadowRequests);
  if (waiting.length) lines.push('shadow mode requests waiting for a second admin (F7):', ...waiting.map(([env, x]) => `  ${env === '*' ? 'global' : env} ${by(x)}: another admin runs \`portcullis brakes shadow on${env === '*' ? '' : ` ${env}`}\``));
  lines.push(`budget: ${s.budgetPerHour === null ? 'none' : `${s.budgetPerHour} destructive action(s) per agent per hour`}`);
  const spent = Object.entries(s.spent);
  if (spent.length) lines.push(...spent.map(([id, n]) => `  ${id} spent ${n} in the last hour`));
  return `${lines.join('\n')}\n`;
}
