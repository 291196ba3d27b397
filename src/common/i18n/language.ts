import { registerEnumType } from '@nestjs/graphql';
import Negotiator from 'negotiator';

export enum Language {
  LT = 'lt',
  EN = 'en',
}

registerEnumType(Language, {
  name: 'Language',
  description:
    'The language documents and feeds are written in: Lithuanian (the default) or English.',
});

export const DEFAULT_LANGUAGE = Language.LT;

const CODES = Object.values(Language) as string[];

/** The language a code names (`lt`, `EN`, `en-GB`…), or null for anything else. */
export function languageOf(code: unknown): Language | null {
  if (typeof code !== 'string') return null;
  const base = code.trim().toLowerCase().split(/[-_]/)[0];
  return CODES.includes(base) ? (base as Language) : null;
}

export interface LanguageSources {
  /** `?lang=` of a download or feed address. */
  asked?: unknown;
  /** What the account chose (`preferredLanguage`). */
  preferred?: string | null;
  /** The browser's Accept-Language header. */
  acceptLanguage?: string | string[];
}

/**
 * The language a reader gets: the one the address asks for, else the one the account chose,
 * else the browser's first choice we write, else Lithuanian. An unknown `?lang=` falls through
 * rather than failing: a link pasted with `lang=de` still opens.
 */
export function resolveLanguage({ asked, preferred, acceptLanguage }: LanguageSources): Language {
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : acceptLanguage;
  const negotiated = header
    ? new Negotiator({ headers: { 'accept-language': header } }).language(CODES)
    : undefined;
  return languageOf(asked) ?? languageOf(preferred) ?? languageOf(negotiated) ?? DEFAULT_LANGUAGE;
}
