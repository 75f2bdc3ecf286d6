/**
 * One call of the HTTP API with a bearer token: GET without a body, POST with a JSON one. Answers
 * the status and the parsed JSON body (every API answer is JSON, errors included).
 */
export async function apiCall(base: string, token: string, path: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${base}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}
