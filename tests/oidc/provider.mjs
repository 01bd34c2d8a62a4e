// A real OpenID provider for PrintVault's sign-in tests (tests/integration/tst_signin.cpp),
// built on the pinned oidc-provider (package.json, package-lock.json; install with `npm ci`).
// Usage: node provider.mjs CONFIG.json
//   CONFIG: { "port", "issuer", "tls_cert", "tls_key", "signing_keys": [PEM files, newest first],
//             "client_id", "mfp_client_id", "access_token_seconds", "device_code_seconds",
//             "tap_file" }
// Clients: client_id (RS256 ID tokens), client_id-es256 and client_id-ps256 (the same, with ES256
// and PS256 ID tokens), and mfp_client_id, the MFP app whose ID tokens sign in at an MFP.
// It listens on 127.0.0.1 only, over TLS, and prints "ready" once it does.
import fs from 'node:fs';
import https from 'node:https';
import crypto from 'node:crypto';
import path from 'node:path';
import Provider from 'oidc-provider';

const config = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));

// The test's user table: the login name is the subject.
const users = {
  alice: { name: 'Alice Example', email: 'alice@example.test', email_verified: true },
  bob: { name: 'Bob Example', email: 'bob@example.test', email_verified: true },
};

// Signing keys from the test's PEM files (made with openssl), so the test can forge tokens
// with the same keys and rotate them by restarting with a new one first.
// A key's file name says its algorithm: ec-* is ES256, ps-* an RSA key for PS256, else RS256.
const keys = config.signing_keys.map((file) => {
  const jwk = crypto.createPrivateKey(fs.readFileSync(file)).export({ format: 'jwk' });
  const name = path.basename(file);
  const alg = jwk.kty === 'EC' ? 'ES256' : name.startsWith('ps-') ? 'PS256' : 'RS256';
  return { ...jwk, kid: path.basename(file, '.pem'), use: 'sig', alg };
});

const client = (id, alg) => ({
  client_id: id,
  application_type: 'native',
  token_endpoint_auth_method: 'none',
  redirect_uris: ['http://127.0.0.1/callback', 'http://localhost/callback'],
  grant_types: ['authorization_code', 'refresh_token', 'urn:ietf:params:oauth:grant-type:device_code'],
  response_types: ['code'],
  id_token_signed_response_alg: alg,
});

const provider = new Provider(config.issuer, {
  clients: [
    client(config.client_id, 'RS256'),
    client(`${config.client_id}-es256`, 'ES256'),
    client(`${config.client_id}-ps256`, 'PS256'),
    client(config.mfp_client_id, 'RS256'),
  ],
  enabledJWA: { idTokenSigningAlgValues: ['RS256', 'PS256', 'ES256'] },
  jwks: { keys },
  pkce: { required: () => true, methods: ['S256'] },
  features: {
    devInteractions: { enabled: true },
    deviceFlow: { enabled: true },
    revocation: { enabled: true },
  },
  scopes: ['openid', 'profile', 'email', 'offline_access'],
  claims: { openid: ['sub'], profile: ['name'], email: ['email', 'email_verified'] },
  conformIdTokenClaims: false,
  rotateRefreshToken: true,
  async issueRefreshToken(ctx, client) {
    return client.grantTypeAllowed('refresh_token');
  },
  ttl: {
    AccessToken: config.access_token_seconds,
    IdToken: 3600,
    RefreshToken: 3600,
    DeviceCode: config.device_code_seconds,
    Interaction: 600,
    Session: 3600,
    Grant: 3600,
  },
  cookies: { keys: [crypto.randomBytes(32).toString('hex')] },
  async findAccount(ctx, id) {
    if (!users[id]) return undefined;
    return { accountId: id, async claims() { return { sub: id, ...users[id] }; } };
  },
  async loadExistingGrant(ctx) {
    const grantId = ctx.oidc.result?.consent?.grantId
      || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    return grantId ? ctx.oidc.provider.Grant.find(grantId) : undefined;
  },
});
provider.on('server_error', (ctx, err) => console.error('server_error', err));

// RFC 8628 3.5 asks the server to answer slow_down to a client that polls faster than the
// interval (5 s). oidc-provider 8.8.1 defines the error but never sends it, so this front does:
// it reads each form body (handing it to the provider as req.body, which it accepts) and
// answers slow_down itself to a device-code poll that comes too soon after the last one.
const lastPoll = new Map();
const handle = provider.callback();

// The test's marker search needs every secret the client and the provider exchange, also
// those only the client sees (access and ID tokens, the PKCE verifier, the device code): the
// front appends each one to tap_file, one per line, from the form it reads and the JSON it sends.
function tap(req, res) {
  const record = (v) => {
    if (typeof v === 'string' && v.length >= 8) fs.appendFileSync(config.tap_file, `${v}\n`);
  };
  for (const k of ['code', 'code_verifier', 'refresh_token', 'device_code', 'token']) record(req.body[k]);
  const end = res.end.bind(res);
  res.end = (chunk, ...rest) => {
    try {
      const body = JSON.parse(String(chunk));
      for (const k of ['access_token', 'id_token', 'refresh_token', 'device_code']) record(body[k]);
    } catch { /* not JSON: nothing to record */ }
    return end(chunk, ...rest);
  };
}

function front(req, res) {
  if (req.method !== 'POST') return handle(req, res);
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    req.body = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
    if (config.tap_file) tap(req, res);
    const code = req.body.grant_type === 'urn:ietf:params:oauth:grant-type:device_code' && req.body.device_code;
    if (code) {
      const last = lastPoll.get(code);
      lastPoll.set(code, Date.now());
      if (last !== undefined && Date.now() - last < 5000) {
        res.writeHead(400, { 'content-type': 'application/json', 'cache-control': 'no-store' });
        res.end(JSON.stringify({ error: 'slow_down', error_description: 'poll every 5 seconds at most' }));
        return;
      }
    }
    handle(req, res);
  });
}

const server = https.createServer({
  cert: fs.readFileSync(config.tls_cert),
  key: fs.readFileSync(config.tls_key),
}, front);
server.listen(config.port, '127.0.0.1', () => console.log('ready'));
