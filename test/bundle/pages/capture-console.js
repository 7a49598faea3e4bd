// Loaded first by every bundle test page, as a file so that the strict-CSP page allows it
// ('self'). It records what the page says, for the test in the parent frame to read:
// console warnings and errors, uncaught errors and rejections, resources that failed to load,
// and every Content-Security-Policy or Trusted Types violation. Nothing is forwarded to the
// real console: a passing run stays quiet, and a failing test prints what it found.
(function recordWhatThePageSays() {
  const log = { warnings: [], errors: [], violations: [], failedLoads: [] };
  window.bundleTestLog = log;

  const describe = (values) => values.map((value) => (value instanceof Error ? value.message : String(value))).join(' ');
  console.warn = (...values) => log.warnings.push(describe(values));
  console.error = (...values) => log.errors.push(describe(values));

  // Capture phase: a <script> that fails to load fires `error` on itself, not on window.
  window.addEventListener(
    'error',
    (event) => {
      const target = event.target;
      if (target && target !== window && 'src' in target) log.failedLoads.push(target.src);
      else log.errors.push(`uncaught: ${event.message}`);
    },
    true,
  );
  window.addEventListener('unhandledrejection', (event) => log.errors.push(`unhandled rejection: ${describe([event.reason])}`));

  // Each violation fires this event (inline script or style, a blocked URL, a Trusted Types
  // sink or policy). It is composed, so one listener also hears violations in shadow roots.
  const recordViolation = (directive, blocked) => log.violations.push(`${directive} blocked ${blocked || '(inline)'}`);
  document.addEventListener('securitypolicyviolation', (event) => recordViolation(event.effectiveDirective, event.blockedURI), true);

  // A second witness: the Reporting API hands over violations too, including any buffered
  // before this script ran.
  if (typeof ReportingObserver === 'function') {
    const observer = new ReportingObserver(
      (reports) => {
        for (const report of reports) recordViolation(`${report.body.effectiveDirective} (report)`, report.body.blockedURL);
      },
      { types: ['csp-violation'], buffered: true },
    );
    observer.observe();
    log.takeReports = () => {
      for (const report of observer.takeRecords()) recordViolation(`${report.body.effectiveDirective} (report)`, report.body.blockedURL);
    };
  }
})();
