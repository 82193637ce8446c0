const loopbackHosts = new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);

/** True for an address on this machine (127.0.0.1, ::1, localhost). */
function isLoopback(url: URL): boolean {
  return loopbackHosts.has(url.hostname);
}

/** Why an address given to `downloadFiles` is refused (completing "Download address … is …"), or `null` when it is allowed: `https:`, or `http:` to a loopback host. */
export function addressProblem(url: URL): string | null {
  if (url.protocol === "https:") return null;
  if (url.protocol === "http:" && isLoopback(url)) return null;
  return "not HTTPS: expected an https:// address (plain http:// is allowed only to 127.0.0.1 or localhost)";
}

/**
 * Why a redirect from `from` to `to` is refused, in a few words, or `null` when it may be
 * followed: the target must be an address `urls` would accept, never reached from a public host
 * when it is a loopback one (a server on the internet must not point the download at this
 * machine), and never plain HTTP after HTTPS.
 */
export function redirectProblem(from: URL, to: URL): string | null {
  if (addressProblem(to) !== null) return "not HTTPS";
  if (isLoopback(to) && !isLoopback(from)) return "a loopback address reached from a public one";
  if (from.protocol === "https:" && to.protocol !== "https:") return "not HTTPS";
  return null;
}
