/** Twelve characters of one or two letters repeated are guessed first, however long. */
export const MIN_DISTINCT_CHARACTERS = 5;

/**
 * Why a new password is too guessable for this account, or null. It needs at least
 * MIN_DISTINCT_CHARACTERS different characters (letter case aside) and may not contain the account's e-mail
 * name or any part of the person's name (three letters or more).
 */
export function passwordProblem(password: string, email: string, fullName: string): string | null {
  const lower = password.toLowerCase();
  if (new Set(lower).size < MIN_DISTINCT_CHARACTERS) {
    return `must use at least ${MIN_DISTINCT_CHARACTERS} different characters`;
  }
  const local = email.split('@')[0].toLowerCase();
  const parts = [local, ...local.split(/[._-]+/), ...fullName.toLowerCase().split(/\s+/)]
    .map((part) => part.trim())
    .filter((part) => part.length >= 3);
  const found = parts.find((part) => lower.includes(part));
  return found ? `must not contain "${found}" from your e-mail or name` : null;
}
