import { loadConfig } from './app-config';
import { loadAuditKey } from './audit-key';

describe('AUDIT_KEY', () => {
  const key = 'k'.repeat(32);

  it('is taken from the environment, in every NODE_ENV', () => {
    for (const NODE_ENV of ['production', 'development', 'test', undefined]) {
      expect(loadAuditKey({ NODE_ENV, AUDIT_KEY: key })).toBe(key);
    }
  });

  it('must be at least 32 bytes, counted in UTF-8', () => {
    expect(() => loadAuditKey({ NODE_ENV: 'test', AUDIT_KEY: 'k'.repeat(31) })).toThrow(
      /at least 32 bytes/,
    );
    expect(loadAuditKey({ NODE_ENV: 'production', AUDIT_KEY: 'ž'.repeat(16) })).toBe(
      'ž'.repeat(16),
    );
  });

  it('falls back to one fixed development key in development and test only', () => {
    const dev = loadAuditKey({ NODE_ENV: 'development' });
    expect(loadAuditKey({ NODE_ENV: 'test' })).toBe(dev);
    for (const NODE_ENV of ['production', 'prod', 'Production', 'staging', '', undefined]) {
      expect(() => loadAuditKey({ NODE_ENV })).toThrow(/AUDIT_KEY must be set/);
    }
  });

  it('is part of the configuration, so a server without it does not start', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).auditKey).toBe(loadAuditKey({ NODE_ENV: 'test' }));
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(64) })).toThrow(
      /AUDIT_KEY must be set/,
    );
  });
});
