/**
 * Text search, one rule on SQLite and PostgreSQL alike: the searched text and the stored
 * values are folded the same way (lower case, diacritics removed), so "šiaul", "Siauliu" and
 * "ŠIAULIŲ" all find "Šiaulių". Folding happens in JS: neither engine folds Lithuanian letters
 * by itself (SQLite's LOWER knows only ASCII; PostgreSQL's unaccent is an extension a
 * deployment may lack). Stored values are folded into a `search_text` column on every write
 * (search-text.ts).
 *
 * Searches by `LIKE` also take the user's text literally: its `%` and `_` would otherwise
 * match anything (a search for "%" listed every row). The pattern escapes them, and the
 * backslash itself, with a backslash, which `LIKE_ESCAPE` names on both engines (SQLite has
 * no default).
 */
export const LIKE_ESCAPE = "ESCAPE '\\'";

/** Lower case, without diacritics (NFD, combining marks removed), runs of spaces as one. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A LIKE pattern matching `text` anywhere in the value; use it with LIKE_ESCAPE. */
export function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The pattern for a user's search: folded, then matched literally anywhere. */
export const searchPattern = (text: string) => likeContains(foldForSearch(text));

/** The condition that a row's folded search text holds the pattern in `param` (":search"). */
export const searchTextMatches = (alias: string, param: string) =>
  `${alias}.search_text LIKE ${param} ${LIKE_ESCAPE}`;
