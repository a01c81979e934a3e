/** Text of a card's progress towards a target: loaded with the progress code, on demand (stat-card.progress-kit.ts). */
import type { Language } from '../report/schema.js';

export interface ProgressMessages {
  /** A target without its own wording: 目标：2025年底前达到150名 / Target: 150 by the end of 2025. */
  target: (figure: string, deadline: string) => string;
  /** A deadline on 31 December: 2025年底 / the end of 2025. */
  endOfYear: (year: string) => string;
  /** Spoken value of the progress bar: 85 / 150（57%） / 85 of 150 (57%). */
  progressValue: (value: string, max: string, percent: string) => string;
}

export const PROGRESS_MESSAGES: Record<Language, ProgressMessages> = {
  'zh-Hans': {
    target: (figure, deadline) => `目标：${deadline}前达到${figure}`,
    endOfYear: (year) => `${year}年底`,
    progressValue: (value, max, percent) => `${value} / ${max}（${percent}）`,
  },
  'zh-Hant': {
    target: (figure, deadline) => `目標：${deadline}前達到${figure}`,
    endOfYear: (year) => `${year}年底`,
    progressValue: (value, max, percent) => `${value} / ${max}（${percent}）`,
  },
  en: {
    target: (figure, deadline) => `Target: ${figure} by ${deadline}`,
    endOfYear: (year) => `the end of ${year}`,
    progressValue: (value, max, percent) => `${value} of ${max} (${percent})`,
  },
};
