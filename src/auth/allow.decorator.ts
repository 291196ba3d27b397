import { SetMetadata } from '@nestjs/common';
import { SystemRole } from './system-role.enum';

export enum Audience {
  /** Anyone, logged in or not (public reference data). */
  PUBLIC = 'PUBLIC',
  /** Any active account; finer task-force checks happen in the services. */
  AUTHENTICATED = 'AUTHENTICATED',
}

export type Allowed = Audience | SystemRole;

export const ALLOW_KEY = 'allow';
export const IGNORE_TOKEN_KEY = 'ignoreToken';

/**
 * Names who may call a resolver operation or route. Operations without it are refused:
 * the global AccessGuard denies by default.
 */
export const Allow = (...allowed: Allowed[]) => SetMetadata(ALLOW_KEY, allowed);

/** For `login`: a stale token sent along must not stop someone from logging in again. */
export const IgnoreToken = () => SetMetadata(IGNORE_TOKEN_KEY, true);
