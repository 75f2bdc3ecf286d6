/** Every default in one place; they pass through the same pipeline as user values. */
export const DEFAULTS = {
  store: 'sqlite:./portcullis.db',
  policies: ['default'],
  unknownEnvironment: 'production',
  approvals: { required: 2, pendingTtl: '1h', approvedTtl: '15m', solo: false },
} as const;
