import { defineConfig } from 'vitest/config';

// Unit specs of the client's pure parts; the browser journeys in e2e/ run under Playwright.
export default defineConfig({ test: { include: ['src/**/*.spec.ts'], environment: 'node' } });
