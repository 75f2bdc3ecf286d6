/**
 * sdk (`portcullis/sdk`): the agent-side TypeScript client. A typed client of the HTTP decision API
 * (`createClient`) and `guard()` wrappers that put Portcullis in front of the tool functions of agent
 * frameworks (Vercel AI SDK tools, OpenAI Agents SDK function tools). It uses `fetch` by default, so
 * it runs in browsers and edge runtimes; on Node, `httpTransport` and `socketTransport` speak
 * node:http (over TCP, or over the agent's own Unix socket of a production install, D7), loading
 * Node's builtins only when called. It imports nothing from Portcullis but core types and core's one
 * error type (`PortcullisError`, which it throws; `PortcullisClientError` is its earlier name). It
 * decides nothing itself: a refusal, a hold and an error all mean the tool does not run.
 */
export { createClient, fetchTransport, PortcullisError, PortcullisClientError } from './client.ts';
export type { Transport, TransportResponse } from './transport.ts';
// node:http transports for Node (an agent's token over TCP, an agent's Unix socket); they load their
// builtins when called, so importing the SDK in a browser still loads nothing of Node's
export { httpTransport, socketTransport } from './http-transport.ts';
export type { HttpTransportOptions } from './http-transport.ts';
export type { ClientOptions, FetchLike, PortcullisClient, RequestStatus, WaitOptions, WaitResult } from './client.ts';
export { guard, guardTools, PortcullisRefusal } from './guard.ts';
export type { AiSdkTool, AgentsFunctionTool, GuardOptions } from './guard.ts';
export type { Action, ActionContext, Decision, Effect, Reason } from '../core/index.ts';
