/**
 * Glob patterns for inventory matchers: `*` matches within one segment (no `/` or `:`), `**` matches
 * anything, `?` one character; everything else is literal. Matching is case-sensitive and whole-string.
 */
export function globToRegExp(pattern: string): RegExp {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        out += '.*';
        i++;
      } else {
        out += '[^/:]*';
      }
    } else if (c === '?') {
      out += '[^/:]';
    } else {
      out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
  }
  return new RegExp(`^${out}$`);
}

/**
 * The longest run of literal characters in a pattern: every value the pattern matches contains it,
 * so a value without it is refused without running the expression (most values match no pattern:
 * D8 tests every word of every command against the control-plane patterns).
 */
export function longestLiteral(pattern: string): string {
  let best = '';
  for (const run of pattern.split(/[*?]/)) if (run.length > best.length) best = run;
  return best;
}

const cache = new Map<string, { re: RegExp; literal: string }>();

export function globMatch(pattern: string, value: string): boolean {
  let g = cache.get(pattern);
  if (!g) {
    g = { re: globToRegExp(pattern), literal: longestLiteral(pattern) };
    cache.set(pattern, g);
  }
  return value.includes(g.literal) && g.re.test(value);
}
