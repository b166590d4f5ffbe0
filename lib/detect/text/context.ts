/**
 * Questions about the text around a token. Each looks at a bounded window, so the detector
 * stays linear in the text length.
 */
const OPENERS = new Set(['"', "'", '“', '‘', '(', '[', '*', '-', '•', '–', '—', '>', '#']);

/** True when the token begins a sentence, a line or the text: its capital proves nothing. */
export function isSentenceStart(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || OPENERS.has(text[i] ?? ''))) i--;
  if (i < 0) return true;
  return /[.!?:;\n\r]/.test(text[i] ?? '');
}

/** True when most letters near the token are capitals ("SEC APPROVES SPOT ETH ETFS — MOVE …"). */
export function isShouting(text: string, start: number, end: number): boolean {
  const around = text.slice(Math.max(0, start - 40), start) + text.slice(end, end + 40);
  let upper = 0;
  let letters = 0;
  for (const char of around) {
    if (char >= 'A' && char <= 'Z') upper++;
    else if (char < 'a' || char > 'z') continue;
    letters++;
  }
  return letters >= 12 && upper / letters > 0.8;
}

/** True in a Title Case line ("Bitcoin Trades Near Record High as Investors Render Verdict"). */
export function isTitleCase(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start) + 1;
  const newline = text.indexOf('\n', end);
  const lineEnd = newline === -1 ? text.length : newline;
  const line = text.slice(Math.max(lineStart, start - 120), Math.min(lineEnd, end + 120));
  const words = line.match(/\p{L}{4,}/gu) ?? [];
  if (words.length < 4) return false;
  const capitalised = words.filter((word) => word[0] !== undefined && word[0] !== word[0].toLowerCase()).length;
  return capitalised / words.length >= 0.75;
}

// "ATH rose 11%", "Render rose 2%", "SOL is up 4.5%", "NEAR jumped 7% after …"
const PRICE_MOVE_AFTER =
  /(?:['’]s)?(?:\s+(?:token|price|coin))?(?:\s+(?:was|is|has|had|also))?\s+(?:rose|rises|gained|gains|added|adds|jumped|jumps|slipped|slips|dropped|drops|climbed|climbs|surged|surges|rallied|rallies|soared|soars|plunged|plunges|sank|sinks|lost|loses|tumbled|tumbles|dipped|dips|declined|declines|fell|falls|advanced|up|down|spiked|slid)\b[^.\n]{0,24}?\d[\d.,]*\s?(?:%|percent)/iy;

// "Render jumped on the news", "Helium slid": a market verb straight after, no figure.
const PRICE_VERB_AFTER = /(?:['’]s)?(?:\s+(?:token|price|coin))?\s+(?:rose|gained|jumped|slipped|dropped|climbed|surged|rallied|soared|plunged|sank|tumbled|dipped|declined|fell|advanced|spiked|slid|rebounded|outperformed|underperformed)\b/iy;

/** True when a market verb follows the word (weaker than a move with a figure). */
export function isPriceVerbAfter(text: string, end: number): boolean {
  PRICE_VERB_AFTER.lastIndex = end;
  return PRICE_VERB_AFTER.test(text);
}

/** True when the words right after the token report a price move. */
export function isPriceMoveAfter(text: string, end: number): boolean {
  PRICE_MOVE_AFTER.lastIndex = end;
  return PRICE_MOVE_AFTER.test(text);
}

const LIST_GAP = /^(?:\s*[,&/]\s*(?:and\s+|or\s+)?|\s+(?:and|or|vs\.?|versus|&)\s+)$/;

/** True when two spans are neighbours in a list ("Render, Akash and Bittensor"). */
export function isListGap(gap: string): boolean {
  return gap.length <= 8 && LIST_GAP.test(gap);
}
