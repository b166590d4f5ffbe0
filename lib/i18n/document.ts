/** An extension page in the reader's language: `<html lang>` (fonts, hyphenation, screen readers) and its title. */
import { t, uiLocale, type MessageKey } from './index';

export function localizeDocument(doc: Document, title: MessageKey): void {
  doc.documentElement.lang = uiLocale();
  doc.title = t(title);
}
