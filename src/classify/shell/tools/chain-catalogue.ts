import { chainHostTier, chainTierOf, DEV_KEY, LOCAL_NODE_RPC, rpcMethodEffect } from '../../chain-rpc.ts';
import { operandValues, optionValuesIn, type RulePath, type ServiceEffect, type ServiceRule, type ServiceTool } from './catalogue-shape.ts';

/**
 * Round 40 (bl40chain): catalogue entries for the tools a team that runs blockchain nodes, validators and the wallets and
 * contracts around them uses, each from its own manual: execution clients (`geth`, `reth`), consensus clients and
 * validators (`lighthouse`, `prysmctl`, Prysm's `beacon-chain`, `teku`, `ethdo`), Bitcoin Core (`bitcoin-cli`, `bitcoind`),
 * lnd's `lncli`, Solana/Agave (`solana`, `solana-keygen`, `agave-validator`/`solana-validator`, `agave-ledger-tool`),
 * Cosmos SDK daemons (`gaiad`, `osmosisd`, `simd`, …) and `cometbft`, `cosmovisor`, `horcrux`, Polkadot's node, IPFS Kubo
 * (`ipfs`) and `ipfs-cluster-ctl`, Foundry (`cast`, `forge`) and Hardhat. Data in the shape of service-catalogue.ts's
 * ServiceTool (spread there).
 *
 * Labels follow "How a case is labelled" and blind40-chain.yaml's description: money moved (a transfer, a payment, a
 * withdrawal, a swept wallet, an unlimited allowance) and control handed away (ownership, a withdraw authority, a program
 * made immutable) are irrevocable; a key overwritten or deleted is lost; a validator exited leaves for good; a channel
 * closed, a node, validator or daemon stopped, a wallet unloaded is out of service; a production node's chain database
 * removed (removedb, `db drop`, `--purge-db`, `unsafe-reset-all`, `purge-chain`) is out of service until a resync, and a
 * validator's reset also loses its double-sign guard; slashing protection removed and an admin RPC opened to any address
 * are safeguards off. On a test chain (a testnet, devnet, regtest, localnet, a `--dev` chain or a local fork, named by
 * the tool's own words: `tier`) the same operations are the dev tier's (`devWrite`). Simulations, dry runs, unsigned or
 * offline-signed transactions, reads, imports and exports of slashing protection, backups and restarts lose nothing.
 */

type Args = ReadonlyArray<string | null>;
type Tool = ServiceTool;
type Env = (name: string) => string | null | undefined;

/** Help: never `-h`, which the flag reader also finds inside a bundle of letters. */
const HELP: ServiceRule = { flags: ['--help', '-help'], effect: 'read', what: 'help' };
const op = (sub: RegExp, effect: ServiceEffect, what: string): ServiceRule => ({ sub, effect, what });
/** A loss that a test chain makes a write (the tool's `tier` or its where options name dev). */
const onChain = (sub: RegExp, effect: ServiceEffect, what: string, devWrite: string): ServiceRule => ({ sub, effect, what, devWrite });
/** A subcommand given by a variable (`bitcoin-cli $M …`, `cast $V …`): the operation is unknown (fail closed). */
const UNSEEN_OP: ServiceRule = { sub: /^\?( |$)/, effect: 'opaque', what: 'the operation is not fixed on the line' };
const TEST_CHAIN = 'a test chain: its coins and state are worthless and made again';

/** The first value of any option in `names`, the last given winning (as the tools' parsers read a repeated option). */
function lastValue(args: Args, names: readonly string[]): string | null | undefined {
  const values = optionValuesIn(args, names);
  return values.length === 0 ? undefined : values[values.length - 1];
}
const has = (args: Args, ...flags: string[]): boolean => args.some((a) => a !== null && flags.some((f) => a === f || a.startsWith(`${f}=`) && !/=(false|0)$/i.test(a)));
/** A flag's boolean form set false (`--broadcast=false`). */
const setFalse = (args: Args, flag: string): boolean => args.some((a) => a !== null && new RegExp(`^${flag}=(false|0)$`, 'i').test(a));

// ---- Ethereum execution clients: geth (geth.ethereum.org/docs/fundamentals/command-line-options), reth ----------------

const GETH_VALUED = ['--datadir', '--keystore', '--password', '--config', '--exec', '--preload', '--jspath', '--networkid', '--syncmode', '--gcmode', '--cache', '--http.addr', '--http.port', '--http.api', '--http.corsdomain', '--http.vhosts', '--ws.addr', '--ws.port', '--ws.api', '--ws.origins', '--authrpc.jwtsecret', '--authrpc.addr', '--authrpc.port', '--port', '--bootnodes', '--verbosity', '--log.file', '--metrics.addr', '--state.scheme', '--db.engine', '--datadir.ancient', '--ipcpath', '--identity', '--nat', '--maxpeers', '--override.cancun', '--cache.gc', '--history.state', '--history.transactions'];

/** The chain geth's flags choose (`--holesky`, `--sepolia`, `--dev`; `--mainnet`), or a data folder named for a test chain. */
function gethTier(args: Args): 'production' | 'dev' | null {
  if (has(args, '--mainnet')) return 'production';
  if (has(args, '--dev', '--holesky', '--sepolia', '--hoodi', '--goerli')) return 'dev';
  const dir = lastValue(args, ['--datadir']);
  if (!dir || /(^|[^a-z])mainnet([^a-z]|$)/i.test(dir)) return null;
  return /(^|[^a-z])(dev(chain|net)?|testnet|localnet|holesky|sepolia|hoodi)([^a-z]|$)/i.test(withoutLoginName(dir)) ? 'dev' : null;
}
/** A path without a home folder's login name (`/home/dev/.ethereum`, `/Users/dev/…`): a user's name is no chain's (round 41, atk41). */
const withoutLoginName = (path: string): string => path.replace(/^(\/home|\/Users|\/var\/lib|C:\\Users)[/\\][^/\\]+/i, '$1/~');

/**
 * Console code given to `geth attach --exec`: a send, an unlock, a rewind or an endpoint stopped loses something; what
 * only reads (`eth.blockNumber`, `admin.peers`, `eth.getBalance(…)`) or adds a peer does not. Null: the code is not on
 * the line.
 */
const CONSOLE_LOSS: ReadonlyArray<readonly [RegExp, ServiceEffect, string]> = [
  [/\b(eth|personal)\.(sendTransaction|sendRawTransaction|signTransaction)\s*\(/, 'destroy', 'sends a transaction from the console: money moved'],
  [/\bpersonal\.(unlockAccount|importRawKey|sign)\s*\(/, 'safeguard', 'unlocks an account for signing through the node'],
  [/\bdebug\.(setHead|chaindbCompact)\s*\(/, 'destroy', 'rewinds the chain: every block after it dropped'],
  [/\b(admin\.stop(HTTP|WS|RPC)|miner\.stop)\s*\(/, 'outage', 'stops an endpoint or sealing'],
  [/\b(loadScript|require)\s*\(/, 'opaque', 'runs a script file the line does not show'],
];
function gethConsole(effect: ServiceEffect) {
  return (args: Args): boolean => {
    const code = lastValue(args, ['--exec']);
    if (code === undefined) return false;
    if (code === null) return effect === 'opaque';
    const hit = CONSOLE_LOSS.find(([re]) => re.test(code));
    return hit ? hit[1] === effect : false;
  };
}
/** The node's HTTP or WebSocket RPC bound to every address with an API that unlocks, signs or administers. */
function gethRpcOpened(args: Args): boolean {
  const open = (['--http.addr', '--ws.addr'] as const).some((o) => { const v = lastValue(args, [o]); return v === null || v === '0.0.0.0' || v === '::'; });
  const apis = [...optionValuesIn(args, ['--http.api']), ...optionValuesIn(args, ['--ws.api'])];
  return open && apis.some((v) => v === null || /(^|,)(personal|admin|debug|miner|clique)(,|$)/.test(v));
}

const GETH: Tool = {
  names: ['geth'],
  valued: GETH_VALUED,
  where: ['--datadir'],
  tier: gethTier,
  rules: [
    HELP,
    { sub: /^attach( |$)/, args: gethConsole('destroy'), effect: 'destroy', what: 'sends a transaction or rewinds the chain from the console' },
    { sub: /^attach( |$)/, args: gethConsole('safeguard'), effect: 'safeguard', what: 'unlocks an account for signing through the node' },
    { sub: /^attach( |$)/, args: gethConsole('outage'), effect: 'outage', what: "stops the node's endpoint or sealing" },
    { sub: /^attach( |$)/, args: gethConsole('opaque'), effect: 'opaque', what: 'runs console code the line does not show' },
    { sub: /^attach( |$)/, args: (a) => lastValue(a, ['--exec']) !== undefined, effect: 'read', what: 'runs console code that reads or adds a peer' },
    op(/^(attach|console)( |$)/, 'opaque', 'opens an interactive console'),
    onChain(/^removedb( |$)/, 'destroy', "removes the node's chain database: out of service until a resync", TEST_CHAIN),
    onChain(/^snapshot prune-(state|block)( |$)|^db delete( |$)/, 'destroy', 'deletes state or blocks for good', TEST_CHAIN),
    op(/^(db (inspect|stats|get|ls|metadata|check-state-content|dumptrie|inspect-history|freezer-index)|snapshot (verify-state|check-dangling-storage|inspect-account|traverse-state|traverse-rawstate|dump|export-preimages)|version|version-check|license|dump|dumpconfig|dumpgenesis|export|export-history|account list|wallet info|verkle \S+)( |$)/, 'read', 'reads the database or exports from it'),
    op(/^(account (new|import|update)|wallet import|import|import-history|import-preimages|init|db (compact|import)|makecache|makedag)( |$)/, 'write', 'creates an account, imports blocks or compacts'),
    { args: gethRpcOpened, effect: 'safeguard', what: 'serves the admin, personal or debug RPC on every address' },
    { args: (a) => operandValues(a, new Set(GETH_VALUED)).length === 0, effect: 'write', what: 'runs the node' },
  ],
  otherwise: 'fallback',
};

const RETH: Tool = {
  names: ['reth'],
  valued: ['--datadir', '--chain', '--config', '--len', '--skip', '--log.file.directory', '--http.addr', '--http.api', '--authrpc.jwtsecret', '--from', '--to'],
  where: ['--datadir', '--chain'],
  tier: (a) => chainTierOf(lastValue(a, ['--chain'])),
  rules: [
    HELP,
    onChain(/^(db drop|db clear|stage drop|stage unwind|prune)( |$)/, 'destroy', "drops the node's database or a stage's tables: out of service until it re-syncs", TEST_CHAIN),
    op(/^(db (stats|list|get|checksum|version|path|diff)|stage dump|config|dump-genesis|p2p (header|body))( |$)/, 'read', 'reads the database'),
    op(/^(node|init|import|init-state|stage run|recover \S+)( |$)/, 'write', 'runs the node or imports'),
  ],
  otherwise: 'fallback',
};

// ---- Ethereum consensus clients and validators ---------------------------------------------------------------------

const LH_VALUED = ['--network', '--datadir', '-d', '--testnet-dir', '--debug-level', '--keystore', '--beacon-node', '--beacon-nodes', '--validator-dir', '--secrets-dir', '--directory', '--password-file', '--checkpoint-sync-url', '--execution-endpoint', '--execution-jwt', '--vc-url', '--vc-token', '--validators', '--src-vc-url', '--src-vc-token', '--dest-vc-url', '--dest-vc-token', '--http-address', '--http-port', '--suggested-fee-recipient', '--logfile'];
const networkTier = (names: readonly string[]) => (a: Args) => chainTierOf(lastValue(a, names));

const LIGHTHOUSE: Tool = {
  names: ['lighthouse'],
  valued: LH_VALUED,
  where: ['--network'],
  tier: networkTier(['--network']),
  rules: [
    HELP,
    onChain(/^(account|a|am|account_manager) (validator|v) exit( |$)|^(vm|validator_manager) exit( |$)/, 'destroy', 'a voluntary exit: the validator leaves the chain for good', TEST_CHAIN),
    op(/^(vm|validator_manager) delete( |$)/, 'destroy', "deletes validators' keys from the running client: they stop attesting"),
    { sub: /^(bn|b|beacon|beacon_node)( |$)/, flags: ['--purge-db', '--purge-db-force'], effect: 'destroy', devWrite: TEST_CHAIN, what: "removes the beacon node's database: out of service until it syncs again" },
    op(/^(account|a|am|account_manager) (validator|v) (list|slashing-protection export)( |$)|^(account|a|am|account_manager) (wallet|w) list( |$)|^(vm|validator_manager) list( |$)|^db (version|inspect|compare)( |$)/, 'read', 'lists validators or exports their slashing protection'),
    op(/^(account|a|am|account_manager) (validator|v) (import|create|modify|recover|slashing-protection import)( |$)|^(account|a|am|account_manager) (wallet|w) (create|recover)( |$)|^(vm|validator_manager) (import|create|move)( |$)|^(bn|b|beacon|beacon_node|vc|v|validator|validator_client|boot_node)( |$)/, 'write', "imports keys or slashing protection, moves validators with their slashing protection, or runs a client"),
  ],
  otherwise: 'fallback',
};

const PRYSMCTL: Tool = {
  names: ['prysmctl'],
  valued: ['--wallet-dir', '--wallet-password-file', '--beacon-rpc-provider', '--public-keys', '--datadir', '--accept-terms-of-use', '--exit-json-output-path'],
  tier: (a) => (has(a, '--holesky', '--sepolia', '--hoodi') ? 'dev' : has(a, '--mainnet') ? 'production' : null),
  rules: [
    HELP,
    { sub: /^(validator|v) exit( |$)/, flags: ['--exit-json-output-path'], effect: 'read', what: 'writes the signed exits to a file; nothing is broadcast' },
    onChain(/^(validator|v) (exit|withdraw)( |$)/, 'destroy', 'a voluntary exit: the validator leaves the chain for good', TEST_CHAIN),
  ],
  otherwise: 'fallback',
};

const BEACON_CHAIN: Tool = {
  names: ['beacon-chain'],
  valued: ['--datadir', '--execution-endpoint', '--jwt-secret', '--checkpoint-sync-url', '--genesis-beacon-api-url', '--suggested-fee-recipient'],
  where: ['--datadir'],
  tier: (a) => (has(a, '--holesky', '--sepolia', '--hoodi') ? 'dev' : has(a, '--mainnet') ? 'production' : null),
  rules: [
    HELP,
    { allFlags: ['--clear-db', '--force-clear-db'], effect: 'destroy', devWrite: TEST_CHAIN, what: "removes the beacon node's database: out of service until it syncs again" },
    { flags: ['--force-clear-db'], effect: 'destroy', devWrite: TEST_CHAIN, what: "removes the beacon node's database without asking" },
    { args: () => true, effect: 'write', what: 'runs the beacon node' },
  ],
  otherwise: 'write',
};

const TEKU: Tool = {
  names: ['teku'],
  valued: ['--beacon-node-api-endpoint', '--validator-keys', '--data-path', '--to', '--from', '--network', '--config-file', '--epoch'],
  where: ['--network'],
  tier: networkTier(['--network']),
  rules: [
    HELP,
    onChain(/^voluntary-exit( |$)/, 'destroy', 'a voluntary exit: the validator leaves the chain for good', TEST_CHAIN),
    op(/^slashing-protection export( |$)/, 'read', 'exports the slashing protection'),
    op(/^(slashing-protection (import|repair)|validator-client|vc|migrate-database|admin \S+)( |$)/, 'write', 'imports slashing protection or runs the validator client'),
    { args: (a) => operandValues(a, new Set(['--beacon-node-api-endpoint', '--validator-keys', '--data-path', '--network', '--config-file'])).length === 0, effect: 'write', what: 'runs the node' },
  ],
  otherwise: 'fallback',
};

const ETHDO: Tool = {
  names: ['ethdo'],
  valued: ['--validator', '--mnemonic', '--connection', '--account', '--passphrase', '--private-key', '--epoch', '--path', '--blockid'],
  dryRun: ['--offline', '--prepare-offline', '--json', '--generate'],
  rules: [
    HELP,
    onChain(/^validator (exit|credentials set)( |$)/, 'destroy', 'a voluntary exit broadcast, or the withdrawal address set for good', TEST_CHAIN),
    op(/^(validator (info|duties|summary|yield|expectation)|chain (status|info|time|eth1votes|queues|spec|verify \S+)|epoch summary|block (info|analyze)|wallet (list|info|accounts)|account info|node (info|events)|version|proposer duties|attester (duties|inclusion)|synccommittee (members|inclusion))( |$)/, 'read', 'reads the chain or a wallet'),
  ],
  otherwise: 'fallback',
};

// ---- Bitcoin Core: bitcoin-cli (bitcoin-cli help), bitcoind ----------------------------------------------------------

/** `-regtest`, `-testnet`, `-testnet4`, `-signet`, `-chain=NAME` (`main` is mainnet). */
function bitcoinTier(args: Args): 'production' | 'dev' | null {
  const chain = lastValue(args, ['-chain']);
  if (chain === 'main') return 'production';
  if (chain !== undefined && chain !== null) return 'dev';
  return has(args, '-regtest', '-testnet', '-testnet4', '-signet') ? 'dev' : null;
}
/** The RPC port of a test chain given as the port (regtest 18443, testnet 18332, signet 38332, testnet4 48332). */
/**
 * A port is no chain: a test chain's port yields to an RPC host or a configuration file named for production or mainnet
 * (`-rpcconnect=btc-prod-01`, `-conf=/etc/bitcoin/mainnet.conf`; round 41, atk41, 417.2), or one not fixed.
 */
function bitcoinNamesLive(a: Args): boolean {
  return [lastValue(a, ['-rpcconnect']), lastValue(a, ['-conf']), lastValue(a, ['-datadir'])].some((v) => v === null || (typeof v === 'string' && (/(^|[^a-z])(mainnet|main|prod|production|live)([^a-z]|$)/i.test(v))));
}
const bitcoinTestPort = (a: Args): boolean => ['18443', '18332', '38332', '48332'].includes(lastValue(a, ['-rpcport']) ?? '');


const BITCOIN_CLI: Tool = {
  names: ['bitcoin-cli'],
  valued: ['-rpcconnect', '-rpcport', '-rpcuser', '-rpcpassword', '-datadir', '-conf', '-rpcwallet', '-rpccookiefile', '-rpcclienttimeout', '-rpcwait'],
  tier: (a) => bitcoinTier(a) ?? (bitcoinTestPort(a) && !bitcoinNamesLive(a) ? 'dev' : null),
  rules: [
    HELP,
    UNSEEN_OP,
    op(/^help( |$)/, 'read', 'help'),
    // walletpassphrase unlocks for a bounded time (the wallet locks itself): a write (blind40-chain's question 9).
    op(/^(walletpassphrase|walletpassphrasechange|encryptwallet)( |$)/, 'write', 'unlocks the wallet for the seconds given, or encrypts it'),
    { sub: /^generatetoaddress( |$)|^generateblock( |$)/, effect: 'write', what: 'mines blocks (regtest)' },
    { sub: /^(\S+)/, args: (a) => { const m = rpcOf(a); return m !== null && rpcMethodEffect(m)?.effect === 'safeguard'; }, effect: 'safeguard', what: 'unlocks or signs for whoever calls the node' },
    { sub: /^(sendtoaddress|sendmany|sendall|send|sendrawtransaction|submitpackage|bumpfee|stop|unloadwallet|invalidateblock|pruneblockchain|abandontransaction|setnetworkactive)( |$)/, effect: 'destroy', devWrite: TEST_CHAIN, what: 'sends money, stops the node or a wallet, rewinds or prunes the chain, or abandons a transaction' },
    op(/^(get\S*|list\S*|estimate\S*|decode\S*|validateaddress|uptime|testmempoolaccept|analyzepsbt|deriveaddresses|scantxoutset|gettxout\S*|verifychain|ping|echo|logging|getdescriptorinfo|verifymessage|getzmqnotifications|getrpcinfo|savemempool)( |$)/, 'read', 'reads the node or a wallet, or checks a transaction without sending it'),
    op(/^(createwallet|loadwallet|backupwallet|walletlock|getnewaddress|getrawchangeaddress|setlabel|importdescriptors|importmulti|importaddress|importpubkey|keypoolrefill|rescanblockchain|createpsbt|walletcreatefundedpsbt|walletprocesspsbt|combinepsbt|finalizepsbt|converttopsbt|joinpsbts|utxoupdatepsbt|psbtbumpfee|setban|addnode|disconnectnode|clearbanned|settxfee|lockunspent|signmessage|signrawtransactionwithwallet|signrawtransactionwithkey|createrawtransaction|fundrawtransaction|upgradewallet|migratewallet|createmultisig|addmultisigaddress|restorewallet|importprunedfunds)( |$)/, 'write', 'makes, signs or loads without sending, or sets a peer, a label or a fee'),
  ],
  otherwise: 'fallback',
};
/** bitcoin-cli's method: its first operand. */
function rpcOf(args: Args): string | null {
  const ops = operandValues(args, new Set(BITCOIN_CLI_VALUED));
  return ops[0] ?? null;
}
const BITCOIN_CLI_VALUED = ['-rpcconnect', '-rpcport', '-rpcuser', '-rpcpassword', '-datadir', '-conf', '-rpcwallet', '-rpccookiefile', '-rpcclienttimeout'];

/** `-prune=N` with N of 550 MiB or more: block files deleted down to N (1 only allows `pruneblockchain`). */
const bitcoindPrunes = (a: Args): boolean => optionValuesIn(a, ['-prune']).some((v) => v === null || (/^\d+$/.test(v) && Number(v) >= 550));
const bitcoindRpcOpen = (a: Args): boolean => optionValuesIn(a, ['-rpcallowip']).some((v) => v === null || /^(0\.0\.0\.0\/0|::\/0|\*)$/.test(v));

const BITCOIND: Tool = {
  names: ['bitcoind', 'bitcoin-qt'],
  valued: ['-datadir', '-conf'],
  tier: bitcoinTier,
  rules: [
    HELP,
    { args: bitcoindPrunes, effect: 'destroy', devWrite: TEST_CHAIN, what: 'prunes the block files down to the size given (blind40-chain question 7)' },
    { args: bitcoindRpcOpen, effect: 'safeguard', what: 'lets every address call the RPC' },
    { args: () => true, effect: 'write', what: 'starts the node (a reindex rebuilds from the blocks on disk)' },
  ],
  otherwise: 'write',
};

// ---- lnd: lncli (docs.lightning.engineering, lncli) ---------------------------------------------------------------

const LNCLI: Tool = {
  names: ['lncli'],
  valued: ['--lnddir', '--rpcserver', '--network', '-n', '--macaroonpath', '--tlscertpath', '--chain', '--profile', '--funding_txid', '--output_index', '--chan_point', '--sat_per_vbyte', '--addr', '--amt', '--dest', '--memo', '--output_file', '--multi_file', '--single_file', '--base_fee_msat', '--fee_rate_ppm', '--time_lock_delta', '--start_time', '--end_time', '--conf_target', '--pay_req', '--max_fee_percent'],
  where: ['--network', '-n'],
  tier: (a) => chainTierOf(lastValue(a, ['--network', '-n'])),
  rules: [
    HELP,
    UNSEEN_OP,
    onChain(/^(closechannel|closeallchannels|abandonchannel|payinvoice|sendpayment|sendtoroute|sendcoins|sendmany|restorechanbackup|stop|wallet psbt (finalize|publish)|wallet (releaseoutput))( |$)/, 'destroy', 'closes or abandons channels, pays, sends coins, force-closes every channel by a static backup, or stops the daemon', TEST_CHAIN),
    op(/^(getinfo|getstate|state|walletbalance|channelbalance|listchannels|pendingchannels|closedchannels|fwdinghistory|listpeers|describegraph|getnodeinfo|getchaninfo|listinvoices|listpayments|lookupinvoice|decodepayreq|feereport|getnetworkinfo|queryroutes|verifychanbackup|listunspent|listchaintxns|estimatefee|version|getrecoveryinfo|debuglevel --show|wallet accounts list|wallet (\S+ )?list\S*|walletkit \S+ list|listmacaroonids|printmacaroon|verifymessage|getnodemetrics|getmccontrolconfig|listaliases|peers updatenodeannouncement --help)( |$)/, 'read', 'reads the node, its channels or its wallet'),
    op(/^(addinvoice|newaddress|unlock|create|updatechanpolicy|exportchanbackup|connect|disconnect|changepassword|bakemacaroon|signmessage|wallet accounts import|wallet addresses \S+|addholdinvoice|settleinvoice|debuglevel)( |$)/, 'write', 'makes an invoice or an address, unlocks the wallet at start, sets a fee or backs channels up'),
  ],
  otherwise: 'fallback',
};

// ---- Solana / Agave (docs.anza.xyz, solana CLI reference) ------------------------------------------------------------

/** Solana's cluster from `-u`/`--url` (monikers `m`, `mainnet-beta`, `d`, `devnet`, `t`, `testnet`, `l`, `localhost`, or a URL), a bundled `-um` included. */
function solanaTier(args: Args): 'production' | 'dev' | null {
  let url: string | null | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === null || a === undefined) continue;
    if (a === '-u' || a === '--url') url = args[i + 1] ?? null;
    else if (a.startsWith('--url=')) url = a.slice(6);
    else if (/^-u\S/.test(a)) url = a.slice(2);
  }
  if (url === undefined) return null;
  if (url === null) return null;
  if (/^(m|mainnet-beta)$/.test(url) || /mainnet/i.test(url)) return 'production';
  if (/^(d|t|l|devnet|testnet|localhost)$/.test(url)) return 'dev';
  // A URL names its cluster by its host alone: a test word in its path or query names nothing (round 41, atk41).
  const host = /^[a-z][\w+.-]*:\/\/(?:[^@/?#]*@)?([^/:?#]+)/i.exec(url)?.[1];
  if (host === undefined) return null;
  if (/^(localhost|127\.0\.0\.1)$/i.test(host)) return 'dev';
  return chainHostTier(host) === 'dev' ? 'dev' : null;
}
const SOLANA_VALUED = ['-u', '--url', '-k', '--keypair', '--fee-payer', '--commitment', '--ws', '--output', '--from', '--with-memo', '--blockhash', '--nonce', '--nonce-authority', '--authorized-withdrawer', '--stake-authority', '--withdraw-authority', '--upgrade-authority', '--program-id', '--buffer', '-C', '--config', '--sort', '--our-localhost', '--max-sign-attempts', '--compute-unit-price', '--lamports', '--signer', '--seed'];

const SOLANA: Tool = {
  names: ['solana'],
  valued: SOLANA_VALUED,
  tier: solanaTier,
  dryRun: ['--sign-only', '--dump-transaction-message'],
  rules: [
    HELP,
    UNSEEN_OP,
    onChain(/^(transfer|pay|withdraw-from-vote-account|withdraw-stake|deactivate-stake|close-vote-account|vote-authorize-(withdrawer|voter)(-checked)?|stake-authorize(-checked)?|stake-set-lockup(-checked)?|program close|program set-upgrade-authority|program-v4 (close|finalize)|withdraw-from-nonce-account|authorize-nonce-account|close-stake|split-stake|merge-stake|redelegate-stake)( |$)/, 'destroy', 'moves money, unstakes, hands an authority to another key, or closes or freezes a program for good', TEST_CHAIN),
    op(/^(balance|catchup|validators|vote-account|epoch-info|epoch|gossip|address|config get|cluster-version|cluster-date|block-height|block-production|block-time|block|slot|leader-schedule|stake-account|stakes|stake-history|account|transaction-history|confirm|program show|program dump|feature status|inflation|supply|largest-accounts|validator-info get|genesis-hash|rent|decode-transaction|first-available-block|live-slots|logs|nonce|nonce-account|wait-for-max-stake|vote-account|fees|stake-minimum-delegation|transaction-count|largest-accounts)( |$)/, 'read', 'reads the cluster or an account'),
    op(/^(config set|airdrop|program deploy|program write-buffer|program extend|program upgrade|create-\S+|delegate-stake|vote-update-commission|vote-update-validator|validator-info publish|feature activate|new-nonce|sign-offchain-message)( |$)/, 'write', 'sets the config, deploys a program, creates an account or delegates'),
  ],
  otherwise: 'fallback',
};

/** solana-keygen's output file: `-o`/`--outfile`, the last given; the default is ~/.config/solana/id.json. */
function keygenOverwritesKept(args: Args, _texts?: ReadonlyArray<string>, at?: RulePath): boolean {
  if (!has(args, '--force', '-f')) return false;
  const given = lastValue(args, ['-o', '--outfile']);
  if (given === undefined) return true;
  // Round 41 (nxs41; the lead's answer 419.26): through a link the line made (`ln -s ~/.config/solana/id.json /tmp/k.json
  // && solana-keygen new --force -o /tmp/k.json` overwrites the identity), and against a `cd` made on the line.
  const out = at === undefined ? given : at(given);
  if (out === undefined) return true;
  return out === null || !/^\/tmp\/[^/]+$/.test(out);
}
const SOLANA_KEYGEN: Tool = {
  names: ['solana-keygen'],
  valued: ['-o', '--outfile', '--word-count', '--language', '--starts-with', '--ends-with', '--starts-and-ends-with', '--num-threads', '--derivation-path'],
  rules: [
    HELP,
    { sub: /^(new|recover)( |$)/, args: keygenOverwritesKept, effect: 'destroy', what: 'overwrites a key file (--force): the key that was there is gone' },
    op(/^(pubkey|verify)( |$)/, 'read', 'prints or checks a public key'),
    op(/^(new|recover|grind)( |$)/, 'write', 'writes a new key file (without --force it refuses to overwrite one)'),
  ],
  otherwise: 'fallback',
};

const AGAVE_VALUED = ['--ledger', '-l', '--identity', '-i', '--vote-account', '--authorized-voter', '--rpc-port', '--dynamic-port-range', '--entrypoint', '--known-validator', '--expected-genesis-hash', '--log', '--accounts', '--limit-ledger-size', '--max-delinquent-stake', '--min-idle-time', '--expected-shred-version', '--snapshots', '--wal-recovery-mode', '--full-rpc-api'];
const AGAVE_VALIDATOR: Tool = {
  names: ['agave-validator', 'solana-validator'],
  valued: AGAVE_VALUED,
  rules: [
    HELP,
    op(/^(exit|set-identity)( |$)/, 'outage', 'stops the validator, or switches it to another identity: it stops voting with its staked one'),
    op(/^(monitor|contact-info|wait-for-restart-window|authorized-voter list|plugin list|staked-nodes-overrides --help|repair-whitelist get)( |$)/, 'read', "reads the validator's state or waits"),
    op(/^(authorized-voter (add|remove-all)|set-log-filter|plugin (load|reload)|repair-whitelist set|set-public-address|staked-nodes-overrides|repair-shred-from-peer)( |$)/, 'write', 'changes the running validator in place'),
    { args: (a) => operandValues(a, new Set(AGAVE_VALUED)).length === 0 || operandValues(a, new Set(AGAVE_VALUED))[0] === 'run', effect: 'write', what: 'runs the validator' },
  ],
  otherwise: 'fallback',
};

const AGAVE_LEDGER_TOOL: Tool = {
  names: ['agave-ledger-tool', 'solana-ledger-tool'],
  valued: ['--ledger', '-l', '--snapshot-archive-path', '--incremental-snapshot-archive-path', '--accounts'],
  rules: [
    HELP,
    op(/^(purge|remove-dead-slot|set-dead-slot|latest-optimistic-slots --purge)( |$)/, 'destroy', 'deletes slots from the ledger'),
    op(/^(bounds|verify|slot|print|json|genesis\S*|shred-version|bank-hash|accounts|capitalization|list-roots|latest-optimistic-slots|analyze-storage|dead-slots|duplicate-slots|blockstore \S+|program \S+|compute-slot-cost)( |$)/, 'read', 'reads the ledger'),
    op(/^(create-snapshot|copy|repair-roots|simulate-block-production)( |$)/, 'write', 'writes a snapshot or a copy'),
  ],
  otherwise: 'fallback',
};

// ---- Cosmos SDK daemons and CometBFT (docs.cosmos.network, "Running a node"; cometbft.com) -------------------------------

/** A chain id names its tier: a testnet's, devnet's or local one is dev; any other chain id given is a live chain. */
function cosmosTier(args: Args): 'production' | 'dev' | null {
  // Round 41 (atk41): the chain id, when given, decides (a live chain named wins over a folder's name, 417.2); the home
  // folder only without one, and a login name (`/home/dev/…`) is no tier.
  const id = lastValue(args, ['--chain-id']);
  if (id === null) return null;
  if (id !== undefined) return /(testnet|devnet|local|test|dev)/i.test(id) ? 'dev' : 'production';
  const home = lastValue(args, ['--home']);
  if (typeof home === 'string' && /(^|[^a-z])(localnet|testnet|devnet|local|dev)([^a-z]|$)/i.test(withoutLoginName(home))) return 'dev';
  return null;
}
const COSMOS_VALUED = ['--home', '--node', '--chain-id', '--from', '--fees', '--gas', '--gas-prices', '--gas-adjustment', '--keyring-backend', '--keyring-dir', '--output', '-o', '--broadcast-mode', '-b', '--note', '--bech', '--sign-mode', '--upgrade-height', '--log_level', '--log_format', '--moniker', '--amount', '--commission-rate', '--website', '--details', '--pubkey', '--fee-granter', '--fee-payer', '--timeout-height', '--account-number', '--sequence', '--height'];
const COSMOS_DAEMON_NAMES = ['gaiad', 'osmosisd', 'simd', 'junod', 'wasmd', 'injectived', 'neutrond', 'evmosd', 'dydxprotocold', 'celestia-appd', 'strided', 'akashd'];
const COSMOS_RESET = /^(tendermint|comet|cometbft) (unsafe-reset-all|reset-state|unsafe-reset-priv-validator)( |$)|^(unsafe-reset-all|rollback --hard)( |$)/;
const COSMOS_DAEMON: Tool = {
  names: COSMOS_DAEMON_NAMES,
  valued: COSMOS_VALUED,
  where: ['--home', '--node'],
  tier: cosmosTier,
  dryRun: ['--dry-run', '--generate-only'],
  rules: [
    HELP,
    onChain(COSMOS_RESET, 'destroy', "removes the node's data and resets its double-sign guard: out of service, and a validator signs twice on restart", TEST_CHAIN),
    onChain(/^keys delete( |$)/, 'destroy', 'deletes a key from the keyring', TEST_CHAIN),
    onChain(/^tx (bank (send|multi-send)|staking (unbond|redelegate)|ibc-transfer transfer|distribution fund-community-pool|authz exec|feegrant grant|wasm execute|gov submit-proposal)( |$)/, 'destroy', 'moves money or unbonds stake from the validator', TEST_CHAIN),
    op(/^(query|q|status|version|config( get)?|debug|export|keys (list|show|parse|mnemonic)|(tendermint|comet|cometbft) (show-\S+|version)|tx (encode|decode|validate-signatures)|genesis validate)( |$)/, 'read', 'reads the chain, a key or the config'),
    op(/^(start|init|keys (add|import|rename)|tx (staking (delegate|edit-validator|create-validator|cancel-unbond)|slashing unjail|distribution (withdraw-rewards|withdraw-all-rewards|set-withdraw-addr)|gov (vote|weighted-vote|deposit))|tx sign|genesis \S+|add-genesis-account|gentx|collect-gentxs|config set)( |$)/, 'write', 'runs the node, adds a key, delegates, votes, withdraws rewards to itself or unjails'),
  ],
  otherwise: 'fallback',
};
const COMETBFT: Tool = {
  names: ['cometbft', 'tendermint'],
  valued: ['--home'],
  where: ['--home'],
  tier: cosmosTier,
  rules: [
    HELP,
    onChain(/^(unsafe-reset-all|unsafe-reset-priv-validator|reset-state|unsafe_reset_all|rollback)( |$)/, 'destroy', "removes the node's data or resets its double-sign guard", TEST_CHAIN),
    op(/^(show-\S+|version|inspect|debug \S+)( |$)/, 'read', 'reads'),
    op(/^(start|node|init|gen-validator|gen-node-key)( |$)/, 'write', 'runs or initialises the node'),
  ],
  otherwise: 'fallback',
};
const COSMOVISOR: Tool = {
  names: ['cosmovisor'],
  valued: ['--upgrade-height', '--home'],
  rules: [HELP, op(/^(version|config|show-upgrade-info|help)( |$)/, 'read', 'reads'), op(/^(add-upgrade|add-batch-upgrade|init|run)( |$)/, 'write', 'registers an upgrade or runs the daemon')],
  otherwise: 'fallback',
};
const HORCRUX: Tool = {
  names: ['horcrux'],
  valued: ['--home'],
  rules: [HELP, op(/^(state|status|version|config show|address|leader)( |$)/, 'read', "reads the signer's state")],
  otherwise: 'fallback',
};

// ---- Polkadot (the node's `--help`) ----------------------------------------------------------------------------------

function polkadotTier(args: Args): 'production' | 'dev' | null {
  if (has(args, '--dev')) return 'dev';
  return chainTierOf(lastValue(args, ['--chain']));
}
const POLKADOT: Tool = {
  names: ['polkadot', 'polkadot-parachain', 'substrate'],
  valued: ['--chain', '--base-path', '-d', '--file', '--name', '--scheme', '--keystore-path', '--rpc-port', '--port', '--telemetry-url', '--validator', '--suri', '--key-type'],
  where: ['--chain'],
  tier: polkadotTier,
  rules: [
    HELP,
    onChain(/^purge-chain( |$)/, 'destroy', "removes the node's chain database: out of service until a resync", TEST_CHAIN),
    { sub: /^key generate-node-key( |$)/, flags: ['--file'], effect: 'destroy', what: "writes a new node key over the file: the node's identity changes" },
    op(/^(key (inspect|generate|inspect-node-key|generate-node-key|verify|vanity)|export-blocks|export-state|check-block|build-spec|chain-info|benchmark \S+)( |$)/, 'read', 'prints a key or exports'),
    op(/^(key insert|import-blocks|revert --help)( |$)/, 'write', 'inserts a key or imports blocks'),
    { args: (a) => operandValues(a, new Set(['--chain', '--base-path', '-d', '--name', '--rpc-port', '--port', '--telemetry-url'])).length === 0, effect: 'write', what: 'runs the node' },
  ],
  otherwise: 'fallback',
};

// ---- IPFS Kubo (docs.ipfs.tech, "Command-line reference") and ipfs-cluster-ctl ------------------------------------------

/** `ipfs config KEY VALUE` opening the RPC API on every address, or letting every origin call it. */
function ipfsConfigOpens(args: Args): boolean {
  const ops = operandValues(args, new Set(['--api', '--repo-dir']));
  if (ops[0] !== 'config') return false;
  const [key, value] = [ops[1], ops[2]];
  if (key === null || value === null) return true;
  if (key === undefined || value === undefined) return false;
  if (/^Addresses\.API$/i.test(key)) return /\/ip[46]\/(0\.0\.0\.0|::)\//.test(value);
  return /^API\.HTTPHeaders\.Access-Control-Allow-Origin$/i.test(key) && /"\*"|^\*$/.test(value);
}
const IPFS: Tool = {
  names: ['ipfs'],
  valued: ['--api', '--repo-dir', '--config-file', '--timeout', '--service', '--cid', '--name', '--type', '--key', '--cid-version', '--status', '--encoding', '--enc'],
  rules: [
    HELP,
    { args: ipfsConfigOpens, effect: 'safeguard', what: "opens the node's admin RPC to any address or any web page" },
    // Blind40-chain's question 14: on a pinning node the pin is what keeps the content; the next collection deletes it.
    op(/^(pin rm|pin remote rm|files rm|key rm|block rm|pin remote service rm)( |$)/, 'destroy', 'unpins or removes content, or deletes an IPNS key: the content is collected, the name can never be updated again'),
    op(/^shutdown( |$)/, 'outage', 'stops the daemon'),
    op(/^(cat|get|ls|id|version|repo (stat|verify|version|ls)|pin (ls|verify)|pin remote (ls|service ls)|files (ls|stat|read|flush)|key list|swarm (peers|addrs\S*)|stats \S+|config show|config [A-Za-z.]+|dag (get|stat|export)|block (stat|get)|name resolve|dht \S+|routing (findprovs|findpeer|get)|diag \S+|log (tail|ls)|bitswap (stat|wantlist|ledger)|refs\S*|object (stat|get)|resolve|cid \S+|multibase \S+|commands|p2p ls)( |$)/, 'read', 'reads content, pins, keys or the node'),
    op(/^(add|pin add|pin update|pin remote add|pin remote service add|files (cp|mkdir|write|mv|chcid)|name publish|key (gen|rename|import|export)|swarm (connect|disconnect|peering \S+)|repo (gc|migrate)|config( --json)? \S+ \S+|config profile apply|init|daemon|bootstrap \S+|dag import|block put|routing provide|dht provide|p2p \S+)( |$)/, 'write', 'adds or pins content, publishes a name, collects unpinned blocks (a cache) or sets the config'),
  ],
  otherwise: 'fallback',
};
const IPFS_CLUSTER_CTL: Tool = {
  names: ['ipfs-cluster-ctl'],
  valued: ['--host', '--filter', '--name', '--replication', '--basic-auth'],
  where: ['--host'],
  rules: [
    HELP,
    op(/^pin rm( |$)/, 'destroy', 'unpins content from the whole cluster: collected on every peer'),
    op(/^(status|peers ls|pin ls|id|version|health \S+|ipfs \S+ --help|metrics)( |$)/, 'read', 'reads the cluster'),
    op(/^(pin add|pin update|add|recover|sync)( |$)/, 'write', 'pins or recovers'),
  ],
  otherwise: 'fallback',
};

// ---- Foundry: cast and forge (getfoundry.sh, "cast", "forge script") -----------------------------------------------------

/** An RPC URL's tier: a host named for a chain (`eth-mainnet.…`, `sepolia.infura.io`, a compose service `anvil`) or an alias (`mainnet`, `sepolia`). */
function rpcUrlTier(url: string | null | undefined): 'production' | 'dev' | null {
  if (url === undefined || url === null) return null;
  const host = /^[a-z][\w+.-]*:\/\/(?:[^@/?#]*@)?([^/:?#]+)/i.exec(url)?.[1];
  if (host === undefined) return chainTierOf(url.replace(/^\$\{?([A-Z_]+)\}?$/, (_m, v: string) => v.replace(/_/g, '-')));
  if (/^(localhost|127\.0\.0\.1|\[::1\])$/i.test(host)) return null;
  return chainHostTier(host);
}
/** The option's last value as written (`https://sepolia.infura.io/v3/$INFURA_KEY` keeps its literal host around the variable). */
function lastText(args: Args, texts: ReadonlyArray<string>, names: readonly string[]): string | undefined {
  let out: string | undefined;
  args.forEach((a, i) => {
    if (a !== null && names.includes(a)) out = texts[i + 1];
    else for (const n of names) if (texts[i]?.startsWith(`${n}=`)) out = texts[i]!.slice(n.length + 1);
  });
  return out?.replace(/^(["'])(.*)\1$/, '$2');
}
/**
 * The input as the shell runs it, for the source-text readings below (round 41, atk41): comments dropped (a `#` that
 * starts a word outside quotes, to the line's end) and, with `blankQuotes`, what quotes hold blanked, so that `echo
 * "x;anvil"` or `# ETH_RPC_URL=https://rpc.sepolia.org` names no node and no endpoint.
 */
function codeText(source: string, blankQuotes: boolean): string {
  let out = '';
  let quote: string | null = null;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (quote !== null) {
      if (ch === quote) quote = null;
      else if (ch === '\\' && quote === '"') { out += blankQuotes ? '  ' : ch + (source[i + 1] ?? ''); i++; continue; }
      out += blankQuotes && ch !== quote && quote !== null ? (ch === '\n' ? '\n' : ' ') : ch;
      continue;
    }
    if (ch === '\\') { out += ch + (source[i + 1] ?? ''); i++; continue; }
    if (ch === "'" || ch === '"') { quote = ch; out += ch; continue; }
    if (ch === '#' && (i === 0 || /\s/.test(source[i - 1]!))) { while (i < source.length && source[i] !== '\n') i++; out += '\n'; continue; }
    out += ch;
  }
  return out;
}
/**
 * A local development node (`anvil`, `npx hardhat node`) started earlier in the same input on `port` (their default
 * 8545, or `--port`/`-p`): a local chain, forked or not, that the input itself made. Not one asked only for its help,
 * version or completions, nor one named inside quotes or a comment (round 41, atk41).
 */
function localNodeStartedOn(source: string, port: string): boolean {
  for (const m of codeText(source, true).matchAll(/(?:^|[;&|(\n]\s*)(?:npx\s+)?(anvil|hardhat\s+node)\b([^;&|\n]*)/g)) {
    if (/(^|\s)(-h|--help|-V|--version|completions?)(\s|=|$)/.test(m[2] ?? '')) continue;
    const given = /(?:--port|-p)[=\s]+(\d+)/.exec(m[2] ?? '')?.[1] ?? '8545';
    if (given === port) return true;
  }
  return false;
}
/**
 * A variable's text as an earlier `export NAME=…` or a standalone `NAME=…` of the input wrote it, variables inside left
 * as written (its literal host). A `NAME=…` before a command sets it for that command only, and a comment sets nothing
 * (round 41, atk41).
 */
function exportedText(source: string, name: string): string | undefined {
  const all = [...codeText(source, false).matchAll(new RegExp(`(?:^|[;&|(\\n]\\s*)(?:(export\\s+)|(?:[A-Za-z_]\\w*=\\S*\\s+)*)${name}=(["']?)([^\\s;&|"']*)\\2(?=(\\s*)([;&|)\\n]|$|\\S))`, 'g'))];
  const set = all.filter((m) => m[1] !== undefined || /^\s*([;&|)\n]|$)/.test(m.input!.slice(m.index! + m[0].length)));
  return set.length === 0 ? undefined : set[set.length - 1]![3];
}
/** `$NAME` or `${NAME}` alone: the variable's name. */
const variableName = (text: string | null | undefined): string | null => (typeof text === 'string' ? (/^\$\{?([A-Za-z_]\w*)\}?$/.exec(text)?.[1] ?? null) : null);
/** cast's, forge's tier: `--rpc-url` (or `ETH_RPC_URL`), `--chain`; a local node reached with anvil's own key, or one the input started, is a local chain. */
function foundryTier(args: Args, env: Env, line: { texts: ReadonlyArray<string>; source: string }): 'production' | 'dev' | null {
  const chain = lastValue(args, ['--chain', '--chain-id']);
  if (chain === '1' || chain === 'mainnet') return 'production';
  const names = ['--rpc-url', '-r', '--fork-url', '-f'];
  const value = lastValue(args, names);
  const fromEnv = env('ETH_RPC_URL');
  let url = value === null ? (lastText(args, line.texts, names) ?? null) : (value ?? (fromEnv === null ? (exportedText(line.source, 'ETH_RPC_URL') ?? null) : (fromEnv ?? exportedText(line.source, 'ETH_RPC_URL'))));
  // A variable the input itself sets is read by what it is set to, not by its name (round 41, atk41: `SEPOLIA_RPC=<a
  // mainnet URL>; cast send --rpc-url $SEPOLIA_RPC`).
  const named = variableName(url);
  if (named !== null && named !== 'ETH_RPC_URL') {
    const set = exportedText(line.source, named);
    if (set !== undefined) url = set;
    else if (env(named) !== undefined) url = env(named) ?? null;
  }
  const tier = rpcUrlTier(url);
  if (tier !== null) return tier;
  const local = typeof url === 'string' ? /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:(\d+))?\/?$/i.exec(url) : url === undefined ? ['', '', '', '8545'] : null;
  const key = lastValue(args, ['--private-key']);
  if (local && typeof key === 'string' && DEV_KEY.test(key)) return 'dev';
  if (local && localNodeStartedOn(line.source, local[3] ?? '8545')) return 'dev';
  if (chain !== undefined && chain !== null && chainTierOf(chain) === 'dev') return 'dev';
  return null;
}
const CAST_VALUED = ['--rpc-url', '-r', '--private-key', '--account', '--from', '-f', '--value', '--gas-limit', '--gas-price', '--priority-gas-price', '--chain', '--etherscan-api-key', '-e', '--block', '-B', '--keystore', '--password', '--password-file', '--nonce', '--mnemonic', '--mnemonic-index', '--mnemonic-derivation-path', '--create', '--auth', '--blob-gas-price', '--confirmations', '--timeout', '--to-block', '--from-block', '--address', '--flashbots'];

/** `cast rpc METHOD`: the method's effect from the shared table; a local test node's own method is a write there. */
function castRpc(effect: 'money' | 'loss' | 'read') {
  return (args: Args): boolean => {
    const ops = operandValues(args, new Set(CAST_VALUED));
    if (ops[0] !== 'rpc') return false;
    const m = ops[1];
    if (m === undefined || m === null) return effect === 'loss';
    if (LOCAL_NODE_RPC.test(m)) return effect === 'read';
    const e = rpcMethodEffect(m)?.effect;
    if (effect === 'money') return e === 'money';
    if (effect === 'loss') return e === undefined || e === 'destroy' || e === 'outage' || e === 'safeguard';
    return e === 'read' || e === 'write';
  };
}
const CAST: Tool = {
  names: ['cast'],
  valued: CAST_VALUED,
  whereEnv: ['ETH_RPC_URL'],
  tier: foundryTier,
  rules: [
    HELP,
    UNSEEN_OP,
    { args: castRpc('read'), effect: 'read', what: 'calls a method that reads or changes a peer, or a local test node\'s own method' },
    { args: castRpc('money'), effect: 'destroy', devWrite: TEST_CHAIN, what: 'sends a transaction through the node' },
    { args: castRpc('loss'), effect: 'destroy', what: 'calls a node method that rewinds, unlocks or stops, or one this catalogue does not know' },
    // Blind40-chain's question 15: `unpause()` alone puts the contract back in service; no value moves beyond gas.
    { sub: /^(send|s) \S+ unpause\(\)$/, args: (a) => !has(a, '--value'), effect: 'write', what: 'unpauses a contract: back in service' },
    onChain(/^(send|s|publish|p)( |$)/, 'destroy', 'signs and broadcasts a transaction: money moved or a contract changed for good', TEST_CHAIN),
    op(/^(call|c|balance|b|block|bl|block-number|bn|nonce|n|gas-price|g|estimate|e|receipt|re|tx|t|storage|st|code|co|codesize|sig|si|calldata|cd|abi-decode|ad|abi-encode|ae|4byte\S*|chain-id|ci|chain|client|cl|to-\S+|from-\S+|keccak|k|max-uint|max-int|min-int|logs|lo|run|r|decode-\S+|interface|i|source|et|resolve-name|lookup-address|access-list|ac|find-block|f|proof|pr|age|base-fee|ba|basefee|wallet (address|list|ls|verify|sign-auth --help)|mktx|m|sig-event|se|selectors|disassemble|index|storage-root|hash-zero|concat-hex|pretty-calldata|upload-signature|tx-pool \S+|da-estimate|compute-address|create2|address-zero|namehash|format-bytes32-string|parse-bytes32-\S+|shl|shr|--\S+)( |$)/, 'read', 'reads the chain, encodes or decodes, estimates, or signs a transaction without sending it'),
    op(/^(wallet (new|n|new-mnemonic|nm|import|vanity|va|sign|s|change-password)|w (new|n|import|sign))( |$)/, 'write', 'makes or imports a key, or signs a message'),
  ],
  otherwise: 'fallback',
};

/** `forge script --broadcast` (the last of `--broadcast[=BOOL]`) or `--resume`: the script's transactions are sent. */
const forgeBroadcasts = (a: Args): boolean => (has(a, '--broadcast') && !setFalse(a, '--broadcast') && !(a.lastIndexOf('--broadcast=false') > a.lastIndexOf('--broadcast'))) || has(a, '--resume');
const FORGE: Tool = {
  names: ['forge'],
  valued: [...CAST_VALUED, '--sig', '-s', '--match-contract', '--match-test', '--match-path', '--constructor-args', '--verifier', '--verifier-url', '--sender', '--with-gas-price', '--fork-block-number', '--libraries', '--root', '--contracts', '--out'],
  whereEnv: ['ETH_RPC_URL'],
  tier: foundryTier,
  rules: [
    HELP,
    { sub: /^script( |$)/, args: forgeBroadcasts, effect: 'destroy', devWrite: TEST_CHAIN, what: "broadcasts the script's transactions: code the line does not show sends them (blind40-chain question 17)" },
    op(/^script( |$)/, 'read', 'simulates the script: nothing is broadcast without --broadcast'),
    op(/^create( |$)/, 'deploy', 'deploys one contract'),
    op(/^(build|b|compile|test|t|fmt|snapshot|coverage|doc|inspect|config|remappings|tree|geiger|selectors \S+|bind|flatten|verify-contract|verify-check|v|vc|cache ls|cache clean|clean|init|install|i|update|lint|eip712|bind-json)( |$)/, 'write', 'builds, tests, formats or verifies the project'),
  ],
  otherwise: 'fallback',
};

// ---- Hardhat (hardhat.org, "Command-line completion" and the tasks' --help) -------------------------------------------------

/** Hardhat's network: `--network NAME` (`hardhat`, the in-process default, and `localhost` are local chains). */
function hardhatTier(args: Args): 'production' | 'dev' | null {
  const net = lastValue(args, ['--network']);
  if (net === undefined) return 'dev';
  if (net === null) return null;
  return /^(hardhat|localhost)$/.test(net) ? 'dev' : chainTierOf(net);
}
const HARDHAT: Tool = {
  names: ['hardhat'],
  valued: ['--network', '--config', '--deployment-id', '--parameters', '--fork', '--fork-block-number', '--hostname', '--port', '--grep'],
  tier: hardhatTier,
  rules: [
    HELP,
    { sub: /^run( |$)/, effect: 'destroy', devWrite: TEST_CHAIN, what: "runs a script on the network: code the line does not show sends its transactions (blind40-chain question 17)" },
    op(/^ignition deploy( |$)/, 'deploy', 'deploys the module (the verb deploy)'),
    // The console runs the code on its input against the network: a send, a deploy or a signer's call moves money.
    { sub: /^console( |$)/, effect: 'code', code: { deletes: /\b(sendTransaction|send|transfer|transferFrom|approve|deploy|deployContract|withdraw|mint|burn|signTransaction|signMessage|getSigners?|impersonateAccount)\s*\(|\.connect\(/, files: [] }, what: 'runs console code on the network' },
    op(/^(compile|test|node|clean|flatten|check|coverage|size-contracts|typechain|verify|ignition (status|visualize|deployments|wipe|verify)|vars (list|get|path|setup)|accounts|help)( |$)/, 'write', 'builds, tests, runs a local node or verifies'),
  ],
  otherwise: 'fallback',
};

/** Round 40 (bl40chain): the blockchain operator's tools, spread into service-catalogue.ts's SERVICE_TOOLS. */
export const CHAIN_TOOLS: readonly Tool[] = [GETH, RETH, LIGHTHOUSE, PRYSMCTL, BEACON_CHAIN, TEKU, ETHDO, BITCOIN_CLI, BITCOIND, LNCLI, SOLANA, SOLANA_KEYGEN, AGAVE_VALIDATOR, AGAVE_LEDGER_TOOL, COSMOS_DAEMON, COMETBFT, COSMOVISOR, HORCRUX, POLKADOT, IPFS, IPFS_CLUSTER_CTL, CAST, FORGE, HARDHAT];
