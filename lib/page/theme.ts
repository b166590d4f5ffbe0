/** Light or dark card: follow the page's own background where it has one, else the OS setting. */
function parseRgb(color: string): [number, number, number, number] | null {
  const match = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(color);
  if (!match) return null;
  return [Number(match[1]), Number(match[2]), Number(match[3]), match[4] === undefined ? 1 : Number(match[4])];
}

export function pageTheme(anchor: Element | null, win: Window = window): 'light' | 'dark' {
  for (let element = anchor; element; element = element.parentElement) {
    const rgba = parseRgb(win.getComputedStyle(element).backgroundColor);
    if (rgba && rgba[3] > 0.5) {
      const [r, g, b] = rgba;
      return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? 'dark' : 'light';
    }
  }
  return win.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
