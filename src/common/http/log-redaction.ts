/** Paths whose last part is a credential (calendar feed secrets). */
const SECRET_PATHS = /(\/calendar\/)[^/?#]+/g;

interface SerializedRequest {
  url?: string;
  params?: Record<string, unknown>;
  [key: string]: unknown;
}

/**
 * The request as pino-http logs it, with secrets in the address replaced: a calendar address
 * is a credential, and logs are read by more people than the feed's owner.
 */
export function redactRequest(req: SerializedRequest): SerializedRequest {
  const url = req.url?.replace(SECRET_PATHS, '$1[secret]');
  const params = req.params && url !== req.url ? { redacted: true } : req.params;
  return { ...req, url, params };
}
