import { singleHeaderScheme } from "./single-header";

/**
 * PHP's rawurldecode: %XX escapes only ('+' stays). Appwrite's webhooks worker signs
 * `rawurldecode($webhook->url) . $payload`, so an escaped URL is signed in its decoded form.
 */
function rawUrlDecode(url: string): string {
  try {
    return decodeURIComponent(url.replace(/%(?![0-9a-fA-F]{2})/g, "%25"));
  } catch {
    return url; // Escapes that are not UTF-8: keep the URL as given.
  }
}

export const appwrite = singleHeaderScheme({
  header: "X-Appwrite-Webhook-Signature",
  algorithm: "sha1",
  encoding: "base64",
  signedContent: ({ url, rawBody }) => {
    const decoded = rawUrlDecode(url);
    return decoded === url
      ? [[url, rawBody]]
      : [
          [decoded, rawBody],
          [url, rawBody],
        ];
  },
});
