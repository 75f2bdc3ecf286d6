/** A word POSIX-single-quoted, so the shell model reads it back as exactly that word. */
export function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

const SAFE_WORD = /^[A-Za-z0-9_./:=@%+,-]+$/;

/** A word as written on a command line: bare when no character in it needs quoting, single-quoted otherwise. */
export function shellWord(s: string): string {
  return SAFE_WORD.test(s) ? s : shellQuote(s);
}

/**
 * A name or value as typed with its surrounding quotes taken off (`'Remote Desktop Users'`, `"/subscriptions/$SUB"`): for
 * readers of text that was not parsed into words (an option's value inside a list, a document), the one place that does it.
 */
export function unquote(text: string): string {
  return text.trim().replace(/^['"]+|['"]+$/g, '');
}
