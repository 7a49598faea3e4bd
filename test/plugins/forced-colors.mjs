// A web-test-runner command that turns forced-colors mode (Windows High Contrast) on and off.
// @web/test-runner-commands' emulateMedia cannot: puppeteer accepts only a few media
// features, so this asks Chromium through the DevTools protocol directly.
const sessions = new WeakMap();

export function forcedColorsPlugin() {
  return {
    name: 'safer-seven-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer') {
        throw new Error(`emulate-forced-colors needs Chromium through puppeteer, not ${session.browser.type}`);
      }
      const page = session.browser.getPage(session.id);
      let devtools = sessions.get(page);
      if (!devtools) {
        devtools = await page.createCDPSession();
        sessions.set(page, devtools);
      }
      const value = payload?.active ? 'active' : 'none';
      await devtools.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }] });
      return true;
    },
  };
}
