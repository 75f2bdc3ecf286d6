/** Folders of programs that only the system's administrator may write (Linux FHS, Homebrew, snap). */
export const SYSTEM_PROGRAM_FOLDERS: ReadonlySet<string> = new Set(['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin', '/opt/homebrew/bin', '/opt/homebrew/sbin', '/snap/bin']);

/**
 * The first folder of a `PATH=…` text that is not the old search path (`$PATH`, `${PATH}`) or a system
 * program folder (`.` for an empty entry, `?` for one we cannot see); null when every entry is one of those.
 */
export function untrustedSearchFolder(text: string): string | null {
  const plain = text.replace(/^(['"])(.*)\1$/s, '$2');
  for (const entry of plain.split(':')) {
    if (entry === '$PATH' || entry === '${PATH}' || SYSTEM_PROGRAM_FOLDERS.has(entry.replace(/\/+$/, ''))) continue;
    if (entry === '') return '.';
    return /^[A-Za-z0-9._/~+-]+$/.test(entry) ? entry.replace(/\/+$/, '') : '?';
  }
  return null;
}

/** Where a PowerShell PATH value repeats the old search path (`$env:PATH`): kept as a mark until it is read. */
export const OLD_SEARCH_PATH = '\u0000PATH\u0000';

/**
 * D8: the PATH a PowerShell command sets (`$env:PATH = …`, `+= …`, `Set-Item Env:PATH …`), as a `:` list that
 * `untrustedSearchFolder` reads. `;` separates entries where the text has one (Windows), `:` otherwise (PowerShell
 * on Linux); the old PATH becomes `$PATH`; a drive-letter or UNC folder (`C:\tools\bin`) is a Windows host's, where
 * the agent has no Unix user to judge it by, and is left alone as an external program named by such a path is.
 * null (a value not fixed in the input) is a folder we cannot see. `unixHost`: the session runs on a Unix host (its
 * folder is a Unix path), where none of that Windows reading holds.
 */
export function powershellSearchPath(text: string | null, unixHost = false): string {
  if (text === null) return '?';
  // SECURITY (D8): on a Unix host (the session's folder is a Unix path) pwsh's PATH is `:`-separated and a `;`, a
  // drive letter or a backslash is part of a folder's name: `\\x;` + the old PATH is the relative folder `\\x;/usr/bin`.
  if (unixHost) return text.split(':').map((e) => (e === OLD_SEARCH_PATH ? '$PATH' : e.includes(OLD_SEARCH_PATH) || e.includes('$') ? '?' : e)).join(':');
  const entries = text.includes(';') ? text.split(';') : text.split(':').reduce<string[]>((out, e) => {
    // `C:\tools` has no `;` to separate it and one `:` of its own
    if (/^\\/.test(e) && out.length > 0 && /^[A-Za-z]$/.test(out[out.length - 1]!)) out[out.length - 1] += `:${e}`;
    else out.push(e);
    return out;
  }, []);
  const windows = text.includes(';');
  const kept = entries.flatMap((e) => {
    if (e === OLD_SEARCH_PATH) return ['$PATH'];
    // Windows skips an empty entry; on Linux it is the current folder
    if (e === '' && windows) return [];
    if (/^([A-Za-z]:[\\/]|\\\\)/.test(e)) return [];
    // a mark glued to other text, or a variable left unexpanded: not a folder we can name
    return [e.includes(OLD_SEARCH_PATH) || e.includes('$') ? '?' : e.replaceAll('\\', '/')];
  });
  return kept.length === 0 ? '$PATH' : kept.join(':');
}
