/** A word POSIX-single-quoted, so the shell model reads it back as exactly that word. */
export function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

const SAFE_WORD = /^[A-Za-z0-9_./:=@%+,-]+$/;

/** A word as written on a command line: bare when no character in it needs quoting, single-quoted otherwise. */
export function shellWord(s: string): string {
  return SAFE_WORD.test(s) ? s : shellQuote(s);
}
