// `npm test`, before the markup test (test/node/valid-markup.test.mjs): make sure there is a
// Java to run the W3C Nu HTML checker (vnu-jar, from npm) with. `JAVA_HOME`'s java, or `java`
// on the PATH; when there is none: Debian's `default-jre-headless` (OpenJDK, no GUI libraries,
// about 45 MB to download), installed if it can (root with apt-get, as in CI), and otherwise one
// instruction, as ensure-wordpress.mjs does for WordPress.
import { execFileSync, execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const debianPackage = 'default-jre-headless';

/** The java command to run, or undefined when none runs. */
export function findJava(env = process.env) {
  const candidates = [env.JAVA_HOME && join(env.JAVA_HOME, 'bin', 'java'), 'java'].filter(Boolean);
  for (const java of candidates) {
    try {
      execFileSync(java, ['-version'], { stdio: 'ignore' });
      return java;
    } catch {
      // Not there, or not runnable: try the next.
    }
  }
  return undefined;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  let java = findJava();
  if (!java) {
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    if (isRoot && existsSync('/usr/bin/apt-get')) {
      console.log(`No Java for the W3C markup checker: installing Debian's ${debianPackage} (apt-get install)...`);
      execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${debianPackage}`, {
        stdio: 'inherit',
      });
      java = findJava();
    }
  }
  if (!java) {
    console.error(
      `The markup test runs the W3C Nu HTML checker (vnu-jar), which needs Java 11 or later. Install it ` +
        `(Debian/Ubuntu: sudo apt-get install ${debianPackage}) or set JAVA_HOME, then run npm test again.`,
    );
    process.exit(1);
  }
  console.log(`Markup test uses ${java === 'java' ? 'java from the PATH' : java}`);
}
