/**
 * adapters/http: the HTTP face of Portcullis on Hono. Decision API v1 for agents, the reviewer API,
 * the same agent endpoints on each agent's Unix socket (D7: the socket names the agent), reviewer
 * sessions (token or OpenID Connect) with CSRF protection, health, readiness, Prometheus
 * metrics and the OpenAPI document, and the mount point of the reviewer UI routes (`./ui/`). It
 * translates protocols and maps error codes to statuses; every decision is the gateway's and every
 * reviewer operation the control plane's.
 */
export { createHttpApp, methodNotAllowed } from './app.ts';
export { createAgentSocketApp } from './socket-app.ts';
export type { AgentSocketDeps } from './socket-app.ts';
export type { HookRunner } from './agent-routes.ts';
export type { HttpDeps, HttpEnv, HttpLimits, UiDeps } from './app.ts';
export type { ApiErrorV1 } from './errors.ts';
export type { OidcSettings } from './oidc.ts';
export type { SessionApi, SessionInfo } from './session.ts';
export { openApiDocument } from './openapi.ts';
