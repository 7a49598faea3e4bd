// Serves server-rendered markup to the SSR tests: GET /test/ssr/render/<tag>.html renders the
// tag in this Node process with @lit-labs/ssr (scripts/prerender.mjs, from the npm build), as
// Eleventy, Astro or Next would. Query: `stylesheet` (a URL: a <link> in the shadow root
// instead of <style>), `fallback=no` (no light-DOM fallback). Run the build first.
const prefix = '/test/ssr/render/';

export async function ssrTestMiddleware(context, next) {
  if (!context.path.startsWith(prefix) || !context.path.endsWith('.html')) {
    await next();
    return;
  }
  // Loaded on the first request only: it registers the tags with Lit's server DOM shim.
  const { prerenderTag } = await import('../../scripts/prerender.mjs');
  const tag = context.path.slice(prefix.length, -'.html'.length);
  try {
    context.body = await prerenderTag(tag, {
      stylesheet: context.query.stylesheet || undefined,
      fallback: context.query.fallback !== 'no',
    });
    context.type = 'text/html; charset=utf-8';
    context.set('Cache-Control', 'no-store');
  } catch (error) {
    context.status = 404;
    context.type = 'text/plain';
    context.body = String(error);
  }
}
