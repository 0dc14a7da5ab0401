import { describe, expect, it } from 'vitest';
import { AppError } from '../../lib/app-error';
import {
  assertDeliverableUrl,
  checkWebhookUrl,
  DEFAULT_WEBHOOK_URL_POLICY,
  webhookUrlPolicy,
} from './webhook-url';

const production = webhookUrlPolicy({
  NODE_ENV: 'production',
  WEBHOOK_ALLOW_HTTP: false,
  WEBHOOK_ALLOW_PRIVATE_NETWORKS: false,
});
const refused = (url: string, policy = DEFAULT_WEBHOOK_URL_POLICY) => {
  try {
    checkWebhookUrl(url, policy);
    return false;
  } catch (err) {
    return err instanceof AppError && err.code === 'VALIDATION_ERROR';
  }
};

describe('webhook URL policy', () => {
  it('accepts public https and localhost http by default', () => {
    expect(checkWebhookUrl('https://hooks.example.com/ayni', DEFAULT_WEBHOOK_URL_POLICY)).toBe(
      'https://hooks.example.com/ayni',
    );
    expect(refused('http://127.0.0.1:8080/x')).toBe(false);
    expect(refused('http://localhost/x')).toBe(false);
  });

  it('refuses http elsewhere, other schemes, credentials and private networks', () => {
    for (const url of [
      'http://hooks.example.com/x',
      'ftp://hooks.example.com/x',
      'not a url',
      'https://user:pw@hooks.example.com/x',
      'https://10.0.0.5/x',
      'https://192.168.1.10/x',
      'https://172.20.0.1/x',
      'https://169.254.169.254/latest/meta-data',
      'https://[fd00::1]/x',
      'https://[::ffff:10.0.0.1]/x',
      'https://0.0.0.0/x',
    ]) {
      expect(refused(url), url).toBe(true);
    }
  });

  it('in production refuses loopback unless private networks are allowed; flags widen the rule', () => {
    expect(refused('http://127.0.0.1:8080/x', production)).toBe(true);
    expect(refused('https://localhost/x', production)).toBe(true);
    const open = webhookUrlPolicy({
      NODE_ENV: 'production',
      WEBHOOK_ALLOW_HTTP: true,
      WEBHOOK_ALLOW_PRIVATE_NETWORKS: true,
    });
    expect(refused('http://10.0.0.5/x', open)).toBe(false);
    expect(refused('http://127.0.0.1/x', open)).toBe(false);
  });

  it('checks the address again at send time', async () => {
    await expect(assertDeliverableUrl('https://127.0.0.1/x', production)).rejects.toThrow(AppError);
    await expect(
      assertDeliverableUrl('http://127.0.0.1:9/x', DEFAULT_WEBHOOK_URL_POLICY),
    ).resolves.toBeUndefined();
  });
});
