import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { AppLogger, createAppLogger, requestLogging } from './common/logging/app-logger';
import { AppModule } from './app.module';
import { AppConfig, unsafeConfigProblem } from './config/app-config';
import { documentLengthLimit, MAX_BODY } from './common/graphql/query-limits';
import { DemoDataSeeder } from './demo-data/demo-data.seeder';
import { ReferenceDataSeeder } from './reference-data/reference-data.seeder';

/**
 * Builds the application: migrations run as the database opens, then the reference data
 * and (unless turned off) the demo data are loaded. Used by main.ts, the scripts and tests.
 */
export async function createApp(config: AppConfig): Promise<INestApplication> {
  // Checked here rather than in loadConfig: the scripts read the database settings without one.
  const problem = unsafeConfigProblem(config);
  if (problem) throw new Error(`Refusing to start: ${problem}`);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bufferLogs: true,
  });
  const logger = createAppLogger(config.logLevel);
  app.useLogger(new AppLogger(logger));
  app.use(requestLogging(logger));
  if (config.trustProxy !== 0) app.set('trust proxy', config.trustProxy);
  app.useBodyParser('json', { limit: MAX_BODY });
  app.use('/graphql', documentLengthLimit);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: { 'script-src': ["'self'"], 'style-src': ["'self'", "'unsafe-inline'"] },
      },
    }),
  );
  await app.init();
  await app.get(ReferenceDataSeeder).seed();
  await app.get(DemoDataSeeder).run();
  return app;
}
