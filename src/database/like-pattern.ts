/**
 * Searches by `LIKE` take the user's text literally: its `%` and `_` would otherwise match
 * anything (a search for "%" listed every row). The pattern escapes them, and the backslash
 * itself, with a backslash, which `LIKE_ESCAPE` names on both engines (SQLite has no default).
 */
export const LIKE_ESCAPE = "ESCAPE '\\'";

/** A LIKE pattern matching `text` anywhere in the value; use it with LIKE_ESCAPE. */
export function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
