import { defineContentScript } from 'wxt/utils/define-content-script';
import { defaultSiteMatches } from '../../lib/sites/default-sites';
import { startContentScript } from '../../lib/page/content-main';
// The painter's look, added by the browser as the page loads (see painter.css).
import '../../lib/page/painter.css';

export default defineContentScript({
  matches: defaultSiteMatches(),
  runAt: 'document_idle',
  main: (ctx) => startContentScript(ctx),
});
