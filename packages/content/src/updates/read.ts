/**
 * A response's body as text, read no further than `limit` bytes: a body that runs past it is
 * cancelled at the chunk that crosses it, so a page never downloads much more than `limit`
 * bytes of a file it refuses, whatever its `Content-Length` says (it is not read: the bytes are
 * counted). Throws `'too large'`. Pure apart from the streams API, so it runs the same in Node
 * and in the browser.
 */
export async function readCapped(response: Response, limit: number): Promise<string> {
  const reader = response.body!.getReader();
  const chunks: Uint8Array[] = [];
  for (let chunk; !(chunk = await reader.read()).done; ) {
    chunks.push(chunk.value);
    if ((limit -= chunk.value.length) < 0) {
      reader.cancel();
      throw 'too large';
    }
  }
  return new Blob(chunks as BlobPart[]).text();
}
