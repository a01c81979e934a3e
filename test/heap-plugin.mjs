// A @web/test-runner command that measures the test page through the Chrome
// DevTools Protocol, after a full garbage collection: the JavaScript heap, the
// live DOM nodes and event listeners (Memory.getDOMCounters), and the listeners
// registered on `document` and `window`. test/churn.test.ts calls it with
// executeServerCommand('heap-metrics').

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function heapMetricsPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'heap-metrics',
    async executeCommand({ command, session }) {
      if (command !== 'heap-metrics') return undefined;
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) {
        cdp = await (page.createCDPSession ? page.createCDPSession() : page.target().createCDPSession());
        sessions.set(page, cdp);
      }
      // Several rounds: objects freed by one collection (weak maps, finalizers) are collected by the next.
      for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      const { nodes, jsEventListeners, documents } = await cdp.send('Memory.getDOMCounters');
      const listenersOn = async (expression) => {
        const { result } = await cdp.send('Runtime.evaluate', { expression, objectGroup: 'heap-metrics' });
        const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId, depth: 0 });
        return listeners.map((listener) => listener.type).sort();
      };
      const documentListeners = await listenersOn('document');
      const windowListeners = await listenersOn('window');
      await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'heap-metrics' });
      return { heapUsed: usedSize, nodes, jsEventListeners, documents, documentListeners, windowListeners };
    },
  };
}
