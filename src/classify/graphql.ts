import { isJsonObject, parseJson, type JsonValue } from '../core/index.ts';

/** GraphQL request bodies, read the same way for every door (an `http_request`, curl, an MCP tool's `query`). */

/**
 * The field names of the GraphQL mutations in a request body (`{"query":"mutation { deleteIssue(...) }"}`), or null when
 * it carries none. Every operation counts: a batch sent as an array of requests, a document holding a query and a
 * mutation, a mutation after `#` comments, and (for the HTTP doors) a `query` parameter in the URL.
 */
export function graphqlMutationFields(body: JsonValue | undefined, url?: string): string[] | null {
  const docs: string[] = [];
  const add = (v: JsonValue | undefined): void => {
    if (typeof v === 'string') docs.push(v);
  };
  const parsed = typeof body === 'string' ? (parseJson(body) ?? body) : body;
  if (typeof parsed === 'string') add(parsed);
  else if (isJsonObject(parsed)) add(parsed.query);
  else if (Array.isArray(parsed)) for (const r of parsed.slice(0, 100)) if (isJsonObject(r)) add(r.query);
  const q = url ? /[?&]query=([^&#]*)/.exec(url)?.[1] : undefined;
  if (q) {
    try {
      docs.push(decodeURIComponent(q.replace(/\+/g, ' ')));
    } catch {
      docs.push(q);
    }
  }
  const fields: string[] = [];
  for (const doc of docs) {
    const text = doc.replace(/#[^\n]*/g, ' ');
    const at = text.search(/(^|[}\s])mutation\b/);
    if (at === -1) continue;
    // The operation's own name (`mutation DeleteStale($id: ID!)`) is the client's label; the fields are what runs.
    const selection = text.slice(at).replace(/mutation\s*[A-Za-z_]\w*/g, 'mutation');
    fields.push(...[...selection.matchAll(/[{\s]([A-Za-z_][A-Za-z0-9_]*)\s*\(/g)].map((m) => m[1]!));
    fields.push(...topLevelMutationFields(text));
  }
  return docs.some((d) => /(^|[}\s])mutation\b/.test(d.replace(/#[^\n]*/g, ' '))) ? fields : null;
}

/**
 * The fields at the top of every mutation's selection set and of every fragment on the mutation type, with or without
 * arguments (`mutation { resetAll }`, `mutation { x: purgeCache { ok } }`): each runs, whatever it is given.
 */
function topLevelMutationFields(text: string): string[] {
  const out: string[] = [];
  const starts = [...text.matchAll(/(?:^|[}\s])(?:mutation\b|fragment\s+\w+\s+on\s+Mutation\b)[^{]*\{/g)];
  for (const m of starts) {
    let depth = 1;
    let i = m.index + m[0].length;
    let expectField = true;
    while (i < text.length && depth > 0) {
      const c = text[i]!;
      if (c === '"') {
        // Skip a string (arguments only, but braces inside one must not count).
        i++;
        while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      } else if (c === '{' || c === '(') depth++;
      else if (c === '}' || c === ')') {
        depth--;
        // A sub-selection closed ends the field; closed arguments may still be followed by one.
        if (depth === 1 && c === '}') expectField = true;
      } else if (depth === 1 && c === '@') {
        // A directive (`@skip(if: …)`) is no field.
        i += 1 + (/^\w*/.exec(text.slice(i + 1))?.[0].length ?? 0);
        continue;
      } else if (depth === 1 && /[A-Za-z_]/.test(c)) {
        const word = /^[A-Za-z_]\w*/.exec(text.slice(i))![0];
        const alias = /^\s*:/.test(text.slice(i + word.length));
        if (expectField && !alias && text.slice(Math.max(0, i - 3), i) !== '...') out.push(word);
        i += word.length;
        expectField = !alias ? false : true;
        continue;
      } else if (depth === 1 && /[\s,]/.test(c) && !expectField) {
        // A field ends at white space only when what follows starts a new one (no `(`, `{`, `@` or `:` after it).
        const rest = text.slice(i).trimStart();
        if (!/^[({@:]/.test(rest)) expectField = true;
      }
      i++;
    }
  }
  return out;
}
