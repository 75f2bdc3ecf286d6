import { isJsonObject, type JsonValue } from '../core/index.ts';

/** GraphQL request bodies, read the same way for every door (an `http_request`, curl, an MCP tool's `query`). */

/** The field names of a GraphQL mutation in a request body (`{"query":"mutation { deleteIssue(...) }"}`), or null. */
export function graphqlMutationFields(body: JsonValue | undefined): string[] | null {
  let query: JsonValue | undefined = body;
  if (typeof body === 'string') {
    try {
      const parsed = JSON.parse(body) as JsonValue;
      query = isJsonObject(parsed) ? parsed.query : body;
    } catch {
      query = body;
    }
  } else if (isJsonObject(body)) query = body.query;
  if (typeof query !== 'string' || !/^\s*mutation\b/.test(query)) return null;
  // The operation's own name (`mutation DeleteStale($id: ID!)`) is the client's label; the fields are what runs.
  const selection = query.replace(/^\s*mutation\s*[A-Za-z_]\w*/, 'mutation');
  return [...selection.matchAll(/[{\s]([A-Za-z_][A-Za-z0-9_]*)\s*\(/g)].map((m) => m[1]!);
}

