// Loaded before the bundle by updates-refused.html: every AbortSignal.timeout lasts one second,
// so that the test server's slow file times out without a ten-second wait.
(function shortenTimeouts() {
  const timeout = AbortSignal.timeout.bind(AbortSignal);
  AbortSignal.timeout = () => timeout(1000);
})();
