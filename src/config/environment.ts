/**
 * Only these two NODE_ENV values relax the production checks: a typo (`prod`, `Production`)
 * or no NODE_ENV at all must not run a server with development defaults.
 */
export const isDevelopment = (nodeEnv: string | undefined) =>
  nodeEnv === 'development' || nodeEnv === 'test';
