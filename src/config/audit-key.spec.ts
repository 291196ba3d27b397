import { loadConfig, unsafeConfigProblem } from './app-config';
import { auditKeyProblem, loadAuditKey } from './audit-key';

describe('AUDIT_KEY', () => {
  const key = 'k'.repeat(32);
  const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(64) };

  it('is taken from the environment, in every NODE_ENV', () => {
    for (const NODE_ENV of ['production', 'development', 'test', undefined]) {
      expect(loadAuditKey({ NODE_ENV, AUDIT_KEY: key })).toBe(key);
    }
  });

  it('must be at least 32 bytes, counted in UTF-8', () => {
    expect(auditKeyProblem('k'.repeat(31))).toMatch(/at least 32 bytes/);
    expect(auditKeyProblem('ž'.repeat(16))).toBeNull();
    expect(
      unsafeConfigProblem(loadConfig({ NODE_ENV: 'test', AUDIT_KEY: 'k'.repeat(31) })),
    ).toMatch(/at least 32 bytes/);
  });

  it('falls back to one fixed development key in development and test only', () => {
    const dev = loadAuditKey({ NODE_ENV: 'development' });
    expect(loadAuditKey({ NODE_ENV: 'test' })).toBe(dev);
    expect(auditKeyProblem(dev)).toBeNull();
    for (const NODE_ENV of ['production', 'prod', 'Production', 'staging', '', undefined]) {
      expect(auditKeyProblem(loadAuditKey({ NODE_ENV }))).toMatch(/AUDIT_KEY must be set/);
    }
  });

  it('is part of the configuration, so a server without it does not start', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).auditKey).toBe(loadAuditKey({ NODE_ENV: 'test' }));
    expect(unsafeConfigProblem(loadConfig(production))).toMatch(/AUDIT_KEY must be set/);
    expect(unsafeConfigProblem(loadConfig({ ...production, AUDIT_KEY: key }))).toBeNull();
  });
});
