import { defineWebExtConfig } from 'wxt';

// `wxt dev` would try to open a browser window; on a machine without a display it cannot, so the
// demo script (scripts/demo.mjs) starts the browser itself and web-ext's runner stays off.
export default defineWebExtConfig({
  disabled: !process.env.DISPLAY,
});
