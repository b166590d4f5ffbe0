/** Things a person does on a page, done through real input events. */
import type { Locator, Page } from 'playwright-core';

/** Centre of the n-th occurrence of `word` in the page's visible text (outside form fields). */
export async function wordPosition(page: Page, word: string, occurrence = 0): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ({ word, occurrence }) => {
      // Walk childNodes by hand: a hostile test page breaks document.createTreeWalker.
      const texts: Text[] = [];
      const stack: Node[] = [document.body];
      while (stack.length) {
        const node = stack.pop() as Node;
        if (node.nodeType === 3) texts.push(node as Text);
        else if (!['SCRIPT', 'STYLE', 'INPUT', 'TEXTAREA'].includes((node as Element).tagName)) {
          for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i] as Node);
        }
      }
      let seen = 0;
      for (const text of texts) {
        const re = new RegExp(`(?<![A-Za-z0-9])${word}(?![A-Za-z0-9])`, 'g');
        for (const match of text.data.matchAll(re)) {
          if (seen++ !== occurrence) continue;
          const range = document.createRange();
          range.setStart(text, match.index);
          range.setEnd(text, match.index + word.length);
          const rect = range.getBoundingClientRect();
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
      }
      return null;
    },
    { word, occurrence },
  );
  if (!point) throw new Error(`"${word}" #${occurrence} not on the page`);
  return point;
}

/** Move the pointer onto a word like a person would (a few steps, then rest). */
export async function restPointerOn(page: Page, word: string, occurrence = 0): Promise<void> {
  const { x, y } = await wordPosition(page, word, occurrence);
  await page.mouse.move(x - 40, y - 30);
  await page.mouse.move(x, y, { steps: 6 });
}

/** The card (a non-modal dialog), inside the open shadow root of <sector-lens-card>. */
export function cardTooltip(page: Page): Locator {
  return page.locator('sector-lens-card [role="dialog"]');
}

export async function highlightCount(page: Page): Promise<number> {
  return page.evaluate(() => CSS.highlights.get('sector-lens')?.size ?? 0);
}
