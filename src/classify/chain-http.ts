/**
 * Round 40 (bl40chain): HTTP requests to blockchain nodes and their daemons, as data: JSON-RPC bodies (Ethereum execution
 * clients, Bitcoin Core, Solana, Substrate; the method table is chain-rpc.ts), IPFS Kubo's RPC (`POST /api/v0/…`), the
 * Ethereum beacon API's voluntary exits and the Cosmos SDK's transaction service. Read by rest-apis.ts (`restApiNoLoss`:
 * what loses nothing whatever its path words say), other-kinds.ts (`httpBodyEffects`: what a POST destroys) and the two
 * readers of a request's endpoint variables (a JSON-RPC body names its operation; the path is only the node's address,
 * often with an API key in it: `https://eth-mainnet.g.alchemy.com/v2/${ALCHEMY_KEY}`).
 *
 * Labels (blind40-chain.yaml's description): a transaction broadcast on a live chain is money moved; on a test chain
 * (a host named for a testnet, devnet or local fork, Bitcoin's test chains' RPC ports, a local test node's own methods)
 * it is a write; an account unlocked is a safeguard off; the chain rewound is data lost; an endpoint, the node, sealing
 * or a wallet stopped is out of service; content unpinned or removed from a pinning node, and an IPNS key deleted, are
 * data lost; a validator's exit broadcast leaves the chain for good.
 */
import { isJsonObject, parseJson, type JsonValue } from '../core/index.ts';
import { chainHostTier, LOCAL_NODE_RPC, rpcMethodEffect, type RpcEffect } from './chain-rpc.ts';

/** What a request does, when this module knows it. */
export interface ChainEffect {
  code: 'money_moved' | 'service_outage' | 'safeguard_off' | 'chain_data_lost' | 'validator_exit';
  why: string;
  deletes: boolean;
}

/** The JSON-RPC methods of a body (one request or a batch); null when the body is not JSON-RPC. */
export function jsonRpcMethods(sent: JsonValue | undefined): string[] | null {
  const body = typeof sent === 'string' ? parseJson(sent) : sent;
  // Every item of a batch is read (round 41, atk41: a send after 100 reads was left out).
  const items = Array.isArray(body) ? body : [body ?? null];
  if (items.length === 0) return null;
  const methods: string[] = [];
  for (const item of items) {
    // JSON-RPC 1.0 as Bitcoin Core takes it needs neither `jsonrpc` nor `id`: a method with its params is one (atk41).
    if (!isJsonObject(item) || !(typeof item.jsonrpc === 'string' || 'id' in item || 'params' in item) || typeof item.method !== 'string') return null;
    methods.push(item.method);
  }
  return methods;
}

/** The URL's path without its query. */
const pathOf = (url: string): string => url.replace(/^[a-z][\w+.-]*:\/\/[^/?#]*/i, '').replace(/[?#].*$/, '');
const hostOf = (url: string): string => /^[a-z][\w+.-]*:\/\/(?:[^@/?#]*@)?([^/:?#]+)/i.exec(url)?.[1] ?? '';
const portOf = (url: string): string => /^[a-z][\w+.-]*:\/\/(?:[^@/?#]*@)?[^/:?#]+:(\d+)/i.exec(url)?.[1] ?? '';

/**
 * A node on a test chain by its address: a host named for a testnet, devnet or local chain (`sepolia.infura.io`,
 * `api.devnet.solana.com`, a compose service `anvil`), or a local Bitcoin Core RPC on a test chain's port (regtest
 * 18443, testnet 18332, signet 38332, testnet4 48332).
 */
function testChainNode(url: string): boolean {
  const host = hostOf(url);
  if (/^(localhost|127\.0\.0\.1|\[::1\])$/i.test(host)) return ['18443', '18332', '38332', '48332'].includes(portOf(url));
  return chainHostTier(host) === 'dev';
}

/**
 * Where a local test node's own method (`evm_mine`, `anvil_*`) shows the chain is a throwaway: a loopback address or a
 * one-label name (a compose service). Sent to a public endpoint in a batch beside a send it only fails there, and the
 * send goes through (round 41, atk41).
 */
function localNodeHost(url: string): boolean {
  const host = hostOf(url);
  return /^(localhost|127\.0\.0\.1|\[::1\])$/i.test(host) || /^[a-z][a-z0-9_-]*$/i.test(host);
}

/** Kubo's RPC (`/api/v0/CMD`): the commands that lose content or a name, stop the daemon, and those that lose nothing. */
const KUBO_PATH = /\/api\/v0\/([a-z0-9/_-]+?)\/?$/i;
const KUBO_LOSS = /^(pin\/rm|pin\/remote\/rm|files\/rm|key\/rm|block\/rm|pin\/remote\/service\/rm)$/;
const KUBO_STOP = /^shutdown$/;
const KUBO_NO_LOSS = /^(id|version|cat|get|ls|add|pin\/(ls|add|verify|update)|pin\/remote\/(ls|add|service\/ls)|repo\/(stat|gc|verify|version)|files\/(ls|stat|read|cp|mkdir|write|mv|flush)|key\/(list|gen|rename)|swarm\/(peers|addrs|connect)|stats\/\w+|name\/(publish|resolve)|dag\/(get|stat|put|import|export)|block\/(stat|get|put)|routing\/\w+|dht\/\w+|bitswap\/\w+|refs(\/local)?|resolve|config\/show|diag\/\w+|log\/\w+|cid\/\w+)$/;
const kuboCommand = (url: string): string | null => (/\/api\/v0\//.test(url) ? (KUBO_PATH.exec(pathOf(url))?.[1] ?? null) : null);

const CODE: Record<Exclude<RpcEffect, 'write' | 'read'>, ChainEffect['code']> = { money: 'money_moved', safeguard: 'safeguard_off', outage: 'service_outage', destroy: 'chain_data_lost' };

/** Why this request loses nothing, or null: a JSON-RPC body that only reads or changes in place, any send on a test chain, a harmless Kubo command, a Cosmos simulation. */
export function chainNoLoss(method: string, url: string, body: JsonValue | undefined): string | null {
  if (method !== 'POST') return null;
  const methods = jsonRpcMethods(body);
  if (methods) {
    const effects = methods.map((m) => rpcMethodEffect(m)?.effect);
    if (effects.some((e) => e === undefined)) return null;
    if (effects.every((e) => e === 'read' || e === 'write')) return 'JSON-RPC methods that read, simulate or change the node in place';
    if ((testChainNode(url) || (methods.some((m) => LOCAL_NODE_RPC.test(m)) && localNodeHost(url))) && effects.every((e) => e === 'read' || e === 'write' || e === 'money')) return 'a transaction on a test chain (its coins are worthless)';
    return null;
  }
  const kubo = kuboCommand(url);
  if (kubo !== null && KUBO_NO_LOSS.test(kubo)) return `Kubo's \`${kubo}\` reads, adds or collects unpinned blocks (a cache)`;
  if (/\/cosmos\/tx\/v1beta1\/simulate$/.test(pathOf(url))) return 'simulates a transaction; nothing is broadcast';
  return null;
}

/** What a POST to a node loses: a JSON-RPC method from the table (a send is MONEY_RPC's in other-kinds.ts), Kubo's removals, an exit or a broadcast. */
export function chainRequestEffect(method: string, url: string, body: JsonValue | undefined): ChainEffect | null {
  if (method !== 'POST') return null;
  const methods = jsonRpcMethods(body);
  if (methods) {
    for (const m of methods) {
      const fx = rpcMethodEffect(m);
      if (!fx || fx.effect === 'read' || fx.effect === 'write' || fx.effect === 'money') continue;
      return { code: CODE[fx.effect], why: `JSON-RPC \`${m}\` ${fx.what}`, deletes: fx.effect === 'destroy' };
    }
    return null;
  }
  const kubo = kuboCommand(url);
  if (kubo !== null && KUBO_LOSS.test(kubo)) return { code: 'chain_data_lost', why: `Kubo's \`${kubo}\` unpins or removes content, or deletes an IPNS key: collected for good (blind40-chain question 14)`, deletes: true };
  if (kubo !== null && KUBO_STOP.test(kubo)) return { code: 'service_outage', why: 'stops the IPFS daemon', deletes: false };
  const path = pathOf(url);
  if (/\/eth\/v1\/beacon\/pool\/voluntary_exits$/.test(path)) return { code: 'validator_exit', why: "broadcasts a validator's voluntary exit: it leaves the chain for good", deletes: false };
  if (/\/cosmos\/tx\/v1beta1\/txs$/.test(path) && !testChainNode(url)) return { code: 'money_moved', why: 'broadcasts a signed transaction: money moved, for good', deletes: false };
  return null;
}

/**
 * A GET that carries a JSON-RPC body (419.23: a server may take a GET, fail closed): read as the POST it names. What a
 * POST of the body would lose, a send on a live chain included; null when the body is no JSON-RPC or loses nothing.
 */
export function jsonRpcBodyOnGet(url: string, body: JsonValue | undefined): ChainEffect | null {
  const methods = jsonRpcMethods(body);
  if (!methods || chainNoLoss('POST', url, body)) return null;
  const effect = chainRequestEffect('POST', url, body);
  if (effect) return effect;
  const money = methods.find((m) => rpcMethodEffect(m)?.effect === 'money');
  return money ? { code: 'money_moved', why: `JSON-RPC \`${money}\` sends a transaction: money moved, for good`, deletes: false } : null;
}
