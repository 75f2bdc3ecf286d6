/**
 * Round 40 (bl40chain): a blockchain operator's tools as data: shell/tools/chain-catalogue.ts (geth, reth, lighthouse,
 * prysmctl, beacon-chain, teku, ethdo, bitcoin-cli, bitcoind, lncli, solana, solana-keygen, agave-validator,
 * agave-ledger-tool, the Cosmos SDK daemons, cometbft, cosmovisor, horcrux, polkadot, ipfs, ipfs-cluster-ctl, cast,
 * forge, hardhat), chain-rpc.ts (JSON-RPC methods, chain tiers, wallet MCP tools), chain-http.ts (JSON-RPC bodies, Kubo's
 * RPC, beacon exits, Cosmos broadcasts), the chain key files of paths.ts and the chain tier words of environment.ts.
 * fix40-bl40chain.yaml holds neighbours; blind40-chain.yaml the blind set.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { JsonValue } from '../core/index.ts';
import { batchAnswers } from '../../test/helpers/batch-answer.ts';

const answer = batchAnswers({ cwd: '/home/ops/chain-ops', home: '/home/ops' });
const decide = (command: string): string => answer('command', command).decision;
const each = (expected: string, commands: string[]): void => {
  for (const c of commands) assert.equal(decide(c), expected, c);
};
const rpc = (method: string, params: JsonValue[] = []): JsonValue => ({ jsonrpc: '2.0', id: 1, method, params });
const http = (method: string, url: string, body?: JsonValue): string => answer('http_request', body === undefined ? { method, url } : { method, url, headers: { 'Content-Type': 'application/json' }, body }).decision;
const mcp = (server: string, name: string, args: Record<string, JsonValue>): string => answer('mcp_tool_call', { server, name, arguments: args }).decision;

test('geth: removedb and pruning on a live chain, a test chain by its flag; console code judged by what it calls', () => {
  each('destructive', ['geth --datadir /srv/eth removedb', 'geth --mainnet --datadir /srv/eth removedb', 'geth --datadir /srv/eth snapshot prune-state', `geth attach --exec 'eth.sendTransaction({to: "0x1", value: 1})' /srv/eth/geth.ipc`, `geth attach --exec 'admin.stopHTTP()' /srv/eth/geth.ipc`, 'geth --http --http.addr 0.0.0.0 --http.api eth,personal']);
  each('benign', ['geth --sepolia --datadir /srv/s removedb', 'geth --dev --datadir ./devchain removedb', `geth attach --exec 'eth.syncing' /srv/eth/geth.ipc`, `geth attach --exec 'admin.addPeer("enode://a@1.2.3.4:30303")' /srv/eth/geth.ipc`, 'geth --datadir /srv/eth db inspect', 'geth --http --http.addr 127.0.0.1 --http.api eth,personal', 'geth removedb --help']);
  // Fail closed: an interactive console and code the line does not show.
  assert.equal(decide('geth attach /srv/eth/geth.ipc'), 'unknown');
  assert.equal(decide(`geth attach --exec 'loadScript("x.js")' /srv/eth/geth.ipc`), 'unknown');
});

test('validators: exits leave for good, a test network is dev; slashing protection exported or imported is kept', () => {
  each('destructive', ['lighthouse --network mainnet account validator exit --keystore k.json --beacon-node http://localhost:5052', 'lighthouse account validator exit --keystore k.json', 'lighthouse bn --network mainnet --purge-db', 'prysmctl validator exit --wallet-dir w --force-exit', 'beacon-chain --clear-db --force-clear-db', 'teku voluntary-exit --validator-keys k:p', 'ethdo validator exit --validator=7', 'lighthouse vm delete --vc-url http://localhost:5062 --validators 0xab']);
  each('benign', ['lighthouse --network holesky account validator exit --keystore k.json', 'lighthouse bn --network hoodi --purge-db', 'lighthouse --network mainnet account validator slashing-protection export sp.json', 'lighthouse --network mainnet account validator slashing-protection import sp.json', 'teku slashing-protection export --to sp.json', 'ethdo validator exit --validator=7 --offline', 'prysmctl validator exit --wallet-dir w --exit-json-output-path /tmp/exits', 'lighthouse vm move --src-vc-url a --dest-vc-url b --validators all']);
});

test('Bitcoin Core: sends, stops and rewinds on mainnet; test chains by flag, -chain and port; a method not on the line is unknown', () => {
  each('destructive', ['bitcoin-cli -rpcwallet=hot sendtoaddress bc1qx 1', 'bitcoin-cli -chain=main -rpcwallet=hot sendall \'["bc1qx"]\'', 'bitcoin-cli stop', 'bitcoin-cli unloadwallet hot', 'bitcoin-cli invalidateblock 00ab', 'bitcoin-cli -rpcwallet=hot sendtoaddress bc1qx 1 help', 'bitcoind -daemon -prune=550', 'bitcoind -rpcallowip=0.0.0.0/0']);
  each('benign', ['bitcoin-cli -regtest -rpcwallet=a sendtoaddress bcrt1qx 1', 'bitcoin-cli -signet stop', 'bitcoin-cli -chain=testnet4 -rpcwallet=a sendtoaddress tb1qx 1', 'bitcoin-cli -rpcport=18443 -rpcwallet=a sendtoaddress bcrt1qx 1', 'bitcoin-cli testmempoolaccept \'["02"]\'', 'bitcoin-cli -rpcwallet=hot walletcreatefundedpsbt \'[]\' \'[{"bc1qx":1}]\'', 'bitcoin-cli help sendtoaddress', 'bitcoind -daemon -reindex', 'bitcoind -daemon -prune=1']);
  assert.equal(decide('M=sendtoaddress; bitcoin-cli -rpcwallet=hot $M bc1qx 1'), 'destructive');
  assert.equal(decide('bitcoin-cli -rpcwallet=hot "$(cat method.txt)" bc1qx 1'), 'unknown');
});

test('lnd: closes, payments and a static backup restored lose; a test network is dev', () => {
  each('destructive', ['lncli closechannel --chan_point ab:0', 'lncli closeallchannels --force', 'lncli abandonchannel --chan_point ab:0 --i_know_what_i_am_doing', 'lncli payinvoice --force lnbc1', 'lncli restorechanbackup --multi_file b.backup', 'lncli stop', 'lncli -n mainnet sendcoins --addr bc1qx --amt 1']);
  each('benign', ['lncli -n testnet closeallchannels --force', 'lncli --network=regtest payinvoice --force lnbcrt1', 'lncli listchannels', 'lncli exportchanbackup --all --output_file b.backup', 'lncli addinvoice --amt 10', 'lncli closechannel --help']);
});

test('Solana: the cluster by its moniker or URL, offline signing, --force over a kept key file', () => {
  each('destructive', ['solana transfer -um A 1', 'solana transfer --url https://api.mainnet-beta.solana.com A 1', 'solana transfer A 1', 'solana withdraw-stake -um s.json A 1', 'solana program close -um P --bypass-warning', 'solana-keygen new --force -o ~/validator-keypair.json', 'solana-keygen new --force', 'agave-validator -l /l exit', 'agave-validator -l /l set-identity u.json', 'agave-ledger-tool -l /l purge 1', 'rm ~/validator-keypair.json']);
  each('benign', ['solana transfer -ud A 1', 'solana transfer -u localhost A 1', 'solana transfer -um A 1 --sign-only --blockhash B', 'solana-keygen new -o ~/k/new.json', 'solana-keygen new --force -o /tmp/k.json', 'solana balance -um', 'agave-validator -l /l monitor', 'solana program deploy -um p.so']);
});

test('Cosmos SDK: resets, key deletes and sends by chain id; --generate-only and --dry-run; a test keyring backend is no tier', () => {
  each('destructive', ['gaiad tendermint unsafe-reset-all --home /srv/gaia', 'cometbft unsafe-reset-all --home /srv/gaia', 'gaiad keys delete v --keyring-backend file -y', 'gaiad tx bank send v cosmos1x 1uatom --chain-id cosmoshub-4 --keyring-backend test -y', 'gaiad tx staking unbond cosmosvaloper1x 1uatom --chain-id cosmoshub-4 -y', 'rm /srv/gaia/config/priv_validator_key.json']);
  each('benign', ['gaiad tendermint unsafe-reset-all --home ./build/localnet/node0', 'gaiad tx bank send v cosmos1x 1uatom --chain-id theta-testnet-001 -y', 'gaiad tx bank send v cosmos1x 1uatom --chain-id cosmoshub-4 --generate-only', 'gaiad tx bank send v cosmos1x 1uatom --chain-id cosmoshub-4 --dry-run', 'gaiad tx slashing unjail --from v --chain-id cosmoshub-4 -y', 'gaiad status', 'horcrux state']);
});

test('Polkadot and IPFS: purge-chain by chain, pins and keys removed, the admin RPC opened', () => {
  each('destructive', ['polkadot purge-chain --chain polkadot -y', 'polkadot key generate-node-key --file /srv/dot/network/secret_ed25519', 'ipfs pin rm bafyx', 'ipfs files rm -r /sites/a', 'ipfs key rm site', 'ipfs shutdown', 'ipfs config Addresses.API /ip4/0.0.0.0/tcp/5001', `ipfs config --json API.HTTPHeaders.Access-Control-Allow-Origin '["*"]'`, 'ipfs-cluster-ctl pin rm bafyx']);
  each('benign', ['polkadot purge-chain --dev -y', 'polkadot purge-chain --chain westend -y', 'polkadot key inspect --public X', 'ipfs repo gc', 'ipfs pin add bafyx', 'ipfs config Addresses.API /ip4/127.0.0.1/tcp/5001', `ipfs config --json API.HTTPHeaders.Access-Control-Allow-Origin '["http://localhost:3000"]'`, 'ipfs-cluster-ctl status']);
});

test('Foundry and Hardhat: the rpc names the tier; a local node with anvil\'s key or started on the line is a local chain', () => {
  each('destructive', ['cast send 0x1 --value 1ether --rpc-url https://eth-mainnet.g.alchemy.com/v2/$K', 'cast send 0x1 --value 1ether --account t --rpc-url http://127.0.0.1:8545', 'cast send 0x1 --value 1ether --account t', 'cast publish 0x02 --rpc-url mainnet', 'cast rpc debug_setHead 0x1 --rpc-url http://10.0.0.1:8545', 'cast send 0x1 "unpause()" --value 1 --rpc-url mainnet', 'forge script s.sol --rpc-url mainnet --broadcast', 'forge script s.sol --rpc-url mainnet --resume', 'npx hardhat run s.ts --network mainnet', 'export ETH_RPC_URL=https://eth-mainnet.g.alchemy.com/v2/$K; cast send 0x1 --value 1ether']);
  each('benign', ['cast send 0x1 --value 1ether --rpc-url https://sepolia.infura.io/v3/$K', 'cast send 0x1 --value 1ether --private-key 0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80 --rpc-url http://127.0.0.1:8545', 'anvil --port 8546 & cast send 0x1 --unlocked --from 0x2 --rpc-url http://localhost:8546', 'cast send 0x1 "unpause()" --rpc-url mainnet', 'cast call 0x1 "x()" --rpc-url mainnet', 'cast rpc anvil_setBalance 0x1 0x1', 'forge script s.sol --rpc-url mainnet', 'forge script s.sol --rpc-url mainnet --broadcast=false', 'forge create src/A.sol:A --rpc-url mainnet --broadcast', 'npx hardhat run s.ts', 'npx hardhat ignition deploy m.ts --network mainnet', "echo 'await ethers.provider.getBlockNumber()' | npx hardhat console --network mainnet"]);
  // Fail closed: the send's verb by a variable, an anvil on another port than the one called.
  assert.equal(decide('V=send; cast $V 0x1 --value 1ether --rpc-url mainnet'), 'destructive');
  assert.equal(decide('cast "$(cat verb.txt)" 0x1 --value 1ether --rpc-url mainnet'), 'unknown');
  assert.notEqual(decide('anvil --port 9545 & cast send 0x1 --value 1ether --account t --rpc-url http://127.0.0.1:8545'), 'benign');
  assert.notEqual(decide("echo 'const [s] = await ethers.getSigners(); await s.sendTransaction({to: \"0x1\", value: 1n})' | npx hardhat console --network mainnet"), 'benign');
});

test('JSON-RPC over HTTP: the body names the operation behind a key URL; test chains by host and port', () => {
  const key = 'https://eth-mainnet.g.alchemy.com/v2/${ALCHEMY_KEY}';
  assert.equal(http('POST', key, rpc('eth_blockNumber')), 'benign');
  assert.equal(http('POST', key, rpc('eth_call', [{ to: '0x1', data: '0x' }, 'latest'])), 'benign');
  assert.equal(http('POST', key, [rpc('eth_chainId'), rpc('eth_estimateGas', [{}])]), 'benign');
  assert.equal(http('POST', key, rpc('eth_sendRawTransaction', ['0x02'])), 'destructive');
  assert.equal(http('POST', key, [rpc('eth_chainId'), rpc('eth_sendRawTransaction', ['0x02'])]), 'destructive');
  assert.notEqual(http('POST', key, rpc('parity_killAll')), 'benign');
  assert.equal(http('POST', 'https://sepolia.infura.io/v3/${K}', rpc('eth_sendRawTransaction', ['0x02'])), 'benign');
  assert.equal(http('POST', 'http://127.0.0.1:18443/wallet/a', { jsonrpc: '1.0', id: 'x', method: 'sendtoaddress', params: ['bcrt1qx', 1] }), 'benign');
  assert.equal(http('POST', 'http://127.0.0.1:8332/wallet/a', { jsonrpc: '1.0', id: 'x', method: 'sendtoaddress', params: ['bc1qx', 1] }), 'destructive');
  for (const m of ['debug_setHead', 'admin_stopHTTP', 'miner_stop', 'personal_unlockAccount']) assert.equal(http('POST', 'http://10.0.0.1:8545', rpc(m, ['0x1'])), 'destructive', m);
  for (const m of ['admin_addPeer', 'admin_removePeer', 'admin_peers', 'txpool_status', 'debug_traceTransaction']) assert.equal(http('POST', 'http://10.0.0.1:8545', rpc(m, ['0x1'])), 'benign', m);
});

test('Kubo, beacon and Cosmos endpoints: removals, a shutdown, an exit and a broadcast; reads, collection and simulation', () => {
  for (const p of ['pin/rm?arg=bafyx', 'files/rm?arg=/a&recursive=true', 'key/rm?arg=site', 'shutdown']) assert.equal(http('POST', `http://10.0.0.2:5001/api/v0/${p}`), 'destructive', p);
  for (const p of ['pin/ls', 'repo/gc', 'repo/stat', 'id', 'swarm/peers']) assert.equal(http('POST', `http://10.0.0.2:5001/api/v0/${p}`), 'benign', p);
  assert.equal(http('POST', 'http://10.0.0.3:5052/eth/v1/beacon/pool/voluntary_exits', { message: { epoch: '1', validator_index: '7' }, signature: '0xab' }), 'destructive');
  assert.equal(http('POST', 'https://lcd.example.net/cosmos/tx/v1beta1/txs', { tx_bytes: 'Cp', mode: 'BROADCAST_MODE_SYNC' }), 'destructive');
  assert.equal(http('POST', 'https://lcd.example.net/cosmos/tx/v1beta1/simulate', { tx_bytes: 'Cp' }), 'benign');
});

test('wallet MCP tools: sends, approvals, contract writes and key exports on a chain server; a test chain named is a write', () => {
  assert.equal(mcp('evm', 'transfer_eth', { to: '0x1', amount: '1' }), 'destructive');
  assert.equal(mcp('evm', 'approve_token_spending', { tokenAddress: '0x1', spenderAddress: '0x2', amount: '1' }), 'destructive');
  assert.equal(mcp('evm', 'write_contract', { contractAddress: '0x1', functionName: 'f', network: 'ethereum' }), 'destructive');
  assert.equal(mcp('evm', 'export_private_key', { account: 'a' }), 'destructive');
  assert.equal(mcp('solana', 'transfer', { to: 'A', amount: 1, cluster: 'mainnet-beta' }), 'destructive');
  assert.equal(mcp('evm', 'transfer_eth', { to: '0x1', amount: '1', network: 'sepolia' }), 'benign');
  assert.equal(mcp('solana', 'transfer', { to: 'A', amount: 1, cluster: 'devnet' }), 'benign');
  assert.equal(mcp('foundry', 'cast_send', { to: '0x1', rpc_url: 'http://127.0.0.1:8545', private_key: '0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80' }), 'benign');
  assert.equal(mcp('foundry', 'cast_send', { to: '0x1', rpc_url: 'http://127.0.0.1:8545', private_key: '0x59' }), 'destructive');
  assert.equal(mcp('evm', 'get_balance', { address: '0x1' }), 'benign');
  assert.equal(mcp('bitcoin', 'decode_raw_transaction', { hex: '02' }), 'benign');
  assert.equal(mcp('gmail', 'send_email', { to: 'a@b.c' }), 'benign');
});

test('chain key files: deleted or overwritten anywhere but a temporary folder or the test validator\'s ledger', () => {
  each('destructive', ['rm /srv/gaia/data/priv_validator_state.json', 'rm ~/.config/solana/id.json', 'rm /srv/geth/keystore/UTC--2025-01-01T00-00-00.0Z--ab', 'rm /srv/lh/validators/slashing_protection.sqlite', 'rm /srv/lnd/data/graph/mainnet/channel.db', "echo '{}' > /srv/gaia/data/priv_validator_state.json"]);
  each('benign', ['rm /tmp/payer-keypair.json', 'rm test-ledger/validator-keypair.json', 'cat /srv/gaia/config/priv_validator_key.json | jq .address']);
  assert.equal(answer('file_write', { path: '/srv/gaia/data/priv_validator_state.json', operation: 'write', content: '{"height":"0"}\n' }).decision, 'destructive');
});
