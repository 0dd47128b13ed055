import { encodeEnvelope } from "@spec-clients/core";
import { toBase64 } from "./base64.js";

/**
 * The request body of `StreamInput`, a client stream: the process's selector in the first
 * envelope, then one envelope per chunk of input, each made as it is read (never gathered).
 */
export function inputEnvelopes(process: { pid: number }, input: AsyncIterable<string | Uint8Array>) {
  const iterator = input[Symbol.asyncIterator]();
  const envelope = (message: object) => encodeEnvelope(JSON.stringify(message));
  return new ReadableStream<Uint8Array>({
    start: (controller) => controller.enqueue(envelope({ start: { process } })),
    pull: async (controller) => {
      const next = await iterator.next();
      if (next.done) return controller.close();
      controller.enqueue(envelope({ data: { input: { stdin: toBase64(next.value) } } }));
    },
    cancel: async () => void (await iterator.return?.()),
  });
}
