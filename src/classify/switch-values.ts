/**
 * Round 44 (rv44): the words a value switches something off or on with, one table for the readers of settings and
 * options (the unknown program's, az's and aws's safeguard options, Proxmox's and pvesh's switches, a plant's control
 * points), which kept their own copies (round 43's review). A reader whose domain has more words adds them where it
 * builds its test, named there: `none` and `disabled` for a safeguard's state, `inactive` for a control point's.
 */

/** The plain off words of a switch, in any case: `false`, `0`, `off`, `no`. */
export const SWITCH_OFF_WORDS: readonly string[] = ['off', 'false', 'no', '0'];
/** The plain on words of a switch, in any case: `true`, `1`, `on`, `yes`. */
export const SWITCH_ON_WORDS: readonly string[] = ['true', 'yes', '1', 'on'];

/** A whole value, in any case, that is one of `words` (each a RegExp alternative: `disabled?`). */
function wholeWord(words: readonly string[]): RegExp {
  return new RegExp(`^(${words.join('|')})$`, 'i');
}

/** A value that switches off: the plain off words and a reader's own `extra` words. */
export function offValue(extra: readonly string[] = []): RegExp {
  return wholeWord([...SWITCH_OFF_WORDS, ...extra]);
}

/** `false`, `0`, `off`, `no`: a switch off. */
export const SWITCH_OFF = offValue();
/** `true`, `1`, `on`, `yes`: a switch on. */
export const SWITCH_ON = wholeWord(SWITCH_ON_WORDS);
