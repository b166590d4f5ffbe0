/**
 * The reader's language (DESIGN.md "Stable hooks", Languages): Chromium started in Spanish or
 * Japanese (LANGUAGE/LANG, Debian's chromium-l10n) shows the popup, the card and the options in
 * that language, with numbers and ages written the local way, while the hook figures
 * (`+3.41%`, `+8.89 pp`) stay as they are.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { launchExtension, type LoadedExtension } from './support/launch';
import { cardTooltip, highlightCount, restPointerOn } from './support/page-helpers';

const CASES = [
  {
    language: 'es',
    popup: ['Media del sector', 'Orden', 'menciones', 'Opciones'],
    card: { label: 'ATH frente a sus sectores', words: ['Actualizado', 'Sector', 'Media'] },
    options: ['Opciones de Sector Lens', 'Sectores seguidos', 'Exportar ajustes'],
  },
  {
    language: 'ja',
    popup: ['セクター平均', '並べ替え', '言及数', 'オプション'],
    card: { label: 'ATH とそのセクターの比較', words: ['に更新', 'セクター', '平均'] },
    options: ['Sector Lens のオプション', 'ウォッチするセクター', '設定をエクスポート'],
  },
];

describe.each(CASES)('Chromium in $language', ({ language, popup: popupWords, card: cardWords, options: optionWords }) => {
  let ext: LoadedExtension | undefined;
  afterEach(async () => {
    await ext?.close();
    ext = undefined;
  });

  it('popup, card and options speak the language; the hook figures stay as they are', async () => {
    ext = await launchExtension({ language });
    await ext.admin('reset');
    expect(await ext.worker.evaluate(() => (globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }).chrome.i18n.getUILanguage())).toMatch(new RegExp(`^${language}`));
    const page = await ext.openPage('demo-article.html');
    await expect.poll(() => highlightCount(page), { timeout: 15_000 }).toBeGreaterThan(0);

    const popup = await ext.openPopup(await ext.tabIdOf(page));
    await popup.locator('[data-sl-coin="aethir"]').waitFor({ timeout: 15_000 });
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe(language);
    const popupText = await popup.locator('main').innerText();
    for (const word of popupWords) expect(popupText, word).toContain(word);
    expect(popupText).not.toContain('Sector average');
    expect(popupText).toMatch(/[+-]\d+\.\d\d%/);
    expect(popupText).toMatch(/[+-]\d+\.\d\d pp/);

    await page.bringToFront();
    await restPointerOn(page, 'ATH');
    const card = cardTooltip(page);
    await expect.poll(() => card.getAttribute('data-sl-state'), { timeout: 15_000 }).toBe('ready');
    expect(await card.getAttribute('aria-label')).toBe(cardWords.label);
    const cardText = await card.innerText();
    for (const word of cardWords.words) expect(cardText.toLowerCase(), word).toContain(word.toLowerCase());
    expect(await card.locator('[data-sl-sector]').first().innerText()).toMatch(/[+-]\d+\.\d\d%[\s\S]*[+-]\d+\.\d\d pp/);

    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.locator('h1').waitFor();
    const optionsText = await options.locator('main').innerText();
    for (const word of optionWords) expect(optionsText, word).toContain(word);
    // Sector names are CoinGecko's, the same in every language (a stable hook of the options page).
    expect(await options.getByRole('checkbox', { name: 'DePIN', exact: true }).count()).toBe(1);
  });
});
