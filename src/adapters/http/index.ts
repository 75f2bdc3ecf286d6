/**
 * adapters/http: the HTTP face of Portcullis on Hono. Decision API v1 for agents, the reviewer API,
 * reviewer sessions (token or OpenID Connect) with CSRF protection, health, readiness, Prometheus
 * metrics and the OpenAPI document, and the mount point of the reviewer UI routes (`./ui/`). It
 * translates protocols and maps error codes to statuses; every decision is the gateway's and every
 * reviewer operation the control plane's.
 */
export { createHttpApp, methodNotAllowed } from './app.ts';
export type { HttpDeps, HttpEnv, HttpLimits, UiDeps } from './app.ts';
export type { ApiErrorV1 } from './errors.ts';
export type { OidcSettings } from './oidc.ts';
export type { SessionApi, SessionInfo } from './session.ts';
export { openApiDocument } from './openapi.ts';
