// 64-bit time-sortable ids: milliseconds since the Unix epoch << 16 | a 16-bit sequence.
// The sequence starts at a random point each millisecond so that several processes
// rarely collide; the primary key catches the rest.

let lastMs = 0;
let sequence = 0;

export function newId(now: number = Date.now()): bigint {
  if (now === lastMs) {
    sequence = (sequence + 1) & 0xffff;
    if (sequence === startSequence) {
      // 65 536 ids in one millisecond: borrow the next millisecond.
      return newId(now + 1);
    }
  } else {
    lastMs = now;
    sequence = startSequence = Math.floor(Math.random() * 0x10000);
  }
  return (BigInt(lastMs) << 16n) | BigInt(sequence);
}
let startSequence = 0;

/** The smallest id that can belong to something created at `ms`. */
export function idAtTime(ms: number): bigint {
  return BigInt(ms) << 16n;
}

export function timeOfId(id: bigint): Date {
  return new Date(Number(id >> 16n));
}

const ID_RE = /^[0-9]{1,20}$/;

/** Parses a decimal snowflake; undefined when the text is not one. */
export function parseId(text: string): bigint | undefined {
  if (!ID_RE.test(text)) return undefined;
  const id = BigInt(text);
  return id <= 0x7fffffffffffffffn ? id : undefined;
}
