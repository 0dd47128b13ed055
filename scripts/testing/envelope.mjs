// A Connect envelope as a server writes one (for the mock's front, the envd stand-ins and their tests):
// a flags byte, a 4-byte big-endian length, then the message's JSON (or `message` itself, when a string).
// Written apart from the client's own encoder, so that the tests do not check the client against itself.

/** @param {unknown} message @param {number} [flags] @returns {Buffer} */
export function envelope(message, flags = 0) {
  const data = Buffer.from(typeof message === "string" ? message : JSON.stringify(message));
  const head = Buffer.alloc(5);
  head[0] = flags;
  head.writeUInt32BE(data.length, 1);
  return Buffer.concat([head, data]);
}
