// Commands that may take longer than the test runner lets a command take. The runner fails a command the
// page sent when its answer has not come within 20 s (@web/dev-server-core's sendMessageWaitForResponse),
// and on a two-core machine shared with other work, opening a page or reading an accessibility tree can take
// longer. Such a command answers at once with an id (`startInTurns`); the page then asks `sw-turn` with that
// id, which answers `{ done: true, value }` once the work is done, or `{ done: false }` after a few seconds for
// the page to ask again (test/support/engine.ts: inTurns()).

/** How long one `sw-turn` waits for the work before it answers `{ done: false }`: well within the 20 s. */
const TURN_MS = 5000;

/** Work under way, by id: each settles to `{ value }` or `{ error }`. */
const running = new Map();
let lastId = 0;

/** Starts keeping `work` (a promise) for `sw-turn`, and returns its id for the page. */
export function startInTurns(work) {
  const id = ++lastId;
  running.set(
    id,
    work.then(
      (value) => ({ value }),
      (error) => ({ error }),
    ),
  );
  return id;
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} The `sw-turn` command. */
export function turnsPlugin() {
  return {
    name: 'sw-turns',
    async executeCommand({ command, payload }) {
      if (command !== 'sw-turn') return undefined;
      const work = running.get(payload.id);
      if (!work) throw new Error(`sw-turn: no command ${payload.id} under way`);
      const settled = await Promise.race([work, new Promise((resolve) => setTimeout(resolve, TURN_MS))]);
      if (!settled) return { done: false };
      running.delete(payload.id);
      if (settled.error) throw settled.error;
      return { done: true, value: settled.value };
    },
  };
}
