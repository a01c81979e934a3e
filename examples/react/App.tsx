// readme:start
import { useState } from 'react';
import 'sw-widgets/all.js'; // registers the three tags
import type {} from 'sw-widgets/jsx'; // types them in JSX
import type { RegionSelectDetail } from 'sw-widgets';

export function App() {
  const [language, setLanguage] = useState<'zh-Hans' | 'en'>('zh-Hans');
  const [region, setRegion] = useState<RegionSelectDetail | null>(null);
  const [problem, setProblem] = useState('');

  return (
    <main lang={language}>
      <button onClick={() => setLanguage(language === 'en' ? 'zh-Hans' : 'en')}>{language === 'en' ? '中文' : 'English'}</button>

      {/* Props become properties: limit is a number, storyLink a boolean. */}
      <sw-stat-card metric="chaozhou-volunteers" variant="compact" storyLink />

      {/* Events are on + the event's own name. */}
      <sw-region-map
        id="react-map"
        selected={region?.code ?? null}
        onsw-region-select={(event) => setRegion(event.detail.code ? event.detail : null)}
      />
      <p aria-live="polite">{region ? `${region.name} (${region.code})` : '—'}</p>

      <sw-story-list for="react-map" limit={2} onsw-error={(event) => setProblem(event.detail.message)} />
      {problem && <p role="alert">{problem}</p>}
    </main>
  );
}
// readme:end
