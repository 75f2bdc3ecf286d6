import { heuristicEnvironment } from '../../environment.ts';
import { namesScratchEnvironment } from './infra.ts';

/** EC2's listings of one kind and the delete of that kind, with the option that takes the ids. */
export const EC2_RUN_DELETES: Readonly<Record<string, string>> = {
  'describe-instances': 'terminate-instances --instance-ids',
  'describe-images': 'deregister-image --image-id',
  'describe-volumes': 'delete-volume --volume-id',
  'describe-snapshots': 'delete-snapshot --snapshot-id',
  // A security group looked up by its exact name (`Name=group-name,Values=preview-pr-1423`, answer 339 reaching answer 84).
  'describe-security-groups': 'delete-security-group --group-id',
};

/**
 * The words of an EC2 listing (`describe-instances|images|volumes|snapshots` and its options) whose filter names one CI run
 * or pull request: a tag's value (`Name=tag:Name,Values=ci-runner-8812`), a tag key and number read together (`ci-run` and
 * `5521`: namesScratchEnvironment, answers 84 and 174) or an image's own name (`Name=name,Values=ci-packer-run-8812`).
 * Filters are ANDed, so others only narrow; one value, no wildcard, nothing dynamic, no word naming production or staging
 * (round 27). The filter, or null.
 */
export function ec2RunFilter(words: readonly string[]): string | null {
  const bare = words.map((w) => w.replace(/^['"]|['"]$/g, ''));
  if (bare.some((w) => /[$`]/.test(w) || /^(production|staging)$/.test(heuristicEnvironment(w) ?? ''))) return null;
  for (const w of bare) {
    const m = /^Name=(tag:[\w.-]+|name|group-name),Values=([\w.-]+)$/.exec(w);
    const key = m?.[1]?.replace(/^tag:/, '');
    if (m && (namesScratchEnvironment(m[2]!) || (/^\d+$/.test(m[2]!) && namesScratchEnvironment(`${key}-${m[2]!}`)))) return `${m[1]!.replace(/^tag:/, '')}=${m[2]}`;
  }
  return null;
}
