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

/** Chooses, loads and checks the element's report; queues `sw-ready` and `sw-error` for the element to send. */
export class ReportSource {
  /** The report being shown: the last one that loaded and validated. */
  data: Report | undefined;
  loading = false;
  /** Why the last choice could not be shown (the element shows the last good report with a notice, or the error). */
  failure: DataFailure | undefined;
  /** A file loaded on demand failed its check: the element shows that in place of its content from then on. */
  tampered: DataFailure | undefined;
  /** A `report` is being checked (the checks' first load): a server-rendered element waits for it to hydrate. */
  checking = false;
  /** A choice was made (the first update makes one). */
  chosen = false;
  /** What the element waits for on first use (the validation code, the bundled report, code of its own); `updateComplete` waits for it. */
  pending: Promise<unknown> | undefined;
  private token = 0;

  /** `queue`: how the element sends an event after the render that shows its cause. */
  constructor(
    private readonly host: ReportSourceHost,
    private readonly queue: (name: string, detail: SwReadyDetail | SwErrorDetail) => void,
  ) {}

  /** Chooses again from `report`, `src` and the bundled report (on the first update, and when `src` or `report` change). */
  choose(): void {
    this.chosen = true;
    const { host } = this;
    const token = ++this.token;
    const current = () => token === this.token;
    const failToLoad = (error: unknown) => current() && this.failToLoad(error);
    this.checking = false;
    if (host.report !== undefined && host.report !== null) {
      const input = host.report;
      const check = (checks: Checks) => {
        const { report, failure } = checks.checkReportProperty(input);
        if (report) this.accept(report, 'property');
        else this.fail(failure);
      };
      this.loading = false;
      // Synchronous once the checks are loaded; the first time, `updateComplete` waits for them.
      if (reportChecks.value) return check(reportChecks.value);
      this.checking = true;
      this.pending = loadReportChecks()
        .then((checks) => current() && check(checks), failToLoad)
        .finally(() => {
          if (current()) this.checking = false;
          host.requestUpdate();
        });
      return;
    }
    this.loading = true;
    if (host.src) {
      const src = host.src;
      const timeoutMs = host.timeout > 0 ? host.timeout : DEFAULT_TIMEOUT_MS;
      const load = (checks: Checks) =>
        checks.loadReport(src, { timeoutMs, integrity: host.getAttribute('src-integrity') }).then(
          (report) => current() && this.accept(report, 'src'),
          (error: unknown) => current() && this.fail(checks.describeLoadFailure(error, timeoutMs)),
        );
      // The request starts in this update once the loader is there; the first time, when it has loaded.
      if (reportChecks.value) load(reportChecks.value);
      else loadReportChecks().then(load, failToLoad);
      return;
    }
    const bundled = bundledReportIfLoaded();
    if (bundled) return this.accept(bundled, 'bundled');
    // The bundled report's first load on the page (src/report/load-bundled.ts); `updateComplete` waits for it.
    this.pending = loadBundledReport().then((report) => current() && this.accept(report, 'bundled'), failToLoad);
  }

  /** Waits for what is pending and the updates it causes (`update`: the element's update completing). */
  async settle(update: () => Promise<boolean>): Promise<boolean> {
    let complete = await update();
    // A `report` set before the validation code had loaded: wait for it, and for the update it causes.
    while (this.pending) {
      const pending = this.pending;
      await pending;
      if (this.pending === pending) this.pending = undefined;
      complete = await update();
    }
    return complete;
  }

  /** `updateComplete` also waits for `loading` (code of the element's own, loaded on demand). */
  waitFor(loading: Promise<unknown>): void {
    const before = this.pending;
    this.pending = before ? Promise.all([before, loading]) : loading;
  }

  private accept(report: Report, origin: SwReadyDetail['origin']): void {
    this.loading = false;
    this.failure = undefined;
    this.data = report;
    this.queue('sw-ready', { reportId: report.id, origin });
    this.host.requestUpdate();
  }

  /**
   * When `error` says that a file loaded on demand did not match its hash, the element shows that in place of its
   * content from then on (`tampered`) and sends `sw-error` (code `integrity`), and this returns true.
   */
  blockIfTampered(error: unknown): boolean {
    const tampered = (error as Partial<LoadFailure> | undefined)?.tampered;
    if (tampered && !this.tampered) this.failToLoad(error);
    return !!tampered;
  }

  /** Code or data loaded on demand did not load. */
  private failToLoad(error: unknown): void {
    const failure = onDemandFailure(error);
    if (failure.code === 'integrity') this.tampered = failure;
    this.fail(failure);
  }

  private fail(failure: DataFailure): void {
    this.loading = false;
    this.failure = failure;
    const message = failure.describe(SHARED_MESSAGES[this.host.language], this.host.language);
    this.queue('sw-error', { code: failure.code, message, field: failure.field });
    this.host.requestUpdate();
  }
}
