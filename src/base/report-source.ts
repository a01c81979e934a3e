/**
 * Which report an element shows and where it comes from: the `report` property, the report at `src`, or the
 * bundled report; loading it, checking it, and what failed. A controller that every element owns (SwElement
 * creates it; it asks the element to update when its state changes); a newer choice cancels an older one that is
 * still loading (a race token).
 */
import type { ReactiveControllerHost } from 'lit';
import type { Language, Report } from '../report/schema.js';
import { bundledReportIfLoaded, loadBundledReport } from '../report/load-bundled.js';
import { onDemand, type LoadFailure } from '../on-demand/on-demand.js';
import { DEFAULT_TIMEOUT_MS } from '../report/defaults.js';
import type { DataFailure } from '../report/report-checks.js';
import { SHARED_MESSAGES } from '../format/messages.js';
import type { SwErrorDetail, SwReadyDetail } from './element-events.js';

/** Loading and validation, for `src` and `report` only: the bundled report needs neither (src/report/report-checks.ts). */
const reportChecks = onDemand(() => import('../report/report-checks.js'));
/** Loads the checks ahead of need (the server renderer: a `report` is then checked in the first, synchronous render). */
export const loadReportChecks = () => reportChecks.load();

type Checks = typeof import('../report/report-checks.js');

/**
 * Code or data loaded on demand did not load: its content did not match its hash (`integrity`: nothing in it was
 * used), or it could not be reached (offline, a blocked script: `network`).
 */
function onDemandFailure(error: unknown): DataFailure {
  const failure = error as Partial<LoadFailure> | undefined;
  return failure?.tampered
    ? { code: 'integrity', describe: (m) => m.loadError.tampered(failure.url!) }
    : { code: 'network', describe: (m) => m.loadError.network(failure?.url ?? String(error)) };
}

/** What the controller reads of its element. */
export interface ReportSourceHost extends ReactiveControllerHost, HTMLElement {
  src: string | null;
  report: unknown;
  timeout: number;
  readonly language: Language;
}

/** The element's report, where it comes from and what failed (see `reportSource()`). */
export interface ReportSource {
  /** The report being shown: the last one that loaded and validated. */
  data: Report | undefined;
  loading: boolean;
  /** Why the last choice could not be shown (the element shows the last good report with a notice, or the error). */
  failure: DataFailure | undefined;
  /** A file loaded on demand failed its check: the element shows that in place of its content from then on. */
  tampered: DataFailure | undefined;
  /** A `report` is being checked (the checks' first load): a server-rendered element waits for it to hydrate. */
  checking: boolean;
  /** A choice was made (the first update makes one). */
  chosen: boolean;
  /** What the element waits for on first use (the validation code, the bundled report, code of its own); `updateComplete` waits for it. */
  pending: Promise<unknown> | undefined;
  /** Chooses again from `report`, `src` and the bundled report (on the first update, and when `src` or `report` change). */
  choose(): void;
  /** Waits for what is pending and the updates it causes (`update`: the element's update completing). */
  settle(update: () => Promise<boolean>): Promise<boolean>;
  /** `updateComplete` also waits for `loading` (code of the element's own, loaded on demand). */
  waitFor(loading: Promise<unknown>): void;
  /**
   * When `error` says that a file loaded on demand did not match its hash, the element shows that in place of its
   * content from then on (`tampered`) and sends `sw-error` (code `integrity`), and this returns true.
   */
  blockIfTampered(error: unknown): boolean;
}

/**
 * Chooses, loads and checks the report of `host`; `queue`: how the element sends `sw-ready` and `sw-error` after the
 * render that shows their cause. A closure, not a class: what only it uses is in local variables, which the
 * minifier shortens.
 */
export function reportSource(
  host: ReportSourceHost,
  queue: (name: string, detail: SwReadyDetail | SwErrorDetail) => void,
): ReportSource {
  let token = 0;

  const accept = (report: Report, origin: SwReadyDetail['origin']) => {
    source.loading = false;
    source.failure = undefined;
    source.data = report;
    queue('sw-ready', { reportId: report.id, origin });
    host.requestUpdate();
  };

  const fail = (failure: DataFailure) => {
    source.loading = false;
    source.failure = failure;
    const { language } = host;
    queue('sw-error', {
      code: failure.code,
      message: failure.describe(SHARED_MESSAGES[language], language),
      field: failure.field,
    });
    host.requestUpdate();
  };

  /** Code or data loaded on demand did not load. */
  const failToLoad = (error: unknown) => {
    const failure = onDemandFailure(error);
    if (failure.code === 'integrity') source.tampered = failure;
    fail(failure);
  };

  const source: ReportSource = {
    data: undefined,
    loading: false,
    failure: undefined,
    tampered: undefined,
    checking: false,
    chosen: false,
    pending: undefined,

    choose() {
      source.chosen = true;
      const current = (
        (mine) => () =>
          mine === token
      )(++token);
      const failedToLoad = (error: unknown) => current() && failToLoad(error);
      source.checking = false;
      if (host.report !== undefined && host.report !== null) {
        const input = host.report;
        const check = (checks: Checks) => {
          const { report, failure } = checks.checkReportProperty(input);
          if (report) accept(report, 'property');
          else fail(failure);
        };
        source.loading = false;
        // Synchronous once the checks are loaded; the first time, `updateComplete` waits for them.
        if (reportChecks.value) return check(reportChecks.value);
        source.checking = true;
        source.pending = loadReportChecks()
          .then((checks) => current() && check(checks), failedToLoad)
          .finally(() => {
            if (current()) source.checking = false;
            host.requestUpdate();
          });
        return;
      }
      source.loading = true;
      if (host.src) {
        const src = host.src;
        const timeoutMs = host.timeout > 0 ? host.timeout : DEFAULT_TIMEOUT_MS;
        const load = (checks: Checks) =>
          checks.loadReport(src, { timeoutMs, integrity: host.getAttribute('src-integrity') }).then(
            (report) => current() && accept(report, 'src'),
            (error: unknown) => current() && fail(checks.describeLoadFailure(error, timeoutMs)),
          );
        // The request starts in this update once the loader is there; the first time, when it has loaded.
        if (reportChecks.value) load(reportChecks.value);
        else loadReportChecks().then(load, failedToLoad);
        return;
      }
      const bundled = bundledReportIfLoaded();
      if (bundled) return accept(bundled, 'bundled');
      // The bundled report's first load on the page (src/report/load-bundled.ts); `updateComplete` waits for it.
      source.pending = loadBundledReport().then((report) => current() && accept(report, 'bundled'), failedToLoad);
    },

    async settle(update) {
      let complete = await update();
      // A `report` set before the validation code had loaded: wait for it, and for the update it causes.
      while (source.pending) {
        const pending = source.pending;
        await pending;
        if (source.pending === pending) source.pending = undefined;
        complete = await update();
      }
      return complete;
    },

    waitFor(loading) {
      const before = source.pending;
      source.pending = before ? Promise.all([before, loading]) : loading;
    },

    blockIfTampered(error) {
      const tampered = (error as Partial<LoadFailure> | undefined)?.tampered;
      if (tampered && !source.tampered) failToLoad(error);
      return !!tampered;
    },
  };
  return source;
}
