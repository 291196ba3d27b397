/**
 * Why a new password is too guessable for this account, or null. It may not contain the
 * account's e-mail name or any part of the person's name (three letters or more).
 */
export function passwordProblem(password: string, email: string, fullName: string): string | null {
  const lower = password.toLowerCase();
  const local = email.split('@')[0].toLowerCase();
  const parts = [local, ...local.split(/[._-]+/), ...fullName.toLowerCase().split(/\s+/)]
    .map((part) => part.trim())
    .filter((part) => part.length >= 3);
  const found = parts.find((part) => lower.includes(part));
  return found ? `must not contain "${found}" from your e-mail or name` : null;
}
