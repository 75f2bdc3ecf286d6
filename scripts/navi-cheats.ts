/**
 * Reading navi cheat sheets (github `denisidoro/cheats`, `papanito/cheats`: `.cheat` files for the `navi` tool) into
 * examples: pure functions, no I/O, so the importer (`scripts/import-navi-cheats.ts`) and its test share them. Nothing
 * from the sheets is ever committed; only our labels (`test/corpus/navi-labels.yaml`) are.
 *
 * The format, as navi's manual gives it (docs/cheatsheet_syntax.md) and its parser reads it, line by line:
 * - `% tag, tag`: the tags of the cheats that follow (it also ends the command being read);
 * - `# text`: the description of the next command (it ends the command being read);
 * (each mark at the very start of the line: an indented `# …` is a shell comment inside the command)
 * - `; text`: a metacomment, ignored (it does not end a command);
 * - `$ name: generator` (a `$` line with a `:`): the command that suggests values for `<name>` (it ends the command being read);
 * - `@ tag`: extends with another sheet's variables (it ends the command being read);
 * - any other non-empty line: a line of the command; consecutive command lines are one multi-line command, joined
 *   with newlines as navi runs them (a blank line between them does not split them: navi keeps reading the snippet).
 * `<name>` (letters, digits, `_` and `-`, as the variables navi prompts for) is filled with its name, so the same
 * snapshot always gives the same commands; shell's `<` (`< file`, `<(…)`, `<<EOF`) stays.
 */

export interface NaviExample {
  /** 1-based position of the example in its sheet. */
  n: number;
  tags: string;
  description: string;
  command: string;
  /** 1-based line of the (first line of the) command in the sheet. */
  line: number;
}

/** `<name>` becomes `name`; a `<` that opens no variable name closed by `>` is shell and stays. */
export function fillVariables(command: string): string {
  return command.replace(/(?<![<$\\])<([A-Za-z_][\w-]*)>(?!>)/g, (_m, name: string) => name);
}

/**
 * Round 42 (nxa42, the lead's answer 426.5): a template navi cannot fill is not a command as written, and the importer
 * leaves it out (counted). Two shapes: a placeholder navi does not prompt for, because its name holds a space or a colon
 * (`<display name>`, `<API Management service>`, `<path to cert.pem>`, `<ip:port>`: navi's variables are letters, digits,
 * `_` and `-`), which the shell reads as redirections or keeps as literal text; and a quote escaped for another format
 * outside any quotes (`-o=jsonpath=\"{range …}\"`), which the shell passes on as a literal `"` and splits the rest at its
 * blanks. Shell's own brackets do not count: `< file`, `<in.txt >out.txt`, `<(…)`, `<<EOF`.
 */
export function unfilledTemplate(command: string): boolean {
  for (const m of command.matchAll(/(?<![<$\\])<([A-Za-z][\w .:/@-]*[\w.])>(?!>)/g)) if (/[ :]/.test(m[1]!)) return true;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < command.length; i++) {
    const c = command[i]!;
    if (quote === "'") {
      if (c === "'") quote = null;
    } else if (c === '\\') {
      if (quote === null && command[i + 1] === '"') return true;
      i++;
    } else if (quote === '"') {
      if (c === '"') quote = null;
    } else if (c === '"' || c === "'") quote = c;
  }
  return false;
}

/** The examples of one `.cheat` sheet, in order (see the file's comment for the format). */
export function extractNaviExamples(sheet: string): NaviExample[] {
  const out: NaviExample[] = [];
  let tags = '';
  let description = '';
  let current: { lines: string[]; line: number } | null = null;
  const flush = () => {
    if (current === null) return;
    const command = fillVariables(current.lines.join('\n').trim());
    if (command !== '') out.push({ n: out.length + 1, tags, description, command, line: current.line });
    current = null;
  };
  sheet.split('\n').forEach((raw, i) => {
    const l = raw.replace(/\s+$/, '');
    if (l.trim() === '') return;
    // navi tests the line as written: an indented `# …` or `; …` is a line of the command (a shell comment in a loop).
    const t = l;
    if (t.startsWith(';')) return;
    if (t.startsWith('%')) {
      flush();
      tags = t.slice(1).trim();
      description = '';
      return;
    }
    if (t.startsWith('#')) {
      flush();
      description = t.replace(/^#+\s*/, '');
      return;
    }
    if ((t.startsWith('$') && t.includes(':')) || t.startsWith('@')) {
      flush();
      return;
    }
    if (current === null) current = { lines: [], line: i + 1 };
    current.lines.push(l);
  });
  flush();
  return out;
}

/** The id of an example: `navi-<owner>-<sheet>-<n>`, the sheet's path without `.cheat`, lower-cased, anything but letters and digits as `-`. */
export function naviExampleId(owner: string, sheet: string, n: number): string {
  const name = sheet.replace(/\.cheat(\.md)?$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return `navi-${owner.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${name}-${n}`;
}
