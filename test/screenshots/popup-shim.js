// For screenshots only (see popup-shots.ts): bends one browser call in the popup page before it
// loads. Plain JavaScript on purpose: it is injected as text, untouched by any TypeScript build.
// Chromium may be called callback-style (webextension-polyfill) or promise-style, so every bent
// call handles both.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- called by the text popupShimScript appends
function installPopupShim(shim) {
  const api = globalThis.chrome;
  const bend = (target, name, change, mapReply) => {
    const real = target[name].bind(target);
    target[name] = (...args) => {
      const callback = typeof args.at(-1) === 'function' ? args.pop() : undefined;
      const changed = change(args);
      if (callback) return real(...changed, (reply) => callback(mapReply(reply, args)));
      return real(...changed).then((reply) => mapReply(reply, args));
    };
  };
  const same = (args) => args;
  if (shim.tabUrl) bend(api.tabs, 'get', same, (tab) => (tab && typeof tab === 'object' ? { ...tab, url: shim.tabUrl } : tab));
  // A tab id that cannot exist: Chrome answers with the same kind of error as a tab without our script.
  if (shim.noContentScript) bend(api.tabs, 'sendMessage', (args) => [2 ** 31 - 1, ...args.slice(1)], (reply) => reply);
  if (shim.pageNeverAnswers) api.tabs.sendMessage = () => new Promise(() => undefined);
  if (shim.offline) {
    bend(api.runtime, 'sendMessage', same, (reply, args) => {
      if (args[0]?.name !== 'views.get' || !reply || typeof reply !== 'object') return reply;
      const views = (reply.views ?? []).map((view) => ({ ...view, stale: true, asOf: Date.now() - 7 * 60_000 }));
      return { ...reply, views, error: { kind: 'offline', message: 'Could not reach CoinGecko' } };
    });
  }
}
