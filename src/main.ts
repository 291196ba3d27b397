import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './bootstrap';
import { closeGracefully } from './common/http/close-gracefully';
import { loadConfig } from './config/app-config';
import { DailyRemindersService } from './notifications/daily-reminders.service';

async function main() {
  const config = loadConfig();
  const app = await createApp(config);
  await app.listen(config.port);
  const logger = new Logger('Main');
  // A promise some request left rejected must not end the process for every other caller
  // (Node's default): log it as the bug it is and keep serving.
  process.on('unhandledRejection', (reason) => {
    logger.error(
      `Unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`,
    );
  });
  logger.log(`Workspace ready: http://localhost:${config.port}/graphql`);
  // A server that was down when the daily job was due catches up now, after the seeding.
  void app.get(DailyRemindersService).runToday();

  // Stop taking connections, let the requests in flight finish, then close the database.
  const shutdown = async (signal: string) => {
    logger.log(`${signal} received: finishing requests in flight`);
    await closeGracefully(app.getHttpServer(), config.shutdownDelayMs);
    await app.close();
    logger.log('Shut down cleanly');
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: Error) => {
  console.error(`Start-up failed: ${error.message}`);
  process.exit(1);
});
