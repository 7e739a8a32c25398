import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { dropUnusedUtrechtCss, utrechtClassesIn } from '../../scripts/unusedUtrechtCss.mjs';

const run = (css: string, used: string[]) => postcss([dropUnusedUtrechtCss(new Set(used))]).process(css, { from: undefined }).css.replace(/\s+/g, ' ').trim();

describe('the build drops Utrecht CSS for classes the app never uses', () => {
  it('keeps rules for used classes, drops rules for unused modifiers, and trims mixed selector lists', () => {
    const css = '.utrecht-button { color: red } .utrecht-button--danger { color: blue } .utrecht-button:hover, .utrecht-button--busy:hover { color: green } .plain { color: black }';
    expect(run(css, ['utrecht-button'])).toBe('.utrecht-button { color: red } .utrecht-button:hover { color: green } .plain { color: black }');
  });

  it('counts a class built in code from a prefix ending in a dash as used', () => {
    expect(run('.utrecht-heading-2 { margin: 0 }', ['utrecht-heading-'])).toBe('.utrecht-heading-2 { margin: 0 }');
  });

  it('finds the classes the app writes in src/', () => {
    expect(utrechtClassesIn('src')).toContain('utrecht-button--primary-action');
  });
});
