import type { Config } from './config.ts';

/** The roles, environments and groups a config defines: the only names identities may use. */
export function configNames(config: Config): { roles: string[]; environments: string[]; groups: string[] } {
  const groups = new Set<string>([config.server.adminGroup, 'approvers']);
  for (const h of config.humans) for (const g of h.groups) groups.add(g);
  return { roles: [...config.roles], environments: config.inventory.environments.map((e) => e.name), groups: [...groups].sort() };
}
