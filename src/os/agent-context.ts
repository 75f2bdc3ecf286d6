import type { ActionContext } from '../core/index.ts';

/**
 * Where an agent's action runs, as far as its own process can tell cheaply (this runs before every
 * tool call): home, cloud profile and region from the environment, the git branch from `.git/HEAD`.
 * It only narrows what the classifier infers; what it cannot tell stays unknown, and an unknown
 * environment counts as production (F1).
 */
export function agentContext(env: Readonly<Record<string, string | undefined>>, cwd: string): ActionContext {
  const ctx: ActionContext = { cwd };
  if (env.HOME) ctx.home = env.HOME;
  if (env.AWS_PROFILE) ctx.awsProfile = env.AWS_PROFILE;
  const region = env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
  if (region) ctx.awsRegion = region;
  const branch = gitBranch(cwd);
  if (branch) ctx.gitBranch = branch;
  return ctx;
}

function gitBranch(cwd: string): string | null {
  // Builtins without their ESM facades (which load lazy exports): this runs before every tool call.
  const { readFileSync } = process.getBuiltinModule('node:fs');
  const { dirname, join } = process.getBuiltinModule('node:path');
  let dir = cwd;
  for (let i = 0; i < 64; i++) {
    try {
      const head = readFileSync(join(dir, '.git', 'HEAD'), 'utf8');
      const m = /^ref: refs\/heads\/(.+)\s*$/.exec(head);
      return m ? m[1]!.trim() : null;
    } catch {
      const up = dirname(dir);
      if (up === dir) return null;
      dir = up;
    }
  }
  return null;
}
