/** The app's own stylesheets hold no rule for a class nothing writes (Utrecht's are trimmed at build). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const STYLES = 'src/styles';

function codeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return codeFiles(path);
    return /\.(tsx?|html)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const css = readdirSync(STYLES)
  .filter((name) => name.endsWith('.css'))
  .map((name) => readFileSync(join(STYLES, name), 'utf8').replace(/\/\*[\s\S]*?\*\//g, ''))
  .join('\n');
const ownClasses = [...new Set([...css.matchAll(/\.(-?[a-z][\w-]*)/g)].map((match) => match[1]!))].filter((name) => !name.startsWith('utrecht-'));
const code = [...codeFiles('src'), 'index.html'].map((file) => readFileSync(file, 'utf8')).join('\n');

describe('own CSS classes', () => {
  it('finds the classes of src/styles', () => expect(ownClasses.length).toBeGreaterThan(20));

  // A modifier may be built from data: `scheme-card--${outcome.verdict}` writes .scheme-card--likely.
  it.each(ownClasses)('.%s is written somewhere in src/ or index.html', (name) => {
    const block = name.split('--')[0];
    const written = new RegExp(`(?<![\\w-])${name}(?![\\w-])`).test(code) || (name.includes('--') && code.includes(`${block}--\${`));
    expect(written).toBe(true);
  });
});
