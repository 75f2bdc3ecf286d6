import { isJsonObject, type JsonValue } from '../core/index.ts';

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
  let parsed: JsonValue | undefined = body;
  if (typeof body === 'string') {
    try {
      parsed = JSON.parse(body) as JsonValue;
    } catch {
      parsed = body;
    }
  }
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
  }
  return docs.some((d) => /(^|[}\s])mutation\b/.test(d.replace(/#[^\n]*/g, ' '))) ? fields : null;
}
