// The demo's own script: fills the card grid and the metric picker from the
// bundled report, and applies the language and theme switchers.
import { bundledReport, localize } from '../cdn/sw-widgets.js';

const main = document.getElementById('demo');
const cards = document.getElementById('cards');
const picker = document.getElementById('map-metric');
const widgets = () => main.querySelectorAll('sw-stat-card, sw-region-map, sw-story-list');

cards.replaceChildren(
  ...bundledReport.metrics.map((metric) => {
    const card = document.createElement('sw-stat-card');
    card.setAttribute('metric', metric.id);
    return card;
  }),
);

function fillPicker(language) {
  const chosen = picker.value;
  for (const option of [...picker.options].slice(1)) option.remove();
  for (const metric of bundledReport.metrics) {
    picker.add(new Option(`${localize(metric.label, language)} (${metric.id})`, metric.id));
  }
  picker.value = chosen;
}
fillPicker('zh-Hans');

picker.addEventListener('change', () => {
  const map = document.getElementById('metric-map');
  if (picker.value) map.setAttribute('metric', picker.value);
  else map.removeAttribute('metric');
});

document.getElementById('map-layout').addEventListener('change', (event) => {
  const map = document.getElementById('metric-map');
  if (event.target.value) map.setAttribute('layout', event.target.value);
  else map.removeAttribute('layout');
});

document.querySelector('.switchers').addEventListener('change', (event) => {
  const { name, value } = event.target;
  if (name === 'lang') {
    main.lang = value;
    document.documentElement.lang = value;
    fillPicker(value);
  }
  if (name === 'theme') {
    document.body.dataset.theme = value;
    for (const widget of widgets()) widget.setAttribute('theme', value);
  }
});

// ?lang=en&theme=dark preselects the switchers (handy for links and screenshots).
const params = new URLSearchParams(location.search);
for (const name of ['lang', 'theme']) {
  const input = params.get(name) && document.querySelector(`.switchers input[name="${name}"][value="${params.get(name)}"]`);
  if (input) {
    input.checked = true;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }
}
if (params.get('layout') === 'geo') {
  const layout = document.getElementById('map-layout');
  layout.value = 'geo';
  layout.dispatchEvent(new Event('change'));
}
