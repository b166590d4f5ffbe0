/**
 * Deterministic news-like pages for the page benchmark: a long article (about 1 MB of text and
 * thousands of mentions the stand-in detector knows), a typical one, and a feed page. The
 * sentences are written for this benchmark; a seeded generator strings them together.
 */
const SUBJECTS = [
  'Aethir (ATH)', '$ATH', 'Bittensor (TAO)', '$TAO', 'Render (RENDER)', '$RENDER', 'Filecoin (FIL)', '$FIL',
  'Bitcoin (BTC)', '$BTC', 'Ethereum (ETH)', '$ETH', 'Ondo (ONDO)', '$ONDO', '$FET',
];
/** `{f}` takes a figure, so that no two paragraphs are the same text: real articles do not repeat
 * themselves, and a detector must not look fast because the page does. */
const VERBS = [
  'climbed {f}% after a busy session in Asian hours', 'slipped {f}% as traders booked profits', 'held its range near {f} despite heavy volume',
  'outpaced the wider market by {f} points on usage headlines', 'lagged its sector while funding rates cooled to {f}%', 'reversed early losses of {f}% by the close',
];
const FILLER = [
  'Desk analysts cautioned that thin weekend liquidity can exaggerate moves of {f}% in either direction.',
  'The SEC and several ETF issuers were quiet on the week, which left macro data in charge of sentiment.',
  'Open interest rose {f}% across the large venues, although spot volumes told a calmer story.',
  'One fund manager said the GPU rental market is the part of the AI trade you can actually meter.',
  'Nothing in the filings suggested a change of course, and the treasury team declined to comment at {f} UTC.',
  'Compared with last quarter, the number of active wallets was roughly flat at {f} thousand.',
  'A reader asked whether the all-time high from last year is still in reach; nobody on the desk would guess.',
];

function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const figure = (random: () => number): string => (random() * 40).toFixed(2);
const sentence = (random: () => number, list: readonly string[]): string => pick(random, list).replace('{f}', () => figure(random));

export function paragraph(random: () => number): string {
  const first = `${pick(random, SUBJECTS)} ${sentence(random, VERBS)}, while <em>${pick(random, SUBJECTS)}</em> ${sentence(random, VERBS)}.`;
  const second = `${sentence(random, FILLER)} ${sentence(random, FILLER)}`;
  const third = random() < 0.3 ? ` See <a href="#n${Math.floor(random() * 1e6)}">our notes on ${pick(random, SUBJECTS)}</a> for context.` : '';
  const code = random() < 0.05 ? ` Readers who script alerts use <code>alert($ATH &gt; 1)</code>.` : '';
  return `<p>${first} ${second}${third}${code}</p>`;
}

const PAGE_HEAD = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Benchmark article</title>
<style>body{font:17px/1.6 Georgia,serif;max-width:720px;margin:24px auto;padding:0 16px;color:#1d1d1f;background:#fbfaf7}</style></head><body>`;

/** An article page whose paragraphs hold at least `minTextChars` characters of text. */
export function articlePage(minTextChars: number, seed = 7): string {
  const random = rng(seed);
  const parts: string[] = [PAGE_HEAD, '<article><h1>Markets live: compute tokens and the rest</h1>'];
  let chars = 0;
  while (chars < minTextChars) {
    const html = paragraph(random);
    parts.push(html);
    chars += html.replace(/<[^>]+>/g, '').length;
  }
  parts.push('<p>Your note: <input value="$ATH note"> <textarea>$TAO in a textarea</textarea></p></article></body></html>');
  return parts.join('\n');
}

/** A page with an empty feed; `window.appendFeedItems(n)` in the page appends generated items. */
export function feedPage(): string {
  return `${PAGE_HEAD}<main id="feed"></main><script>
(() => {
  let state = 99;
  const random = () => ((state = (state * 1664525 + 1013904223) >>> 0) / 4294967296);
  const subjects = ${JSON.stringify(SUBJECTS)};
  const filler = ${JSON.stringify(FILLER)};
  const pick = (list) => list[Math.floor(random() * list.length)];
  const feed = document.getElementById('feed');
  window.appendFeedItems = (n) => {
    const fragment = document.createDocumentFragment();
    for (let i = 0; i < n; i++) {
      const item = document.createElement('article');
      const who = document.createElement('strong');
      who.textContent = '@reader' + Math.floor(random() * 1000);
      const text = document.createElement('p');
      text.textContent = pick(subjects) + ' and ' + pick(subjects) + ' on the move. ' + pick(filler).replace('{f}', (random() * 40).toFixed(2));
      item.append(who, text);
      fragment.append(item);
    }
    feed.append(fragment);
  };
})();
</script></body></html>`;
}
