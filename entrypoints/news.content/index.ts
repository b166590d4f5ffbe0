import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContentScript } from '../../lib/page/content-main';
// The painter's look, added by the browser as the page loads (see painter.css).
import '../../lib/page/painter.css';

export default defineContentScript({
  // `matches`: the default sites (lib/sites/default-sites.ts), set in wxt.config.ts at build time,
  // so their table stays out of the script every tab runs.
  runAt: 'document_idle',
  main: (ctx) => startContentScript(ctx),
});
