/**
 * Names people type (roles, groups, environments, agents, users): when one is unknown, say which
 * known name it probably meant. Pure; used wherever a name is taken.
 */

function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/** The known name closest to `name` when it is close enough to be a typo, else null. */
export function closestName(name: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  const lower = name.toLowerCase();
  for (const k of known) {
    const d = distance(lower, k.toLowerCase());
    if (d < bestD) {
      best = k;
      bestD = d;
    }
  }
  // a third of the length, at least 2 (a swapped pair), at most 3 edits: "deployr" → "deployer", not "reader"
  return best !== null && bestD <= Math.min(3, Math.max(2, Math.floor(name.length / 3))) ? best : null;
}

/** "did you mean `x`? known: a, b, c" (or just the known list), for an error's hint. */
export function didYouMean(name: string, known: readonly string[], what: string): string {
  const close = closestName(name, known);
  const list = known.length ? `known ${what}: ${known.map((k) => `\`${k}\``).join(', ')}` : `no ${what} are configured`;
  return close ? `did you mean \`${close}\`? ${list}` : list;
}
