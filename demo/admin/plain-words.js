// The rule set names the field it refuses by its path (`contacts[1].phone.dial`); staff read
// a sentence. The content package's own words are used when it has them (`problemInPlainWords`,
// shared with the release's and the page's warnings); these are the desk's words for a build
// of the package without it, by the last part of the path.
const byField = [
  [/phone(\.(display|dial))?$/, 'The number shown and the number dialled differ, or the number to dial is not a whole phone number (+44 and the number without its first 0, or a three-digit short code such as 999).'],
  [/\.email$/, 'The email address is not a plain address such as name@dudley.gov.uk.'],
  [/\.href$/, 'A web address must start with https:// and hold no spaces.'],
  [/officeHours\.(opens|closes)$/, 'Times are written on the 24-hour clock as HH:MM, such as 09:00 or 17:00.'],
  [/^warningSigns/, 'Each warning sign is one line of plain text, up to the length a one-page leaflet fits, with no hidden or control characters.'],
  [/^shape$/, 'A field is missing or of the wrong kind (a list where text belongs, or the reverse).'],
];

/** The problem at `path` of `briefing` (the value that was checked) in words staff can act on. */
export function plainWordsFor(content, path, briefing) {
  const words = content.problemInPlainWords?.(path, briefing);
  if (words) return words;
  const known = byField.find(([pattern]) => pattern.test(path));
  return known ? known[1] : `This value breaks a rule of the leaflet's data (${path}): plain text only, no hidden characters, and not too long.`;
}
