/**
 * Round 41 (nv41; cheatsheets' `jbang completion | sudo tee /etc/bash_completion.d/jbang`): a tool's own completion script
 * installed where the shells look for completions is the tool's documented install step, a file its package would own
 * and the tool prints again at will: a write. The script is what the tool prints for `TOOL completion[s] [SHELL]` (and
 * `gen-completions`, `completion script`, `-s SHELL`), every word fixed; the file is one name inside a completion folder
 * (bash-completion's `completions` and `/etc/bash_completion.d`, zsh's `site-functions` and `vendor-completions`, fish's
 * `vendor_completions.d` and `~/.config/fish/completions`, `~/.zfunc`), system-wide or in the home. Any other text written
 * there (`echo … | tee /etc/bash_completion.d/x`) is a script every interactive shell sources, judged as before.
 */

const GENERATOR_WORD = /^(completions?|gen-completions?|generate-completions?|shell-completions?|completion-script)$/;
const GENERATOR_ARG = /^(bash|zsh|fish|powershell|elvish|nushell|script|-s|--shell|--shell=\w+|-)$/;

/**
 * Round 42 (atk42): shells and interpreters run their first operand as a script (`sh completion bash`, `python3 completion
 * zsh`): what that file prints is not the interpreter's own completion script.
 */
const INTERPRETER = /^(sh|bash|zsh|dash|ksh|fish|csh|tcsh|ash|busybox|python[\d.]*|pypy[\d.]*|node|nodejs|deno|bun|ruby|perl|php|lua|luajit|tclsh|wish|Rscript|osascript|pwsh|powershell|env|sudo|doas|exec|eval|source|\.)$/;

/** Whether `name ARGS` prints the program's own completion script (no word unfixed; shell names and `-s` only after). */
export function printsCompletionScript(name: string | null, args: ReadonlyArray<string | null>): boolean {
  if (name === null || args.length === 0 || args.length > 4 || args.some((a) => a === null)) return false;
  if (INTERPRETER.test(name.replace(/^.*\//, ''))) return false;
  if (!GENERATOR_WORD.test(args[0]!)) return false;
  return args.slice(1).every((a) => GENERATOR_ARG.test(a!));
}

const COMPLETION_FOLDER = /^(?:\/etc\/bash_completion\.d|\/(?:usr|usr\/local|opt\/homebrew|home\/linuxbrew\/\.linuxbrew)\/(?:etc\/bash_completion\.d|share\/bash-completion\/completions|share\/zsh\/(?:site-functions|vendor-completions)|share\/fish\/vendor_completions\.d))\/[\w@+-][\w.@+-]*$/;
const HOME_COMPLETION_FOLDER = /^\/(?:\.local\/share\/bash-completion\/completions|\.config\/fish\/completions|\.zfunc|\.oh-my-zsh\/completions|\.zsh\/completions?)\/[\w@+-][\w.@+-]*$/;

/** Whether the absolute `path` is one file in a completion folder (system-wide, or under `home`). */
export function isCompletionFile(path: string, home: string | undefined): boolean {
  if (COMPLETION_FOLDER.test(path)) return true;
  return home !== undefined && home !== '' && path.startsWith(`${home}/`) && HOME_COMPLETION_FOLDER.test(path.slice(home.length));
}
