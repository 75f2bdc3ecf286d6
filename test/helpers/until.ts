/**
 * Waits for an event, never for a fixed time: polls `read()` every 10 ms until it returns something
 * other than undefined, and returns that. Bounded (90 s and 9,000 reads) so a test that never sees
 * its event fails naming `what`, instead of hanging the suite.
 */
export async function until<T>(read: () => T | undefined | Promise<T | undefined>, what: string): Promise<T> {
  const end = Date.now() + 90_000;
  for (let i = 0; i < 9_000 && Date.now() < end; i++) {
    const v = await read();
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}
