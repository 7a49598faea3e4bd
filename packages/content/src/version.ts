/** A briefing's `version`: plain semver `MAJOR.MINOR.PATCH`, no pre-release or build part. */
export const versionPattern = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/** True for `1.2.3`; false for anything else, `1.2` and `1.2.3-beta` included. */
export function isVersion(text: unknown): text is string {
  return typeof text === 'string' && versionPattern.test(text);
}

/** Below zero when `a` is older than `b`, zero when equal, above zero when newer. */
export function compareVersions(a: string, b: string): number {
  const partsA = a.split('.').map(Number);
  const partsB = b.split('.').map(Number);
  for (let index = 0; index < 3; index++) {
    if (partsA[index] !== partsB[index]) return partsA[index]! - partsB[index]!;
  }
  return 0;
}
