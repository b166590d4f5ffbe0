/**
 * A translated sentence with an element inside it ("Sector Lens is not running on **example.com**."):
 * the message is asked for with SLOT as the substitution, and the element goes where the
 * translation put it — word order stays the translator's.
 */
import type { ComponentChildren } from 'preact';

export const SLOT = '\u{E000}';

export function FillSlot({ text, children }: { text: string; children: ComponentChildren }) {
  const at = text.indexOf(SLOT);
  if (at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      {children}
      {text.slice(at + SLOT.length)}
    </>
  );
}
