/**
 * WCAG contrast of every rendered text on a surface, measured in the page: each visible text
 * node's computed colour (with the opacity of its ancestors) over its effective background (the
 * background colours of its ancestors, through shadow roots, composited on white), and input
 * placeholders. Screen-reader-only text, disabled controls and unrendered text are left out, as
 * WCAG 1.4.3 leaves them out. Runs inside the page (passed to page.evaluate), so it is one
 * self-contained function.
 */
export interface ContrastSample {
  text: string;
  where: string;
  color: string;
  background: string;
  ratio: number;
  large: boolean;
  pass: boolean;
}

export function auditContrast(rootSelector: string | null): ContrastSample[] {
  type Rgba = [number, number, number, number];
  const parse = (value: string): Rgba | null => {
    const rgb = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(value);
    if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), rgb[4] === undefined ? 1 : Number(rgb[4])];
    const srgb = /color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.e-]+))?\)/.exec(value);
    if (srgb) return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255, srgb[4] === undefined ? 1 : Number(srgb[4])];
    return null;
  };
  const over = (top: Rgba, bottom: Rgba): Rgba => {
    const a = top[3] + bottom[3] * (1 - top[3]);
    if (a === 0) return [0, 0, 0, 0];
    const mix = (i: 0 | 1 | 2) => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / a;
    return [mix(0), mix(1), mix(2), a];
  };
  const luminance = ([r, g, b]: Rgba) => {
    const channel = (c: number) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const hex = ([r, g, b]: Rgba) => `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
  const parentOf = (element: Element): Element | null => element.parentElement ?? ((element.getRootNode() as ShadowRoot).host || null);
  const chain = (element: Element) => {
    const out: Element[] = [];
    for (let at: Element | null = element; at; at = parentOf(at)) out.push(at);
    return out;
  };
  const describe = (element: Element) => {
    const classes = [...element.classList].slice(0, 2).join('.');
    return `${element.tagName.toLowerCase()}${classes ? `.${classes}` : ''}`;
  };
  const hidden = (element: Element) =>
    chain(element).some((at) => {
      const style = getComputedStyle(at);
      if (style.display === 'none' || style.visibility === 'hidden') return true;
      const box = at.getBoundingClientRect();
      return (box.width <= 1 || box.height <= 1) && style.overflow === 'hidden';
    });
  const measure = (element: Element, text: string, colorValue: string): ContrastSample | null => {
    const style = getComputedStyle(element);
    const color = parse(colorValue);
    if (!color) return null;
    let opacity = 1;
    const layers: Rgba[] = [];
    for (const at of chain(element)) {
      const own = getComputedStyle(at);
      opacity *= Number(own.opacity);
      const bg = parse(own.backgroundColor);
      if (bg && bg[3] > 0) layers.push(bg);
    }
    let background: Rgba = [255, 255, 255, 1];
    for (const layer of layers.reverse()) background = over(layer, background);
    const shown = over([color[0], color[1], color[2], color[3] * opacity], background);
    const [light, dark] = [luminance(shown), luminance(background)].sort((a, b) => b - a) as [number, number];
    const ratio = Math.round(((light + 0.05) / (dark + 0.05)) * 100) / 100;
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    return { text: text.trim().slice(0, 32), where: describe(element), color: hex(shown), background: hex(background), ratio, large, pass: ratio >= (large ? 3 : 4.5) };
  };

  const samples: ContrastSample[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const element = (node as Text).parentElement;
      if (!element || !(node as Text).data.trim()) return;
      if (element.closest(':disabled, [aria-disabled="true"], script, style')) return;
      const range = document.createRange();
      range.selectNodeContents(node);
      if (range.getClientRects().length === 0 || hidden(element)) return;
      const sample = measure(element, (node as Text).data, getComputedStyle(element).color);
      if (sample) samples.push(sample);
      return;
    }
    if (node instanceof HTMLInputElement && node.placeholder && !node.value && !hidden(node)) {
      const sample = measure(node, node.placeholder, getComputedStyle(node, '::placeholder').color);
      if (sample) samples.push({ ...sample, where: `${sample.where}::placeholder` });
    }
    if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
    for (const child of node.childNodes) visit(child);
  };
  const root = rootSelector === null ? document.body : document.querySelector(rootSelector)?.shadowRoot ?? document.querySelector(rootSelector);
  if (root) visit(root);
  return samples;
}
