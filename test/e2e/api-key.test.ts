/**
 * The API key reaches the API as a header from the background, and never the page's process:
 * after a hover has made the background fetch with the key, a heap snapshot of the tab (page and
 * content-script worlds share that heap) does not contain it.
 */
import { describe, expect, it } from 'vitest';
import { useExtension } from './support/launch';
import { cardTooltip, highlightCount, restPointerOn } from './support/page-helpers';

const SENTINEL = 'CG-sentinel-7f3a9c2e51d84b6a';

describe('API key isolation', () => {
  const extension = useExtension();

  it('sends the key from the background only, and the tab never holds it', async () => {
    const ext = extension();
    await ext.worker.evaluate((key) => chrome.storage.local.set({ credentials: { plan: 'demo', key } }), SENTINEL);
    await ext.admin('reset');
    const page = await ext.openPage('demo-article.html');
    await expect.poll(() => highlightCount(page), { timeout: 15_000 }).toBeGreaterThan(0);
    await restPointerOn(page, 'ATH');
    await expect.poll(() => cardTooltip(page).getAttribute('data-sl-state'), { timeout: 15_000 }).toBe('ready');

    const requests = (await fetch(`${ext.apiOrigin}/__admin/requests`).then((r) => r.json())) as { headers: Record<string, string> }[];
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.every((request) => request.headers['x-cg-demo-api-key'] === SENTINEL)).toBe(true);

    const cdp = await ext.context.newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const chunks: string[] = [];
    cdp.on('HeapProfiler.addHeapSnapshotChunk', (event: { chunk: string }) => chunks.push(event.chunk));
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    const snapshot = chunks.join('');
    expect(snapshot.length).toBeGreaterThan(100_000);
    expect(snapshot.includes('Aethir')).toBe(true); // the snapshot does hold the card's strings…
    expect(snapshot.includes(SENTINEL)).toBe(false); // …and not the key
  });
});
