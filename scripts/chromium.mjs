// How every tool in this repository starts Debian's Chromium (tests, bench, screenshots, e2e):
// root needs --no-sandbox, and this machine's closed network needs the background traffic off.
export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  // No throttling of a tab's timers or rendering, whatever Chromium thinks of its visibility.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];
