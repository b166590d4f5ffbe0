import { defineContentScript } from 'wxt/utils/define-content-script';
import { defaultSiteMatches } from '../../lib/sites/default-sites';
import { startContentScript } from '../../lib/page/content-main';

export default defineContentScript({
  matches: defaultSiteMatches(),
  runAt: 'document_idle',
  main: (ctx) => startContentScript(ctx),
});
