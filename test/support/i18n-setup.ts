/**
 * Unit and integration tests run in node, where fakeBrowser has no i18n: they read the English
 * messages.json through the same substitution rules as the browser (lib/i18n/catalog.ts).
 */
import { catalogFromMessages, useCatalog } from '../../lib/i18n';
import { readLocale } from './locales';

useCatalog(catalogFromMessages(readLocale('en')));
