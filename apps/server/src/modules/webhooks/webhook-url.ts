import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { AppError } from '../../lib/app-error';

/**
 * Where webhooks may point (docs/webhooks.md, "Which URLs are accepted"). Receivers must be
 * public https endpoints: a webhook would otherwise let a company make the server call its own
 * network (SSRF). Loopback is allowed outside production so local development and tests work.
 */
export interface WebhookUrlPolicy {
  /** http:// to any host (WEBHOOK_ALLOW_HTTP); without it only localhost may use http. */
  allowHttp: boolean;
  /** Private, link-local and loopback targets (WEBHOOK_ALLOW_PRIVATE_NETWORKS). */
  allowPrivateNetworks: boolean;
  /** 127.0.0.0/8, ::1 and `localhost` (always outside production). */
  allowLoopback: boolean;
}

export const DEFAULT_WEBHOOK_URL_POLICY: WebhookUrlPolicy = {
  allowHttp: false,
  allowPrivateNetworks: false,
  allowLoopback: true,
};

export function webhookUrlPolicy(env: {
  NODE_ENV: string;
  WEBHOOK_ALLOW_HTTP: boolean;
  WEBHOOK_ALLOW_PRIVATE_NETWORKS: boolean;
}): WebhookUrlPolicy {
  return {
    allowHttp: env.WEBHOOK_ALLOW_HTTP,
    allowPrivateNetworks: env.WEBHOOK_ALLOW_PRIVATE_NETWORKS,
    allowLoopback: env.WEBHOOK_ALLOW_PRIVATE_NETWORKS || env.NODE_ENV !== 'production',
  };
}

const loopback = new BlockList();
loopback.addSubnet('127.0.0.0', 8, 'ipv4');
loopback.addAddress('::1', 'ipv6');

const privateNetworks = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
] as const) {
  privateNetworks.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  privateNetworks.addSubnet(net, prefix, 'ipv6');
}

const LOCAL_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

function refused(reason: string, reasonEs: string): AppError {
  return new AppError('VALIDATION_ERROR', `Webhook URL refused: ${reason}`, {
    messageEs: `URL del webhook rechazada: ${reasonEs}`,
    details: [{ field: 'body.url', message: reason }],
  });
}

/** Why an address may not be called under the policy, or null when it may. */
function addressRefusal(address: string, policy: WebhookUrlPolicy): AppError | null {
  // BlockList also matches IPv4-mapped IPv6 (::ffff:10.0.0.1) against the IPv4 ranges.
  const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
  if (loopback.check(address, family)) {
    return policy.allowLoopback || policy.allowPrivateNetworks
      ? null
      : refused('it points to this server (loopback)', 'apunta a este mismo servidor (loopback)');
  }
  if (privateNetworks.check(address, family) && !policy.allowPrivateNetworks) {
    return refused('it points to a private network', 'apunta a una red privada');
  }
  return null;
}

/** Checks the URL's form against the policy (at creation); returns it normalized. */
export function checkWebhookUrl(raw: string, policy: WebhookUrlPolicy): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw refused('not a valid URL', 'no es una URL válida');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw refused('it must start with https://', 'debe comenzar con https://');
  }
  if (url.username || url.password) {
    throw refused('credentials in the URL are not allowed', 'no se permiten credenciales en la URL');
  }
  const host = url.hostname.toLowerCase();
  if (url.protocol === 'http:' && !policy.allowHttp && !LOCAL_NAMES.has(host)) {
    throw refused('it must use https://', 'debe usar https://');
  }
  const literal = host.startsWith('[') ? host.slice(1, -1) : host;
  const refusal =
    host === 'localhost' || host.endsWith('.localhost')
      ? addressRefusal('127.0.0.1', policy)
      : isIP(literal)
        ? addressRefusal(literal, policy)
        : null;
  if (refusal) throw refusal;
  return url.toString();
}

/**
 * At send time: resolves the host and refuses when any address is not allowed, so a public name
 * later pointed at a private address (DNS rebinding) is still refused.
 */
export async function assertDeliverableUrl(raw: string, policy: WebhookUrlPolicy): Promise<void> {
  checkWebhookUrl(raw, policy);
  const host = new URL(raw).hostname;
  const literal = host.startsWith('[') ? host.slice(1, -1) : host;
  const addresses = isIP(literal) ? [{ address: literal }] : await lookup(literal, { all: true });
  for (const { address } of addresses) {
    const refusal = addressRefusal(address, policy);
    if (refusal) throw refusal;
  }
}
