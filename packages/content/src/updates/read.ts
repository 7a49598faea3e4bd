/**
 * A response's body as text, read no further than `limit` bytes: a `Content-Length` above it
 * is refused before any of the body is read, and a body that runs past it (no length given,
 * or a false one) is cancelled at the chunk that crosses it, so a page never downloads much
 * more than `limit` bytes of a file it refuses. Throws `'too large'`. Pure apart from the
 * streams API, so it runs the same in Node and in the browser.
 */
export async function readCapped(response: Response, limit: number): Promise<string> {
  const reader = response.body!.getReader();
  const chunks: Uint8Array[] = [];
  // The declared length counts only when it is too large: the bytes read are counted anyway.
  let size = Number(response.headers.get('content-length'));
  if (!(size > limit)) size = 0;
  for (let chunk; size <= limit && !(chunk = await reader.read()).done; size += chunk.value.length) chunks.push(chunk.value);
  if (size > limit) {
    reader.cancel();
    throw 'too large';
  }
  return new Blob(chunks as BlobPart[]).text();
}
