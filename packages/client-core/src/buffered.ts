/**
 * Makes `response`, whose body the transport already read as `text`, answer every body method
 * from that text: openapi-fetch and middleware read it as usual, and `clone()` still works.
 * Cheaper than building a second Response, and the read stayed under the call's deadline.
 */
export function serveBuffered(response: Response, text: string, url: string): Response {
  const copy = () =>
    serveBuffered(
      new Response(text === "" ? null : text, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      }),
      text,
      url,
    );
  Object.defineProperties(response, {
    // The real URL may carry credentials (e2b's api_key): show the request's URL instead.
    url: { value: url },
    text: { value: () => Promise.resolve(text) },
    json: { value: () => Promise.resolve(text).then(JSON.parse) },
    arrayBuffer: { value: () => Promise.resolve(new TextEncoder().encode(text).buffer) },
    blob: { value: () => Promise.resolve(new Blob([text])) },
    body: { get: () => (text === "" ? null : new Response(text).body) },
    bodyUsed: { value: false },
    clone: { value: copy },
  });
  return response;
}
