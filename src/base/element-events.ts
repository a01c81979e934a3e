/** The events every element sends, and the problems an element finds in a report it cannot show. */

/** `detail` of `sw-error`. */
export interface SwErrorDetail {
  /** What went wrong: network, cross-origin (the report's site does not allow this page: CORS), http-status, timeout, wrong-content-type, not-json, truncated-json, too-large, invalid-report, integrity (a file whose content did not match its hash), or an element's own code such as unknown-metric. */
  code: string;
  /** The message shown inside the element, in its language. */
  message: string;
  /** The attribute or report field at fault, e.g. `metric` or `metrics[3].value`. */
  field?: string;
}

/** `detail` of `sw-ready`. */
export interface SwReadyDetail {
  /** The id of the report now shown. */
  reportId: string;
  /** Where it came from. */
  origin: 'bundled' | 'src' | 'property';
}

/** A problem an element finds while rendering (unknown metric, empty report, ...). */
export interface ElementProblem {
  problem: true;
  code: string;
  field?: string;
  message: string;
}

/** What an element returns from `renderReport` when it cannot show its data. */
export function elementProblem(code: string, message: string, field?: string): ElementProblem {
  return { problem: true, code, message, field };
}

/** Events cross shadow roots so a page can listen on document. (Outside the element so the manifest lists only real events.) */
export function composedEvent<T>(name: string, detail: T): CustomEvent<T> {
  return new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable: false });
}

/** The events an element sends after the render that shows their cause (see `pendingEvents()`). */
export interface PendingEvents {
  add(name: string, detail: SwReadyDetail | SwErrorDetail): void;
  /** The problem the render shows, or undefined when it shows the report. */
  problem(problem: ElementProblem | undefined): void;
  /** Sends the queued events from `target`. */
  send(target: EventTarget): void;
}

/**
 * The events an element sends after the render that shows their cause (`sw-ready`, `sw-error`); a problem that the
 * element finds in its report is sent once, not at every render, and again after another report was shown.
 */
export function pendingEvents(): PendingEvents {
  let queue: Array<[string, unknown]> = [];
  let lastProblem = '';
  const add = (name: string, detail: SwReadyDetail | SwErrorDetail) => {
    if (name === 'sw-ready') lastProblem = '';
    queue.push([name, detail]);
  };
  return {
    add,
    problem(problem) {
      const key = problem ? `${problem.code}|${problem.field}|${problem.message}` : '';
      if (problem && key !== lastProblem)
        add('sw-error', { code: problem.code, message: problem.message, field: problem.field });
      lastProblem = key;
    },
    send(target) {
      const events = queue;
      queue = [];
      for (const [name, detail] of events) target.dispatchEvent(composedEvent(name, detail));
    },
  };
}
