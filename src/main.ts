import 'reflect-metadata';
import { createApp } from './bootstrap';
import { loadConfig } from './config/app-config';

async function main() {
  const config = loadConfig();
  const app = await createApp(config);
  await app.listen(config.port);
  console.log(`Workspace ready: http://localhost:${config.port}/graphql`);
}

main().catch((error: Error) => {
  console.error(`Start-up failed: ${error.message}`);
  process.exit(1);
});
