/**
 * Client-side navigation (an SPA swapping the article without a page load): `onChange` runs when
 * the page's address changes. Where the Navigation API exists (Chromium), it tells us as a
 * navigation starts; elsewhere the address is compared once a second (as WXT's watcher did). Stops with the signal.
 */
interface NavigationTarget {
  addEventListener(type: 'navigate', listener: (event: { destination: { url: string } }) => void, options: AddEventListenerOptions): void;
}

/** What is watched: the window's address and, where it exists, its Navigation API. */
export interface LocationSource {
  readonly location: { readonly href: string };
  readonly navigation?: NavigationTarget;
}

const POLL_MS = 1000;

export function watchLocation(onChange: () => void, signal: AbortSignal, win: LocationSource = window): void {
  let last = win.location.href;
  const moved = (href: string) => {
    if (href === last || signal.aborted) return;
    last = href;
    onChange();
  };
  if (typeof win.navigation?.addEventListener === 'function') {
    win.navigation.addEventListener('navigate', (event) => moved(event.destination.url), { signal });
  } else {
    const timer = setInterval(() => moved(win.location.href), POLL_MS);
    signal.addEventListener('abort', () => clearInterval(timer));
  }
}
