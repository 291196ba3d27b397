import type { Server } from 'node:http';
import { Server as NetServer } from 'node:net';

/**
 * Stops accepting connections and resolves once every accepted one is done.
 * - The listener stays open for `drainMs` first: connections already waiting in the kernel's
 *   backlog would otherwise be reset, and load balancers need a moment to stop sending.
 * - http.Server#close would also drop connections whose request is not parsed yet, losing
 *   requests a client already sent; net.Server#close does not.
 * - Idle keep-alive connections are swept after `settleMs`; everything is cut at `deadlineMs`.
 */
export async function closeGracefully(
  server: Server,
  drainMs = 500,
  settleMs = 1_000,
  deadlineMs = 10_000,
): Promise<void> {
  server.on('request', (_request, response) => {
    if (!response.headersSent) response.setHeader('Connection', 'close');
  });
  await new Promise((resolve) => setTimeout(resolve, drainMs));
  let sweep: NodeJS.Timeout | undefined;
  const settle = setTimeout(() => {
    server.closeIdleConnections();
    sweep = setInterval(() => server.closeIdleConnections(), 250);
  }, settleMs);
  const deadline = setTimeout(() => server.closeAllConnections(), deadlineMs);
  return new Promise((resolve) => {
    NetServer.prototype.close.call(server, () => {
      [settle, deadline].forEach(clearTimeout);
      clearInterval(sweep);
      resolve();
    });
  });
}
