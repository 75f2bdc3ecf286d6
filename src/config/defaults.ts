/** Every default in one place; they pass through the same pipeline as user values. */
export const DEFAULTS = {
  store: 'sqlite:./portcullis.db',
  policies: ['default'],
  unknownEnvironment: 'production',
  approvals: { required: 2, pendingTtl: '1h', approvedTtl: '15m', executionLease: '5m', solo: false },
  server: { host: '127.0.0.1', port: 7070, adminGroup: 'admins', bodyLimitKb: 256, sessionTtl: '8h', deadline: '10s', readyTimeout: '2s', maxInFlight: 256, maxInFlightPerAgent: 32 },
  notifications: { events: ['held', 'approved', 'rejected', 'expired'] },
} as const;
