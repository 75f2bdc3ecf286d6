/** Time is injected everywhere so tests never sleep and expiry uses one server clock (A5). */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
}

export interface IdGenerator {
  /** A new globally unique id, optionally with a readable prefix (`dec_`, `req_`). */
  next(prefix?: string): string;
}

export const randomIds: IdGenerator = {
  // node:crypto on first use (see digest.ts): the hook's start-up never needs it.
  next: (prefix = '') => `${prefix}${process.getBuiltinModule('node:crypto').randomUUID()}`,
};
