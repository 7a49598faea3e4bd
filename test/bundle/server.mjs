// Serves the bundle test pages as a partner's server would: the strict-CSP page gets its
// Content-Security-Policy header, and a page can ask for a bundle URL that answers 404.
export const strictPolicy =
  "default-src 'none'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

export async function bundleTestMiddleware(context, next) {
  await next();
  if (context.path.startsWith('/test/bundle/pages/') && context.path.includes('csp')) {
    context.set('Content-Security-Policy', strictPolicy);
  }
}
