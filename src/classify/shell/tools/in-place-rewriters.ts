/**
 * The lead's answer 429.6 (round 41): tools that rewrite a data or source file in place, as `sed -i` does, one entry per
 * program: which words switch the rewrite on (or off), which options take a value, and which words are the files. Each
 * file is judged by inPlaceEdit (filesystem.ts): a system file or a credential is destructive, a project's file a write.
 */
import type { Invocation } from '../invocation.ts';
import type { Word } from '../words.ts';
import { positionals } from './common.ts';
import { inPlaceEdit } from './filesystem.ts';

type Rewriter = {
  /** Whether this line rewrites in place (a flag given, a subcommand), else it prints. */
  rewrites: (args: Word[]) => boolean;
  /** The files it rewrites. */
  files: (args: Word[]) => Word[];
};

const has = (args: Word[], re: RegExp): boolean => args.some((a) => a.value !== null && re.test(a.value));

/** The value words of an option (`-f F`, `--file=F`, `-fF`). */
function valueWords(args: Word[], short: string, long: string): Word[] {
  const out: Word[] = [];
  for (let i = 0; i < args.length; i++) {
    const v = args[i]!.value;
    if (v === short || v === long) {
      if (args[i + 1]) out.push(args[i + 1]!);
    } else if (v?.startsWith(`${long}=`)) out.push({ ...args[i]!, text: args[i]!.text.slice(long.length + 1), value: v.slice(long.length + 1) });
    // Round 42 (atk42): pflag reads `-f=PATH` as `-f PATH` (the `=` is no part of the value).
    else if (v !== null && v.length > 2 && v.startsWith(short) && !v.startsWith('--')) {
      const cut = v[2] === '=' ? 3 : 2;
      out.push({ ...args[i]!, text: args[i]!.text.slice(args[i]!.text.length - (v.length - cut)), value: v.slice(cut) });
    }
  }
  return out;
}

// yq(1) v4 (mikefarah): `yq -i|--inplace EXPR FILE…` (`yq e -i …`); with `--from-file` the expression is not a word. v3:
// `yq w|d|m -i FILE PATH …` names the file first.
const YQ_VALUED = new Set(['-o', '--output-format', '-p', '--input-format', '-I', '--indent', '--from-file', '--expression', '--front-matter', '-s', '--split-exp', '--arg', '--argjson']);
/** Round 43 (atk43): pflag's value of a boolean flag given with `=` (`--inplace=true`, `-i=1`): strconv.ParseBool's true. */
const PFLAG_TRUE = '(=(1|t|T|true|TRUE|True))?';
const yq: Rewriter = {
  // `-s|--split-exp` (splits) writes too, where the line does not say: inPlaceRewrite reads it first.
  rewrites: (args) => has(args, new RegExp(`^(-[a-zA-Z]*i[a-zA-Z]*|-i${PFLAG_TRUE}|--inplace${PFLAG_TRUE})$`)),
  files: (args) => {
    const pos = positionals(args, YQ_VALUED);
    if (/^(w|write|d|delete|m|merge|n|new|p|prefix)$/.test(pos[0]?.value ?? '')) return pos.slice(1, 2);
    const rest = /^(e|eval|ea|eval-all)$/.test(pos[0]?.value ?? '') ? pos.slice(1) : pos;
    return has(args, /^--(from-file|expression)(=|$)/) ? rest : rest.slice(1);
  },
};

/** Round 42 (atk42): `yq -s|--split-exp EXPR` writes one file per document at a path EXPR computes: where is not in the line. */
function splits(args: Word[]): boolean {
  return has(args, /^(-s|--split-exp)(=|$)/) || has(args, /^-[a-zA-Z]*s[a-zA-Z]*$/);
}

// dasel: `dasel put|delete -f FILE …` writes the file back in place unless `-o|--out FILE` names another; a select prints.
const dasel: Rewriter = {
  rewrites: (args) => /^(put|delete)$/.test(positionals(args, new Set(['-f', '--file', '-o', '--out', '-r', '--read', '-w', '--write', '-t', '--type', '-v', '--value', '-s', '--selector', '-p', '--parser']))[0]?.value ?? ''),
  files: (args) => { const out = valueWords(args, '-o', '--out'); return out.length > 0 ? out : valueWords(args, '-f', '--file'); },
};

// autopep8 and autoflake: `--in-place|-i` rewrites each file named (autopep8 --help; autoflake --help).
const PEP8_VALUED = new Set(['--select', '--ignore', '--max-line-length', '-j', '--jobs', '--global-config', '--exclude', '--imports', '--line-range', '--range', '--indent-size', '--pep8-passes', '-p', '--experimental']);
// Round 43 (atk43): argparse takes any unambiguous prefix of a long option (`--in-p`, `--in-`; `--in` is also
// `--indent-size`'s and `--imports`').
const inPlaceFlag: Rewriter = {
  rewrites: (args) => has(args, /^(-[a-zA-Z]*i[a-zA-Z]*|--in-(p(l(a(ce?)?)?)?)?)$/),
  files: (args) => positionals(args, PEP8_VALUED),
};

// black and `ruff format` rewrite the files named unless `--check` or `--diff` only reports. Round 42 (atk42): `ruff check
// --fix` (and the older `ruff --fix`, `ruff check --unsafe-fixes`) rewrites the files it fixes in place too.
const BLACK_VALUED = new Set(['-l', '--line-length', '-t', '--target-version', '--config', '--include', '--exclude', '--extend-exclude', '--force-exclude', '--stdin-filename', '-W', '--workers', '--python-cell-magics', '--required-version', '--line-ranges', '--extension', '--preview', '--range']);
const formatter = (skip: number): Rewriter => ({
  rewrites: (args) => !has(args, /^--(check|diff)$/) && (skip === 0 || positionals(args, BLACK_VALUED)[0]?.value === 'format' || rufffixes(args)),
  files: (args) => positionals(args, BLACK_VALUED).filter((w, i) => !(i === 0 && skip > 0 && /^(format|check)$/.test(w.value ?? ''))).filter((w) => w.value !== '-'),
});
/** `ruff check --fix|--unsafe-fixes` or `ruff --fix` (not `--no-fix`, `--diff`, `--fix-only` prints nothing else but still writes). */
function rufffixes(args: Word[]): boolean {
  const first = positionals(args, BLACK_VALUED)[0]?.value;
  // Round 43 (atk43): of `--fix` and `--no-fix`, the last given wins (ruff's settings: each overrides the other).
  const last = args.map((a) => a.value).filter((v) => v === '--fix' || v === '--no-fix').at(-1);
  return (first === 'check' || first === undefined || first?.startsWith('/') === true || first?.startsWith('.') === true) && has(args, /^--(fix|unsafe-fixes|fix-only)$/) && last !== '--no-fix';
}

// moreutils sponge(1): `sponge FILE` soaks up its input and writes FILE whole (`jq … F | sponge F`); `-a` appends.
const sponge: Rewriter = {
  rewrites: (args) => !has(args, /^-[a-zA-Z]*a/),
  files: (args) => positionals(args).slice(0, 1),
};

/**
 * Round 43 (atk43): formatters that rewrite the files named when a flag says so: prettier `--write|-w` (prettier's CLI
 * reference), gofmt and goimports `-w`, clang-format `-i`, shfmt `-w|--write`. Their files are the operands; the options
 * they read a value from are listed so that a value is no file.
 */
const FORMATTER_VALUED = new Set(['--config', '--ignore-path', '--parser', '--plugin', '--print-width', '--tab-width', '--end-of-line', '--trailing-comma', '--stdin-filepath', '--log-level', '-r', '--style', '--assume-filename', '--lines', '--offset', '--length', '--fallback-style', '-ln', '--language-dialect', '-i', '--indent', '--cursor-offset', '--cache-location', '--cache-strategy']);
const flagged = (on: RegExp): Rewriter => ({
  rewrites: (args) => has(args, on),
  files: (args) => positionals(args, FORMATTER_VALUED).filter((w) => w.value !== '-'),
});
/** clang-format's `-i` is its switch; shfmt's `-i N` is an indent (in FORMATTER_VALUED), so shfmt reads `-w` alone. */
const clangFormat: Rewriter = { rewrites: (args) => has(args, /^-i$/), files: (args) => positionals(args, new Set([...FORMATTER_VALUED].filter((o) => o !== '-i'))).filter((w) => w.value !== '-') };
const REWRITERS: Readonly<Record<string, Rewriter>> = { yq, dasel, autopep8: inPlaceFlag, autoflake: inPlaceFlag, black: formatter(0), ruff: formatter(1), sponge, prettier: flagged(/^(--write|-w)$/), gofmt: flagged(/^-w$/), goimports: flagged(/^-w$/), 'clang-format': clangFormat, shfmt: flagged(/^(-w|--write)$/) };

/** Judges an in-place rewriter's files; false when the program is none or this line only prints. */
export function inPlaceRewrite(inv: Invocation): boolean {
  const r = REWRITERS[inv.name];
  if (r === undefined) return false;
  if (inv.name === 'yq' && splits(inv.args)) {
    inv.env.b.verb('write').opaque('yq_split_paths', '`yq -s` writes files at paths its expression computes from the input: where is not in the line', inv.span);
    return true;
  }
  if (!r.rewrites(inv.args)) return false;
  inv.env.b.verb('write');
  // The workspace itself named as `.` (`black .`, `autopep8 -ri .`) is the project's own source walked for files: a write.
  const atWorkspace = inv.scope.cwd !== undefined && inv.scope.cwd === inv.env.ctx.cwd;
  for (const f of r.files(inv.args)) if (!(atWorkspace && (f.value === '.' || f.value === './'))) inPlaceEdit(inv, f, `\`${inv.name}\` rewrites in place`);
  return true;
}

/** Whether a program is one of these (dispatch routes it here before its reading as a read). */
export function isInPlaceRewriter(name: string): boolean {
  return Object.hasOwn(REWRITERS, name);
}
