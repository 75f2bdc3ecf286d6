/**
 * Round 40 (bl40chain): the JSON-RPC methods of blockchain nodes, as data, for the same method sent as an HTTP body
 * (chain-http.ts), through `cast rpc` and `geth attach --exec` (shell/tools/chain-catalogue.ts). Each node's reference:
 * go-ethereum's management APIs (`admin_*`, `debug_*`, `miner_*`, `personal_*`, `txpool_*`) and the execution API
 * (`eth_*`, `net_*`, `web3_*`), Bitcoin Core's RPC (`bitcoin-cli help`), Solana's HTTP methods, Substrate's
 * (`system_*`, `chain_*`, `state_*`, `author_*`) and the local test nodes' own (`anvil_*`, `hardhat_*`, `evm_*`).
 *
 * Labels (blind40-chain.yaml's description): a transaction sent is money moved (the older MONEY_RPC of other-kinds.ts
 * keeps that reading for a request; here it is one of the losses); an account unlocked for signing is a safeguard off;
 * the chain rewound (`debug_setHead`, `invalidateblock`), blocks pruned, a wallet's transaction abandoned are data lost;
 * an endpoint or the node stopped, a wallet unloaded or sealing stopped is out of service.
 */

/** What a node does with one method: a loss (and which), a change that loses nothing, or a read. */
export type RpcEffect = 'money' | 'safeguard' | 'outage' | 'destroy' | 'write' | 'read';

/** Methods that lose something, by their kind. */
const RPC_LOSS: ReadonlyArray<readonly [RegExp, RpcEffect, string]> = [
  [/^(eth_sendRawTransaction|eth_submitTransaction|eth_sendTransaction|eth_sendBundle|eth_sendPrivateTransaction|personal_sendTransaction|wallet_sendCalls|sendtoaddress|sendmany|sendall|send|sendrawtransaction|submitpackage|bumpfee|sendTransaction|author_submitExtrinsic|author_submitAndWatchExtrinsic|broadcast_tx_(sync|async|commit))$/, 'money', 'sends a transaction: money moved, for good'],
  [/^(personal_unlockAccount|personal_importRawKey|personal_sign|eth_sign|eth_signTransaction)$/, 'safeguard', 'unlocks an account or signs with its key for whoever calls the node'],
  [/^(debug_setHead|invalidateblock|pruneblockchain|abandontransaction|debug_chaindbCompact|admin_importChain)$/, 'destroy', 'rewinds the chain, prunes blocks or drops a transaction from the wallet'],
  [/^(admin_stopHTTP|admin_stopWS|admin_stopRPC|miner_stop|stop|unloadwallet|clique_discard|clique_propose|setnetworkactive)$/, 'outage', 'stops an endpoint, the node, sealing or a wallet'],
];

/**
 * Methods that only read, or change in place what can be changed again (a peer added or dropped, a ban, an address
 * made): reads by their prefixes (`eth_get…`, `get…`, `list…`), and the simulations (`eth_call`, `eth_estimateGas`,
 * `simulateTransaction`, `testmempoolaccept`).
 */
const RPC_READ = /^(eth_(?!send|sign|submitTransaction|resend)\w+|net_\w+|web3_\w+|txpool_\w+|debug_(trace\w*|get\w+|storageRangeAt|dumpBlock|printBlock|accountRange|intermediateRoots|standardTrace\w+)|admin_(peers|nodeInfo|datadir)|personal_listAccounts|personal_listWallets|get\w+|list\w+|estimate\w+|decode\w+|validateaddress|uptime|help|testmempoolaccept|analyzepsbt|decodepsbt|deriveaddresses|scantxoutset|gettxout\w*|verifychain|ping|simulateTransaction|isBlockhashValid|minimumLedgerSlot|system_\w+|chain_\w+|state_(?!set)\w+|rpc_methods|abci_\w+|status|health|net_info|validators|block|block_results|tx|tx_search|consensus_state)$/;
/** Writes that lose nothing, and methods only a local test node has (anvil, hardhat, ganache: its chain is a throwaway). */
const RPC_WRITE = /^(admin_(addPeer|removePeer|addTrustedPeer|removeTrustedPeer|startHTTP|startWS)|miner_(start|setEtherbase|setGasPrice|setExtra)|debug_(setVerbosity|vmodule|gcStats|memStats)|walletpassphrase|walletpassphrasechange|setban|addnode|disconnectnode|loadwallet|createwallet|backupwallet|walletlock|getnewaddress|getrawchangeaddress|setlabel|importdescriptors|keypoolrefill|rescanblockchain|createpsbt|walletcreatefundedpsbt|walletprocesspsbt|combinepsbt|finalizepsbt|requestAirdrop|author_rotateKeys|author_insertKey|(anvil|hardhat|evm|ganache)_\w+)$/;
/** Methods a local test node alone answers: the request is on a throwaway chain. */
export const LOCAL_NODE_RPC = /^(anvil|hardhat|evm|ganache)_\w+$/;

/** The effect of one JSON-RPC method, with what it does; null for a method this table does not know. */
export function rpcMethodEffect(method: string): { effect: RpcEffect; what: string } | null {
  for (const [re, effect, what] of RPC_LOSS) if (re.test(method)) return { effect, what };
  if (RPC_WRITE.test(method)) return { effect: 'write', what: 'changes the node in place' };
  if (RPC_READ.test(method)) return { effect: 'read', what: 'reads' };
  return null;
}

/**
 * A chain's tier as its name says it: mainnets (Ethereum's `mainnet`, Solana's `mainnet-beta`, chain id 1) production;
 * the public testnets and local chains dev (Ethereum's sepolia, holesky, hoodi, goerli; Bitcoin's testnet, testnet4,
 * signet and regtest; Solana's devnet, testnet and localhost; Polkadot's westend, rococo, paseo; a `localnet`, `--dev`
 * chain, anvil, hardhat's in-process network). Null when the name says neither.
 */
export const DEV_CHAIN = /(^|[^a-z0-9])(sepolia|holesky|hoodi|goerli|testnet\d*|test|devnet|regtest|signet|localnet|localhost|local|dev|devchain|anvil|hardhat|westend|rococo|paseo|simnet)([^a-z0-9]|$)/i;
export const MAIN_CHAIN = /(^|[^a-z0-9])(mainnet(-beta)?|main|homestead|polkadot|kusama|cosmoshub-\d+|osmosis-\d+)([^a-z0-9]|$)/i;
export function chainTierOf(name: string | null | undefined): 'production' | 'dev' | null {
  if (name === null || name === undefined || name === '') return null;
  if (MAIN_CHAIN.test(name)) return 'production';
  if (DEV_CHAIN.test(name)) return 'dev';
  return null;
}

/**
 * A host name's chain tier (round 41, atk41): `chainTierOf` over its labels without the top-level domain and a site's own
 * suffix (`.local`, `.internal`, `.lan`, `.localdomain`, `.home`, `.corp`): `.dev` is a public top-level domain and
 * `geth-prod-01.corp.local` a company's own network, neither a test chain. A one-label name (a compose service `anvil`)
 * is read whole; userinfo (`sepolia@host`) is no part of the host.
 */
export function chainHostTier(host: string | null | undefined): 'production' | 'dev' | null {
  if (host === null || host === undefined) return null;
  const labels = host.replace(/^[^@]*@/, '').replace(/\.$/, '').toLowerCase().split('.');
  if (labels.length > 1 && !/^\d+$/.test(labels[labels.length - 1]!)) labels.pop();
  while (labels.length > 1 && /^(local|internal|lan|localdomain|home|corp|intranet)$/.test(labels[labels.length - 1]!)) labels.pop();
  return chainTierOf(labels.join('.'));
}

/** Anvil's and Hardhat's well-known development keys (their mnemonic `test test … junk`): only a local node funds them. */
export const DEV_KEY = /^0x(ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80|59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d|5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3af66a8dd1b4ce18a|7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6)$/i;

/**
 * An MCP server for a chain or a wallet (`evm`, `solana`, `bitcoin`, `lightning`, `cosmos`, a `wallet`), by its name.
 * Its tools that send value, hand control of it away or let a key out are what a transaction, an approval or an export
 * of a key is: money moved (blind40-chain's class of wallet tools).
 */
const CHAIN_SERVER = /(^|[^a-z])(evm|ethereum|eth|solana|sol|bitcoin|btc|lightning|lnd|cln|cosmos|wallet|web3|crypto|onchain|chain|coinbase|base|polygon|arbitrum|optimism|foundry|hardhat|viem|ethers|defi)([^a-z]|$)/i;
const MONEY_WORDS = /^(transfer|send|pay|withdraw|sweep|bridge|swap|approve|stake|unstake|delegate|undelegate|unbond|bond|mint|burn|broadcast|submit)$/;
const SECRET_KEY_WORDS = /^(private|mnemonic|seed|secret|keypair)$/;
/** The tool's words (split from its name) name a send, an approval, a contract written or a private key exported, on a chain server. */
export function chainMcpLoss(server: string, ws: readonly string[]): string | null {
  if (!CHAIN_SERVER.test(server)) return null;
  if (ws.includes('export') && ws.some((w) => SECRET_KEY_WORDS.test(w))) return 'exports a private key or a seed: the secret leaves the wallet';
  if (ws.some((w) => MONEY_WORDS.test(w))) return 'signs and sends a transaction: money moved, or spending of it approved, for good';
  if (ws.includes('write') && ws.some((w) => /^contracts?$/.test(w))) return 'signs and sends a state-changing contract call, whose effect the call does not show (fail closed)';
  return null;
}
/** Arguments naming a test chain (`network: sepolia`, `cluster: devnet`, `chain_id: theta-testnet-001`): a write there. */
export function chainMcpTestChain(args: Record<string, unknown> | undefined): boolean {
  if (!args) return false;
  const key = args['private_key'] ?? args['privateKey'];
  const rpc = args['rpc_url'] ?? args['rpcUrl'];
  if (typeof key === 'string' && DEV_KEY.test(key) && typeof rpc === 'string' && /^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?\/?$/i.test(rpc)) return true;
  const named = ['network', 'cluster', 'chain', 'chain_id', 'chainId', 'rpc_url', 'rpcUrl'].map((k) => args[k]).filter((v): v is string => typeof v === 'string');
  if (named.length === 0) return false;
  // Round 41 (atk41): every other argument that names a chain must agree: a numeric chain id other than a test chain's
  // (`chain_id: 1` is mainnet), or any URL (`rpc`, `endpoint`, `node`) whose host is not a test chain's.
  for (const [k, v] of Object.entries(args)) {
    if (typeof v === 'number' && /chain|network/i.test(k) && !TEST_CHAIN_IDS.has(v)) return false;
    if (typeof v === 'string' && /^[a-z][\w+.-]*:\/\//i.test(v) && !urlOnTestChain(v)) return false;
    if (typeof v === 'string' && /^\d+$/.test(v) && /chain|network/i.test(k) && !TEST_CHAIN_IDS.has(Number(v))) return false;
  }
  return named.every((v) => (/^[a-z][\w+.-]*:\/\//i.test(v) ? urlOnTestChain(v) : chainTierOf(v) === 'dev'));
}
/** Test chains' ids: Sepolia, Holesky, Hoodi, Goerli, anvil/hardhat (31337), ganache (1337), and the L2s' Sepolia chains. */
const TEST_CHAIN_IDS = new Set([11155111, 17000, 560048, 5, 31337, 1337, 11155420, 84532, 421614, 80002]);
/** A URL whose host (not its path or query) names a test chain; loopback names none. */
function urlOnTestChain(url: string): boolean {
  const host = /^[a-z][\w+.-]*:\/\/(?:[^@/?#]*@)?([^/:?#]+)/i.exec(url)?.[1] ?? '';
  return !/^(localhost|127\.0\.0\.1)$/.test(host) && chainHostTier(host) === 'dev';
}

/**
 * The tier of a chain or wallet MCP server's call: a test chain its arguments name is dev; otherwise the mainnet, which
 * such servers default to (fail closed: no argument shows the call is on a test chain).
 */
export function chainMcpTier(server: string, args: Record<string, unknown> | undefined): 'production' | 'dev' | null {
  if (!CHAIN_SERVER.test(server)) return null;
  return chainMcpTestChain(args) ? 'dev' : 'production';
}
