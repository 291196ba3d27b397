import type { LoggerService } from '@nestjs/common';
import type { RequestHandler } from 'express';
import pino, { Logger, Level } from 'pino';
import pinoHttp from 'pino-http';
import { redactRequest } from '../http/log-redaction';

/** The process's one pino logger: JSON lines on stdout, credentials never written. */
export function createAppLogger(level: string): Logger {
  return pino({ level, redact: ['req.headers.authorization', 'req.headers.cookie'] });
}

/**
 * One line per answered request (pino-http). No request-scoped context is bound to the other
 * log lines: doing so needs AsyncLocalStorage, whose promise hooks cost a third of the CPU of a
 * list page on Node 20; a request line and the lines it causes share their time instead.
 */
export function requestLogging(logger: Logger): RequestHandler {
  return pinoHttp({
    logger,
    serializers: { req: redactRequest },
    autoLogging: { ignore: (req) => req.url === '/health' },
  }) as unknown as RequestHandler;
}

/** Nest's own messages (start-up, errors) through the same logger, with their context. */
export class AppLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  verbose(message: unknown, ...params: unknown[]) {
    this.write('trace', message, params);
  }
  debug(message: unknown, ...params: unknown[]) {
    this.write('debug', message, params);
  }
  log(message: unknown, ...params: unknown[]) {
    this.write('info', message, params);
  }
  warn(message: unknown, ...params: unknown[]) {
    this.write('warn', message, params);
  }
  error(message: unknown, ...params: unknown[]) {
    // Nest's exception handlers pass (message, stack, context).
    const [stack] = params;
    if (typeof message === 'string' && params.length === 2 && typeof stack === 'string') {
      const err = Object.assign(new Error(message), { stack });
      this.logger.error({ context: params[1], err });
      return;
    }
    this.write('error', message, params);
  }
  fatal(message: unknown, ...params: unknown[]) {
    this.write('fatal', message, params);
  }

  /** Nest passes the context (the class that logs) as the last parameter. */
  private write(level: Level, message: unknown, params: unknown[]) {
    const fields: Record<string, unknown> = params.length ? { context: params.at(-1) } : {};
    const rest = params.slice(0, -1);
    if (message instanceof Error) fields.err = message;
    else if (typeof message === 'object' && message) Object.assign(fields, message);
    else return this.logger[level](fields, String(message), ...rest);
    this.logger[level](fields, ...(rest as []));
  }
}
