/**
 * Optional script for the page that holds sw-widgets iframes
 * (cdn/embed-resize.js): sets each embed's height to the height its content
 * reports, so it never scrolls or leaves a gap. Without it the iframe keeps the
 * fixed height of the builder's snippet.
 */
addEventListener('message', (event) => {
  const data = event.data as { type?: unknown; height?: unknown } | null;
  if (data?.type !== 'sw-embed-height' || typeof data.height !== 'number' || !(data.height >= 0)) return;
  for (const frame of document.getElementsByTagName('iframe')) {
    if (frame.contentWindow === event.source) frame.style.height = `${Math.min(Math.ceil(data.height), 20000)}px`;
  }
});
// Embeds that posted their height before this script ran: ask again.
for (const frame of document.getElementsByTagName('iframe'))
  frame.contentWindow?.postMessage({ type: 'sw-embed-measure' }, '*');
