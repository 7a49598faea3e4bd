// `npm run content:review -- --base <git ref> [--summary <file>]`: what readers will see, part by
// part, before and after a change to the data file (packages/content/data/cse.json), for the
// person who approves it. For the pull-request check (the workflow appends the output to the
// job's summary: --summary "$GITHUB_STEP_SUMMARY"), and for anyone at a terminal.
//
// Before is the data file at <base> (the pull request's target, such as origin/main); after is
// the file in the working tree. Each part (report-it, warning signs, contacts, the whole
// briefing) is rendered by the content package's own static renderer, the text of the
// script-free pages (every number with the number it dials), then compared line by line. The
// after file is checked with the one rule set (the page's and the release's); a refusal is
// said in plain words and the command fails, so the check goes red.
//
// It reads the built content package (npm run build) for the renderer and the rules.
import { execFileSync } from 'node:child_process';
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { plainWordsFor } from '../demo/admin/plain-words.js';
import { repositoryRoot as root } from './site/config.mjs';

export const dataFile = 'packages/content/data/cse.json';

/** The parts a partner can embed, each with what staff call it. */
const parts = [
  ['safer-seven-report-it', 'Report it (point 7)'],
  ['safer-seven-warning-signs', 'Warning signs (point 5)'],
  ['safer-seven-contacts', 'Where to get help (point 6, contacts)'],
  ['safer-seven-briefing', 'The whole briefing'],
];

const entities = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: ' ' };

/**
 * The static HTML of a part as the lines a reader reads: one block a line, list items with a
 * dash, every phone link with the number it dials and every web link with its address, so a
 * reviewer sees a shown number that dials another.
 */
export function readersText(html) {
  return html
    .replace(/<a [^>]*href="tel:([^"]*)"[^>]*>([\s\S]*?)<\/a>/g, (_match, dial, shown) => `${shown} [dials ${dial}]`)
    .replace(/<a [^>]*href="mailto:([^"]*)"[^>]*>([\s\S]*?)<\/a>/g, (_match, address, shown) => `${shown} [emails ${address}]`)
    .replace(/<a [^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g, (_match, href, shown) => `${shown} [${href}]`)
    .replace(/<li[^>]*>/g, '\n- ')
    .replace(/<h([1-6])[^>]*>/g, (_match, level) => `\n${'#'.repeat(Number(level))} `)
    .replace(/<\/(p|h[1-6]|li|ul|ol|section|div)>|<(p|ul|ol|section|div)[^>]*>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#?\w+);/g, (match, name) => entities[name] ?? match)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** A line diff (longest common subsequence): each line with ' ', '-' or '+'. */
export function lineDiff(before, after) {
  const table = Array.from({ length: before.length + 1 }, () => new Array(after.length + 1).fill(0));
  for (let i = before.length - 1; i >= 0; i--) {
    for (let j = after.length - 1; j >= 0; j--) {
      table[i][j] = before[i] === after[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  const lines = [];
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    if (i < before.length && j < after.length && before[i] === after[j]) lines.push(`  ${before[i++]}`), j++;
    else if (i < before.length && (j === after.length || table[i + 1][j] >= table[i][j + 1])) lines.push(`- ${before[i++]}`);
    else lines.push(`+ ${after[j++]}`);
  }
  return lines;
}

/** Every field that differs, as `path: before -> after`. */
export function changedFields(before, after, path = '') {
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  if (before && after && typeof before === 'object' && typeof after === 'object' && Array.isArray(before) === Array.isArray(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((key) => changedFields(before[key], after[key], Array.isArray(before) ? `${path}[${key}]` : path ? `${path}.${key}` : key));
  }
  return [`${path}: ${JSON.stringify(before) ?? '(none)'} -> ${JSON.stringify(after) ?? '(none)'}`];
}

/** The review as Markdown, and whether the rules pass the new data. */
export function review({ content, before, after, base }) {
  const checked = { ...after, expires: new Date(Date.now() + 86_400_000).toISOString() };
  const problem = content.briefingProblem(checked, content.cse, content.releaseRules);
  const lines = [`## What readers will see: ${dataFile}, against ${base}`, ''];
  lines.push(problem ? `**Refused by the rules:** ${plainWordsFor(content, problem, checked)} (field \`${problem}\`). This change cannot be released as it is.` : 'The rules (the page\'s and the release\'s) pass it.', '');
  const fields = changedFields(before, after);
  lines.push('### Changed fields', '', ...(fields.length ? fields.map((field) => `- \`${field}\``) : ['No field changed.']), '');
  for (const [tag, title] of parts) {
    const was = readersText(content.staticTagHtml(before, tag, { headingLevel: 4 }));
    const now = readersText(content.staticTagHtml(after, tag, { headingLevel: 4 }));
    lines.push(`### ${title}`, '');
    if (was.join('\n') === now.join('\n')) {
      lines.push('No change.', '');
      continue;
    }
    lines.push('Before (`-`) and after (`+`), as a reader reads it:', '', '```diff', ...lineDiff(was, now), '```', '');
  }
  return { markdown: lines.join('\n'), ok: !problem };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { base: { type: 'string' }, summary: { type: 'string' } } });
  if (!values.base) {
    console.error('content:review: say what to compare with: npm run content:review -- --base origin/main');
    process.exit(2);
  }
  const content = await import(pathToFileURL(join(root, 'packages/content/dist/index.js')).href);
  const after = JSON.parse(readFileSync(join(root, dataFile), 'utf8'));
  let before;
  try {
    before = JSON.parse(execFileSync('git', ['show', `${values.base}:${dataFile}`], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
  } catch {
    // The base predates the data file (or is not fetched): the parts as they will be, unchanged.
    console.log(`(${dataFile} is not at ${values.base}: each part is shown as it will be.)\n`);
    before = after;
  }
  const { markdown, ok } = review({ content, before, after, base: values.base });
  console.log(markdown);
  if (values.summary) appendFileSync(values.summary, `${markdown}\n`);
  if (!ok) process.exitCode = 1;
}
