/**
 * Waiting in tests on what a reader would wait for (a report shown, an error box, a map drawn), never on a length of
 * time: a test that sleeps a fixed time fails on a loaded machine, and one that polls with a short limit (open-wc's
 * waitUntil gives up after 1 s by default) fails the same way.
 */

/**
 * How long a condition may take to hold: a limit for one that never does, not a speed check (speed is what
 * `npm run bench` measures). On a two-core machine shared with other work, a report takes many times as long as alone.
 */
export const UNTIL_LIMIT_MS = 60_000;

/**
 * Resolves once `condition` holds, checking it every 20 ms; fails naming `what` if it never does. (Unlike open-wc's
 * waitUntil, it leaves no timer behind holding the condition, and the elements it reads, once it resolves.)
 */
export async function until(condition: () => unknown, what: string): Promise<void> {
  const started = performance.now();
  while (!(await condition())) {
    if (performance.now() - started > UNTIL_LIMIT_MS) throw new Error(`not within ${UNTIL_LIMIT_MS / 1000} s: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
