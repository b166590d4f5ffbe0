/**
 * Which elements' text may be scanned on this page: the rules every site shares (skip-rules.ts)
 * plus the site profile's scan roots and skipped subtrees. Judged per element, across open
 * shadow-root boundaries (a shadow root's host is its parent here), and remembered per walk.
 */
import type { SiteProfile } from './site-profile';
import { GENERIC_PROFILE, siteScope } from './site-profile';
import { isSkippedElement } from './skip-rules';

export interface ScanScope {
  /** The profile's skip selectors, joined; null when it has none. */
  readonly skipSelector: string | null;
  /** The profile's root selectors, joined; null when the whole document is scanned. */
  readonly rootSelector: string | null;
  /** Open shadow roots are walked, painted and watched. */
  readonly shadowRoots: boolean;
}

export function scanScopeOf(profile: SiteProfile): ScanScope {
  const { skip, roots } = siteScope(profile);
  return {
    skipSelector: skip.length > 0 ? skip.join(', ') : null,
    rootSelector: roots.length > 0 ? roots.join(', ') : null,
    shadowRoots: profile.shadowRoots,
  };
}

export const GENERIC_SCOPE: ScanScope = scanScopeOf(GENERIC_PROFILE);

/** True when nothing inside this element may be scanned on this site. */
export function skipsElement(scope: ScanScope, element: Element): boolean {
  return isSkippedElement(element) || (scope.skipSelector !== null && element.matches(scope.skipSelector));
}

/** The parent element, or the host when the node is at the top of a shadow root. */
export function containerOf(node: Node): Element | null {
  const parent = node.parentNode;
  if (parent === null) return null;
  if (parent.nodeType === Node.ELEMENT_NODE) return parent as Element;
  return parent.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? ((parent as ShadowRoot).host ?? null) : null;
}

/** An element's standing: scanned; skipped (it or an ancestor); or not yet inside a scan root. */
const SCANNED = 0;
const SKIPPED = 1;
const OUTSIDE = 2;
type Standing = typeof SCANNED | typeof SKIPPED | typeof OUTSIDE;

/** Remembers, for one walk, each element's standing; each element is judged once. */
export class ScopeMemo {
  private readonly known = new Map<Element, Standing>();
  /** The elements not yet judged on the way up, reused from call to call (one judged per new
   * element of a page: no list each time). */
  private readonly unknown: Element[] = [];

  constructor(private readonly scope: ScanScope) {}

  /** True when text directly inside this element is scanned. */
  scanned(element: Element | null): boolean {
    return element !== null && this.standing(element) === SCANNED;
  }

  /** True when nothing at or under this element can be scanned, shadow roots included. */
  skipped(element: Element): boolean {
    return this.standing(element) === SKIPPED;
  }

  /** Iterative, not recursive: a hostile page nests 100,000 elements deep. */
  private standing(element: Element): Standing {
    // Most text nodes sit in an element judged already: no list for those.
    const known = this.known.get(element);
    if (known !== undefined) return known;
    const unknown = this.unknown;
    unknown.length = 0;
    let above: Standing = this.scope.rootSelector === null ? SCANNED : OUTSIDE;
    for (let current: Element | null = element; current; current = containerOf(current)) {
      const cached = this.known.get(current);
      if (cached !== undefined) {
        above = cached;
        break;
      }
      unknown.push(current);
    }
    // Down from the highest unknown element to the one asked about.
    for (let i = unknown.length - 1; i >= 0; i--) {
      const el = unknown[i] as Element;
      if (above !== SKIPPED) {
        if (skipsElement(this.scope, el)) above = SKIPPED;
        else if (above === OUTSIDE && el.matches(this.scope.rootSelector as string)) above = SCANNED;
      }
      this.known.set(el, above);
    }
    unknown.length = 0;
    return above;
  }
}

/** True when a node (a mutation's target or added subtree) sits where this site is not scanned. */
export function outOfScope(scope: ScanScope, node: Node): boolean {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : containerOf(node);
  if (!element) return true;
  const memo = new ScopeMemo(scope);
  // An added element outside every scan root may still hold one (a whole new page of an SPA).
  if (scope.rootSelector !== null && node.nodeType === Node.ELEMENT_NODE && !memo.skipped(element)) {
    return !memo.scanned(element) && element.querySelector(scope.rootSelector) === null && !(scope.shadowRoots && element.shadowRoot);
  }
  return !memo.scanned(element);
}
