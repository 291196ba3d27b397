import { defineConfig } from '@playwright/test';
import { chromiumPath } from './e2e/support/chromium';

const PORT = Number(process.env.WEB_E2E_PORT ?? 4310);
const DB = '.e2e/web-e2e.sqlite';
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 360, height: 780 };
/** Journeys that change shared state (an account's language) run in one project only. */
const ONCE = /language\.spec\.ts/;

/**
 * The browser tier: Debian's Chromium drives the real server (built `dist/`, a fresh SQLite
 * file with the demo data) through the UI, at desktop and phone width, in both languages.
 */
export default defineConfig({
  testDir: 'e2e',
  outputDir: '.e2e/results',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    timezoneId: 'Europe/Vilnius',
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'desktop-lt', use: { viewport: DESKTOP, locale: 'lt-LT' } },
    { name: 'desktop-en', use: { viewport: DESKTOP, locale: 'en-GB' }, testIgnore: ONCE },
    { name: 'phone-lt', use: { viewport: PHONE, locale: 'lt-LT' }, testIgnore: ONCE },
    { name: 'phone-en', use: { viewport: PHONE, locale: 'en-GB' }, testIgnore: ONCE },
  ],
  webServer: {
    command: `rm -f ${DB} ${DB}-wal ${DB}-shm && mkdir -p .e2e && node ../dist/main.js`,
    url: `http://127.0.0.1:${PORT}/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      PORT: String(PORT),
      SQLITE_PATH: DB,
      NODE_ENV: 'test',
      DEMO_DATA: 'true',
      LOG_LEVEL: 'warn',
      LOGIN_LIMIT_PER_ADDRESS: '10000',
      LOGIN_LIMIT_PER_ACCOUNT: '10000',
      LOGIN_LIMIT_PER_ACCOUNT_ALL_ADDRESSES: '10000',
    },
  },
});
