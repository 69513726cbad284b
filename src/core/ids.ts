// 64-bit time-sortable ids: milliseconds since the Unix epoch << 16 | a 16-bit sequence.
// The sequence starts at a random point in the lower half each millisecond so that several
// processes rarely collide; the primary key catches the rest. Within one process ids only
// ever increase: when a millisecond's sequence runs out, or the clock steps back, we keep
// counting on from the last id instead of reusing a millisecond.

let lastMs = 0;
let sequence = 0;

function randomStart(): number {
  // the lower half, so that at least 32 768 ids fit in a millisecond before borrowing
  return Math.floor(Math.random() * 0x8000);
}

export function newId(now: number = Date.now()): bigint {
  if (now > lastMs) {
    lastMs = now;
    sequence = randomStart();
  } else {
    // Same millisecond, a borrowed one, or the clock went backwards: count on.
    sequence += 1;
    if (sequence > 0xffff) {
      // This millisecond is used up: borrow the next one.
      lastMs += 1;
      sequence = randomStart();
    }
  }
  return (BigInt(lastMs) << 16n) | BigInt(sequence);
}

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
