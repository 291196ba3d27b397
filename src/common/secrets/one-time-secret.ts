import { createHash, randomBytes } from 'node:crypto';

/**
 * Secrets handed out once (calendar feed addresses, password links): 256 random bits, URL-safe.
 * Only their hash is stored, so a copy of the database opens nothing.
 */
export const newSecret = () => randomBytes(32).toString('base64url');

/** The stored form of a secret: SHA-256, hex (64 characters). */
export const secretHash = (secret: string) => createHash('sha256').update(secret).digest('hex');
