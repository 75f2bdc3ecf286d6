/**
 * identity: registered humans and agents with their own bearer tokens (shown once, stored hashed),
 * authentication per channel, revocation (D4), and the gateway's `Directory`. It does not decide
 * what anyone may do: roles and groups are inputs to policy and approvals.
 */
export { IdentityService, createIdentityService, hashToken } from './identity-service.ts';
export type { Actor, Channel, IdentityServiceOptions } from './identity-service.ts';
export type { PrincipalView } from '../core/index.ts';
