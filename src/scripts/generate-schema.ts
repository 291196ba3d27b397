import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppModule } from '../app.module';
import { loadConfig } from '../config/app-config';

/** `npm run schema:generate`: writes schema.gql from the code-first resolvers, then exits. */
async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'thb-schema-'));
  const config = {
    ...loadConfig({ NODE_ENV: 'test' }),
    sqlitePath: join(dir, 'schema.sqlite'),
    schemaFile: 'schema.gql',
    graphiql: true,
  };
  const app = await NestFactory.create(AppModule.forRoot(config), { logger: false });
  await app.init();
  await app.close();
  rmSync(dir, { recursive: true, force: true });
  console.log('schema.gql written.');
}

main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
