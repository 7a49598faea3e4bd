// The site's own pages run under a strict Content-Security-Policy, set by a <meta> on each
// page (a static host may send no headers at all): script, style, data and frames from the
// site itself only, no inline script or style, nothing from another origin, no <base>, no
// form posting. (No Trusted Types here: the drop-in's own tests hold it to the contract's
// policy with them; the builder writes its preview from the snippet's HTML text.)
// frame-ancestors has no effect in a <meta>: the embed pages must be framable anyway.
export const sitePolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * The policy for a build: the one exception to "this site only" is a signed content file the
 * config places on another origin, which the pages may fetch (connect-src).
 */
export function sitePolicyFor(config) {
  const signed = config?.signedContent ? new URL(config.signedContent.url).origin : undefined;
  return signed && signed !== new URL(config.publicUrl).origin ? sitePolicy.replace("connect-src 'self'", `connect-src 'self' ${signed}`) : sitePolicy;
}

const cspMeta = /<meta\s+http-equiv="Content-Security-Policy"/i;

/**
 * `html` with the policy's <meta> first thing after <meta charset>, before any script or
 * stylesheet. A page that sets its own policy keeps it; a fragment without <head> is left alone.
 */
export function withPolicy(html, path, policy) {
  if (cspMeta.test(html) || !/<head>/i.test(html)) return html;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  const charset = /^([ \t]*)<meta charset="utf-8"\s*\/?>\n/im.exec(html);
  if (!charset) throw new Error(`${path}: no <meta charset="utf-8"> to put the Content-Security-Policy after`);
  return html.replace(charset[0], `${charset[0]}${charset[1]}${meta}\n`);
}
