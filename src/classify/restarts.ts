import type { Invocation } from './shell/invocation.ts';
import { heuristicEnvironment, targetsLiveTier } from './environment.ts';

/**
 * What a restart command's own words say: that it restarts (not a power-off, a halt or a hibernation), and whether it is
 * forced (skips the clean shutdown or closes programs without asking, so what they hold unsaved is lost).
 */
export interface RestartWords {
  readonly restart: boolean;
  readonly forced: boolean;
}

/**
 * The lead's answer 80 (round 21), one rule for every input type: a restart of one's own machine comes back by itself, a
 * write (`reboot`, `systemctl reboot`, `shutdown -r`, `shutdown /r`, `Restart-Computer`). Each reader (bash, cmd,
 * PowerShell) says what its words say (RestartWords) and adds the hosts it names as targets first; this says whether the
 * restart is a write. Not when forced, not when a host it names (`ssh HOST`, `-ComputerName`, `/m \\HOST`, `-H`) or the
 * session's own host is production or staging: a server others use is then out of service, as before.
 */
export function restartComesBack(inv: Invocation, words: RestartWords): boolean {
  if (!words.restart || words.forced) return false;
  const session = inv.env.ctx.host ? heuristicEnvironment(inv.env.ctx.host) : null;
  return session !== 'production' && session !== 'staging' && !targetsLiveTier(inv.env.inventory, inv.env.b.targets);
}
