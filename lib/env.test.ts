import { describe, expect, it } from 'vitest';
import { isLocalSiteUrl, missingProductionSettings, parseEnv } from './env';

const production = {
  DATABASE_URL: 'postgres://app@db:5432/newsroom',
  SMTP_URL: 'smtps://user:pass@smtp.example.org:465',
  AUTH_SECRET: 'x'.repeat(40),
  STRIPE_SECRET_KEY: 'sk_live_abc',
  STRIPE_WEBHOOK_SECRET: 'whsec_abc',
};

describe('which configurations are local', () => {
  it('is local with no SITE_URL, or one on a loopback host', () => {
    for (const url of [
      undefined,
      'http://localhost:3000',
      'http://127.0.0.1:8080/',
      'http://[::1]:3000',
      'https://LOCALHOST',
    ])
      expect(isLocalSiteUrl(url)).toBe(true);
  });

  it('is production for any other host, whatever the scheme or spelling', () => {
    for (const url of [
      'http://news.example.org',
      'HTTPS://news.example.org',
      'https://news.example.org',
      'http://localhost.evil.example',
      'http://localhost@evil.example',
      'http://127.0.0.2',
      'http://10.0.0.5:3000',
      'not a url',
    ]) {
      expect(isLocalSiteUrl(url)).toBe(false);
    }
  });

  it('treats an http SITE_URL behind a TLS proxy as production: no captured mail, no stand-in, its public secret refused', () => {
    const config = parseEnv({ SITE_URL: 'http://news.example.org' });
    expect(config.isProduction).toBe(true);
    expect(config.captureMail).toBe(false);
    expect(config.useStripeStandin).toBe(false);
    expect(config.stripeWebhookSecret).toBeUndefined();
    expect(missingProductionSettings(config)).toMatch(
      /production configuration.*DATABASE_URL.*SMTP_URL.*AUTH_SECRET.*STRIPE_SECRET_KEY.*STRIPE_WEBHOOK_SECRET/,
    );
  });

  it('is satisfied by a production configuration that names every secret', () => {
    const config = parseEnv({ SITE_URL: 'HTTPS://News.Example.org/', ...production });
    expect(config.isProduction).toBe(true);
    expect(missingProductionSettings(config)).toBeNull();
  });

  it('stays local with nothing set: captured mail, the stand-in and its secret', () => {
    const config = parseEnv({});
    expect(config.isProduction).toBe(false);
    expect(config.captureMail).toBe(true);
    expect(config.useStripeStandin).toBe(true);
    expect(config.stripeWebhookSecret).toBe('whsec_local_standin');
    expect(missingProductionSettings(config)).toBeNull();
  });
});

describe('the local site address', () => {
  it('follows PORT when SITE_URL is not set', () => {
    expect(parseEnv({ PORT: '3107' }).SITE_URL).toBe('http://localhost:3107');
    expect(parseEnv({}).SITE_URL).toBe('http://localhost:3000');
  });

  it('keeps an explicit SITE_URL whatever the port', () => {
    expect(parseEnv({ PORT: '3107', SITE_URL: 'http://localhost:4000/' }).SITE_URL).toBe('http://localhost:4000');
  });
});
