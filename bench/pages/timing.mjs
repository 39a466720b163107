// Timing a parser in the browser or in Node: batches long enough for the clock's resolution,
// medians over samples, several parsers interleaved so they share the machine's noise.

/**
 * For each parser, `samples` times per call in milliseconds. A batch repeats the call until it
 * takes at least `batchMs`; the batch size is fixed per parser after a warm-up.
 */
export function timeParsers(parsers, { samples = 15, batchMs = 20, warmupMs = 200, now = () => globalThis.performance.now() } = {}) {
  const sizes = parsers.map((parse) => {
    let calls = 0;
    const t0 = now();
    while (now() - t0 < warmupMs || calls < 3) {
      parse();
      calls++;
    }
    const each = (now() - t0) / calls;
    return Math.max(1, Math.ceil(batchMs / each));
  });
  const times = parsers.map(() => []);
  for (let s = 0; s < samples; s++) {
    parsers.forEach((parse, i) => {
      const t0 = now();
      for (let k = 0; k < sizes[i]; k++) parse();
      times[i].push((now() - t0) / sizes[i]);
    });
  }
  return times;
}
