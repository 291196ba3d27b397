/** Claims of a session token: the account and the token version it was issued under. */
export interface TokenPayload {
  sub: string;
  tv: number;
}
