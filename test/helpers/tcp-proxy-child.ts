/**
 * A TCP forwarder run as its own process, so a test can freeze it (SIGSTOP: the database behind it
 * "hangs", connections stay open and nothing answers) or stop it (SIGKILL: connections reset and
 * new ones are refused) without touching the PostgreSQL other test runs share.
 *   node tcp-proxy-child.ts TARGET_HOST TARGET_PORT     prints "port N" once listening on 127.0.0.1
 */
import { createConnection, createServer } from 'node:net';

const [host, port] = process.argv.slice(2);
const server = createServer((client) => {
  const upstream = createConnection({ host: host as string, port: Number(port) });
  client.pipe(upstream).pipe(client);
  const end = () => {
    client.destroy();
    upstream.destroy();
  };
  client.on('error', end);
  upstream.on('error', end);
  client.on('close', end);
  upstream.on('close', end);
});
server.listen(0, '127.0.0.1', () => {
  const addr = server.address();
  process.stdout.write(`port ${typeof addr === 'object' && addr ? addr.port : 0}\n`);
});
