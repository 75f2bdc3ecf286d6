'use strict';
/**
 * The hook client for a production install (D7): `portcullis hook PROTOCOL --socket PATH`.
 * It runs before every agent tool call, so it is one CommonJS file that loads no TypeScript and no
 * module graph, only Node's `fs` and `net`: read the event on stdin, send it in one request on the
 * agent's socket (`POST /v1/hooks/PROTOCOL`, the daemon decides), print the answer it gets back in
 * the agent tool's own protocol. The socket says who the agent is (the kernel let only its Unix
 * user connect), so there is no token to read.
 *
 * SECURITY (F1, F5): every failure is exit 2 with the reason on stderr: a bad flag, a socket that
 * refuses the connection (another user's socket: EACCES), no daemon, an answer that is not one,
 * and no answer within --timeout (default 20 s, below the 30 s the installed hook entry gives the
 * agent tool: a hook the tool kills lets the call run).
 */
const fs = require('node:fs');
const net = require('node:net');

const BLOCK = 2;
/**
 * The variables of the agent tool's session that may run code the gate never sees (this process has the
 * tool's environment): sent with each event, judged by the daemon (src/adapters/hooks/session-env.ts,
 * whose SESSION_ENV_NAMES this list must equal; a test checks), with every exported bash function.
 */
const SESSION_ENV_NAMES = ['BASH_ENV', 'ENV', 'LD_PRELOAD', 'LD_AUDIT', 'LD_LIBRARY_PATH', 'DYLD_INSERT_LIBRARIES', 'DYLD_LIBRARY_PATH', 'DYLD_FRAMEWORK_PATH', 'NODE_OPTIONS', 'PYTHONPATH', 'PERL5OPT', 'PERL5LIB', 'RUBYOPT', 'RUBYLIB', 'PATH',
  'SHELLOPTS', 'PS4', 'GIT_CONFIG_PARAMETERS', 'GIT_CONFIG_COUNT', 'GIT_CONFIG_GLOBAL', 'GIT_CONFIG_SYSTEM', 'GIT_EXTERNAL_DIFF',
  'JAVA_TOOL_OPTIONS', '_JAVA_OPTIONS', 'JDK_JAVA_OPTIONS', 'PYTHONHOME', 'PYTHONUSERBASE', 'GCONV_PATH', 'which_declare',
  'GIT_SSH_COMMAND', 'GIT_SSH', 'GIT_PAGER', 'PAGER', 'MANPAGER', 'LESSOPEN', 'LESSCLOSE', 'GIT_ASKPASS', 'SSH_ASKPASS', 'EDITOR', 'VISUAL', 'GIT_EDITOR', 'KUBECONFIG',
  'AWS_CONFIG_FILE', 'AWS_SHARED_CREDENTIALS_FILE', 'GIT_PROXY_COMMAND', 'GIT_EXEC_PATH', 'GIT_TEMPLATE_DIR', 'GIT_SEQUENCE_EDITOR', 'DOCKER_CONFIG',
  'TF_CLI_CONFIG_FILE', 'HELM_PLUGINS', 'PSQLRC', 'XDG_CONFIG_HOME', 'LESS', 'LESSKEYIN', 'LESSKEY_CONTENT',
  'PGSYSCONFDIR', 'NPM_CONFIG_USERCONFIG', 'NPM_CONFIG_GLOBALCONFIG', 'npm_config_userconfig', 'npm_config_globalconfig',
  'PSQL_PAGER', 'PSQL_EDITOR', 'PSQL_EDITOR_LINENUMBER_ARG', 'HELM_DATA_HOME', 'XDG_DATA_HOME',
  'TF_DATA_DIR', 'GOOGLE_APPLICATION_CREDENTIALS', 'CLOUDSDK_CONFIG', 'AZURE_EXTENSION_DIR', 'AZURE_CONFIG_DIR', 'CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE', 'YARN_YARN_PATH', 'YARN_RC_FILENAME', 'YARN_PLUGINS', 'LESSKEY', 'LESSKEY_SYSTEM', 'LESSKEYIN_SYSTEM', 'BOTO_CONFIG', 'BOTO_PATH',
  'BIGQUERYRC', 'CLOUDSDK_CONTEXT_AWARE_CERTIFICATE_CONFIG_FILE_PATH', 'CLOUDSDK_CONTEXT_AWARE_AUTO_DISCOVERY_FILE_PATH', 'GOOGLE_API_CERTIFICATE_CONFIG',
  'CLOUDSDK_PYTHON', 'CLOUDSDK_GSUTIL_PYTHON', 'CLOUDSDK_BQ_PYTHON', 'CLOUDSDK_PYTHON_ARGS',
  'CLAUDE_PROJECT_DIR', 'GEMINI_PROJECT_DIR'];
const PROTOCOLS = ['claude-code', 'gemini-cli', 'codex'];
const USAGE = 'portcullis hook (claude-code | gemini-cli | codex) --socket PATH [--timeout SECONDS] [--skip-prompt-on-allow]';
const MAX_ANSWER = 1 << 20;

function deny(reason) {
  try {
    fs.writeSync(2, `Portcullis denies this call: ${reason}\n`);
  } finally {
    process.exit(BLOCK);
  }
}

/** Strict flags: anything unknown, repeated or missing a value is a deny. */
function parseArgs(args) {
  const out = { protocol: null, socket: null, timeout: '20', skip: false };
  const seen = new Set();
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const name = eq > 0 ? a.slice(0, eq) : a;
    if (name === '--skip-prompt-on-allow' && eq < 0) {
      out.skip = true;
      continue;
    }
    if (name === '--socket' || name === '--timeout') {
      if (seen.has(name)) return `option \`${name}\` given twice`;
      seen.add(name);
      const v = eq > 0 ? a.slice(eq + 1) : args[++i];
      if (v === undefined || v === '') return `option \`${name}\` needs a value`;
      out[name.slice(2)] = v;
      continue;
    }
    if (a.startsWith('-')) return `unknown option \`${name}\` (usage: ${USAGE})`;
    if (out.protocol !== null) return `usage: ${USAGE}`;
    out.protocol = a;
  }
  if (out.protocol === null || out.socket === null) return `usage: ${USAGE}`;
  if (!PROTOCOLS.includes(out.protocol)) return `unknown hook protocol \`${out.protocol}\` (known: ${PROTOCOLS.join(', ')})`;
  const seconds = Number(out.timeout);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 600) return `--timeout \`${out.timeout}\` is not a number of seconds`;
  out.timeoutMs = seconds * 1000;
  return out;
}

/**
 * `--socket` names the agent's socket, or the folder of all of them (the administrator-managed hook
 * is one command for every user of the machine): then the one socket owned by this process's user.
 */
function socketOf(path) {
  let st;
  try {
    st = fs.statSync(path);
  } catch (err) {
    return { error: `no Portcullis socket at ${path} (${err.code || err.message}): is \`portcullis daemon\` running, and is this agent mapped to this Unix user?` };
  }
  if (!st.isDirectory()) return { path };
  const uid = process.getuid();
  let names;
  try {
    names = fs.readdirSync(path).filter((n) => n.endsWith('.sock') && !n.startsWith('.'));
  } catch (err) {
    return { error: `cannot list ${path} (${err.code || err.message})` };
  }
  const mine = names.filter((n) => {
    try {
      return fs.statSync(`${path}/${n}`).uid === uid;
    } catch {
      return false;
    }
  });
  if (mine.length !== 1) return { error: `${mine.length === 0 ? 'no' : 'more than one'} Portcullis socket in ${path} belongs to uid ${uid}: map this Unix user to exactly one agent (\`portcullis setup --system --agent-user AGENT=USER\`)` };
  return { path: `${path}/${mine[0]}` };
}

/** The HTTP/1.1 answer: status and body (Content-Length or chunked). */
function parseAnswer(buf) {
  const end = buf.indexOf('\r\n\r\n');
  if (end < 0) return null;
  const head = buf.subarray(0, end).toString('latin1').split('\r\n');
  const m = /^HTTP\/1\.[01] ([0-9]{3})/.exec(head[0]);
  if (!m) return null;
  const headers = {};
  for (const line of head.slice(1)) {
    const i = line.indexOf(':');
    if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  let body = buf.subarray(end + 4);
  if (/chunked/i.test(headers['transfer-encoding'] || '')) {
    const parts = [];
    let at = 0;
    for (;;) {
      const nl = body.indexOf('\r\n', at);
      if (nl < 0) return null;
      const size = parseInt(body.subarray(at, nl).toString('latin1'), 16);
      if (!Number.isFinite(size)) return null;
      if (size === 0) break;
      parts.push(body.subarray(nl + 2, nl + 2 + size));
      at = nl + 2 + size + 2;
    }
    body = Buffer.concat(parts);
  } else if (headers['content-length'] !== undefined) {
    const n = Number(headers['content-length']);
    if (!Number.isInteger(n) || body.length < n) return null;
    body = body.subarray(0, n);
  }
  return { status: Number(m[1]), body: body.toString('utf8') };
}

function main(args) {
  const flags = parseArgs(args);
  if (typeof flags === 'string') return deny(flags);
  const timer = setTimeout(() => deny(`no answer from the Portcullis daemon within ${flags.timeoutMs / 1000} s`), flags.timeoutMs);
  let event;
  try {
    event = fs.readFileSync(0, 'utf8');
  } catch (err) {
    return deny(`cannot read the hook event on standard input (${err.code || err.message})`);
  }
  const where = socketOf(flags.socket);
  if (where.error) return deny(where.error);
  const env = process.env;
  const context = {};
  if (env.HOME) context.home = env.HOME;
  if (env.AWS_PROFILE) context.awsProfile = env.AWS_PROFILE;
  if (env.AWS_REGION || env.AWS_DEFAULT_REGION) context.awsRegion = env.AWS_REGION || env.AWS_DEFAULT_REGION;
  const sessionEnv = {};
  for (const name of Object.keys(env)) {
    if (SESSION_ENV_NAMES.includes(name) || name.startsWith('BASH_FUNC_')) sessionEnv[name] = env[name];
  }
  const body = Buffer.from(JSON.stringify({ event, context, sessionEnv, ...(flags.skip ? { skipPromptOnAllow: true } : {}) }), 'utf8');
  const head = `POST /v1/hooks/${flags.protocol} HTTP/1.1\r\nHost: portcullis\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`;
  const chunks = [];
  let size = 0;
  const sock = net.createConnection(where.path);
  // write, never end: the daemon's side of a socket it received closes on our FIN, which would cut
  // off an answer still being made (`Connection: close` makes the daemon close once it has answered)
  sock.on('connect', () => sock.write(Buffer.concat([Buffer.from(head, 'latin1'), body])));
  sock.on('data', (d) => {
    size += d.length;
    if (size > MAX_ANSWER) deny('the daemon\'s answer is too large');
    chunks.push(d);
  });
  sock.on('error', (err) => {
    const why = err.code === 'EACCES' ? `the socket ${where.path} refused this Unix user (EACCES): it belongs to another agent` : err.code === 'ECONNREFUSED' || err.code === 'ENOENT' ? `the Portcullis daemon is not listening on ${where.path} (${err.code})` : `${err.code || err.message} on ${where.path}`;
    deny(why);
  });
  sock.on('end', () => {
    clearTimeout(timer);
    const res = parseAnswer(Buffer.concat(chunks));
    if (!res) return deny('the daemon\'s answer is not HTTP');
    let b;
    try {
      b = JSON.parse(res.body);
    } catch {
      return deny(`the daemon answered ${res.status} without JSON`);
    }
    if (res.status !== 200) {
      const e = (b && b.error) || {};
      return deny(`the daemon refused the event (${res.status} ${e.code || ''}): ${e.message || 'no message'}`);
    }
    // SECURITY: only a well-formed answer counts, and only exit 0 lets the call run.
    if (!b || typeof b.stdout !== 'string' || typeof b.stderr !== 'string' || (b.exitCode !== 0 && b.exitCode !== 2)) return deny('the daemon sent a malformed answer');
    if (b.stdout) fs.writeSync(1, b.stdout);
    if (b.stderr) fs.writeSync(2, b.stderr);
    process.exitCode = b.exitCode;
  });
}

process.on('uncaughtException', (err) => deny(`the hook failed (${err && err.message})`));
module.exports = { main, SESSION_ENV_NAMES };
if (require.main === module) main(process.argv.slice(2));
