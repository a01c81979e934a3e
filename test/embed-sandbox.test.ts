import { expect, waitUntil } from '@open-wc/testing';

// A widget page (the embed page with its query built in) as WordPress shows an oEmbed answer from a provider it does not know: in an iframe with
// sandbox="allow-scripts" (an opaque origin: every file the page loads is a CORS request, which the test server
// answers as a host of the page must), `#?secret=…` on its address, and wp-embed.js's messages. The page's
// document cannot be read from here: what it shows is compared through the heights it posts, with the same
// page outside the sandbox.

interface Frame {
  element: HTMLIFrameElement;
  /** Every message the page posted, in order. */
  messages: Array<Record<string, unknown>>;
}

const frames: Frame[] = [];
afterEach(() => {
  for (const frame of frames.splice(0)) frame.element.remove();
});

function openFrame(src: string, { sandbox = true, width = 360 } = {}): Frame {
  const element = document.createElement('iframe');
  if (sandbox) {
    element.setAttribute('sandbox', 'allow-scripts');
    element.setAttribute('security', 'restricted');
  }
  element.width = String(width);
  element.height = '100';
  element.title = 'embed';
  element.src = src;
  const frame: Frame = { element, messages: [] };
  addEventListener('message', (event) => {
    if (event.source === element.contentWindow && event.data && typeof event.data === 'object')
      frame.messages.push(event.data);
  });
  document.body.append(element);
  frames.push(frame);
  return frame;
}

const heights = (frame: Frame) =>
  frame.messages.filter((m) => m.type === 'sw-embed-height' && m.ready === true).map((m) => m.height as number);
const wordpress = (frame: Frame) => frame.messages.filter((m) => 'secret' in m);

/** The last ready height once it has not changed for a few frames (fonts and the count-up settle). */
async function settledHeight(frame: Frame, what: string): Promise<number> {
  let last = -1;
  let stable = 0;
  await waitUntil(
    () => {
      const latest = heights(frame).at(-1) ?? -1;
      stable = latest > 0 && latest === last ? stable + 1 : 0;
      last = latest;
      return stable >= 5;
    },
    `${what}: no ready height posted`,
    { timeout: 20000, interval: 100 },
  ).catch((error: Error) => {
    throw new Error(`${error.message}; it posted ${JSON.stringify(frame.messages)}`);
  });
  return last;
}

/**
 * The settled heights of the same page outside and inside the sandbox, once they agree: under load a late relayout
 * (a font, the count-up's last frame) can land after one of them looked settled, so a difference must persist
 * for 20 s to count.
 */
async function settledPair(outside: Frame, inside: Frame): Promise<[number, number]> {
  const pair: [number, number] = [
    await settledHeight(outside, 'outside'),
    await settledHeight(inside, 'in the sandbox'),
  ];
  if (pair[0] === pair[1]) return pair;
  await waitUntil(() => heights(outside).at(-1) === heights(inside).at(-1), 'heights differ', {
    timeout: 20000,
    interval: 200,
  }).catch(() => {});
  return [heights(outside).at(-1) ?? -1, heights(inside).at(-1) ?? -1];
}

describe('A widget page in WordPress’s sandbox', function () {
  this.timeout(60000);
  // As `sw-widgets bundle --base-url` writes them (served by web-test-runner.config.mjs from cli/lib/widget-pages.js).
  const card = '/cdn/widgets/stat-card-chaozhou-volunteers.html';

  it('loads its script and the bundled report from an opaque origin, and shows what the embed page shows outside the sandbox', async () => {
    const outside = openFrame('/cdn/embed.html?el=stat-card&metric=chaozhou-volunteers', { sandbox: false });
    const inside = openFrame(`${card}#?secret=Ab12Cd34`);
    const [expected, shown] = await settledPair(outside, inside);
    expect(shown).to.equal(expected);
    // A script that did not load or an error box would post nothing or a height far from a card's.
    expect(shown).to.be.greaterThan(120);
  });

  it('loads a report from its own site: its origin is its address’s, not the sandbox’s "null"', async () => {
    const query = 'el=story-list&limit=1&src=/data/report.json';
    const outside = openFrame(`/cdn/embed.html?${query}`, { sandbox: false });
    const inside = openFrame(`/cdn/widgets/story-list.html?${query}#?secret=Ab12Cd34`);
    const [expected, shown] = await settledPair(outside, inside);
    expect(shown).to.equal(expected);
    expect(shown).to.be.greaterThan(120);
  });

  it('posts WordPress’s height message with the secret of its address once the widget is ready, and again when wp-embed asks', async () => {
    const frame = openFrame(`${card}#?secret=Xy9`);
    const height = await settledHeight(frame, 'card');
    await waitUntil(() => wordpress(frame).some((m) => m.value === height), 'no WordPress height message');
    const first = frame.messages.findIndex((m) => 'secret' in m);
    // The loading placeholder's height never reaches WordPress: its first message follows a ready height.
    expect(frame.messages.slice(0, first).some((m) => m.type === 'sw-embed-height' && m.ready === true)).to.equal(true);
    expect(
      wordpress(frame).every((m) => m.secret === 'Xy9' && m.message === 'height' && typeof m.value === 'number'),
    ).to.equal(true);
    const before = wordpress(frame).length;
    // wp-embed.js loaded after the page: it asks, and the page answers (another secret is not asked).
    frame.element.contentWindow!.postMessage({ message: 'ready', secret: 'Other1' }, '*');
    frame.element.contentWindow!.postMessage({ message: 'ready', secret: 'Xy9' }, '*');
    await waitUntil(() => wordpress(frame).length > before, 'no answer to wp-embed’s ready message');
    expect(wordpress(frame).at(-1)).to.deep.equal({ secret: 'Xy9', message: 'height', value: height });
    expect(wordpress(frame).length).to.equal(before + 1);
  });

  it('above 1000 px, which wp-embed would cut to, only asks WordPress to show it at the height of its oEmbed answer', async () => {
    const frame = openFrame('/cdn/widgets/story-list.html#?secret=Tall1', { width: 320 });
    const height = await settledHeight(frame, 'list');
    expect(height).to.be.greaterThan(1000);
    await waitUntil(() => wordpress(frame).length > 0, 'no WordPress message');
    expect(wordpress(frame).at(-1)).to.deep.equal({ secret: 'Tall1', message: 'show' });
    expect(wordpress(frame).some((m) => m.message === 'height')).to.equal(false);
  });

  it('posts no WordPress message outside WordPress', async () => {
    const frame = openFrame('/cdn/embed.html?el=stat-card&metric=chaozhou-volunteers', { sandbox: false });
    await settledHeight(frame, 'card');
    frame.element.contentWindow!.postMessage({ message: 'ready', secret: 'Xy9' }, '*');
    await settledHeight(frame, 'card');
    expect(wordpress(frame)).to.deep.equal([]);
  });
});
