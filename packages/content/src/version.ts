/** A briefing's `version`: plain semver `MAJOR.MINOR.PATCH`, no pre-release or build part. */
export const versionPattern = /^(0|[1-9]\d*)(\.(0|[1-9]\d*)){2}$/;

/** True for `1.2.3`; false for anything else, `1.2` and `1.2.3-beta` included. */
export function isVersion(text: unknown): text is string {
  return typeof text === 'string' && versionPattern.test(text);
}

/** Below zero when `a` is older than `b`, zero when equal, above zero when newer. */
export function compareVersions(a: string, b: string): number {
  const partsA = a.split('.').map(Number);
  const partsB = b.split('.').map(Number);
  // NaN for a part that is not a number or is missing, as `verifyUpdate` relies on.
  return [0, 1, 2].map((index) => partsA[index]! - partsB[index]!).find((difference) => difference !== 0) ?? 0;
}
