import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { criticalCss, styleHash } from './criticalCss';

const PAGE = `<!doctype html><html class="theme" dir="rtl"><body><div id="root"><header class="page-header"><a class="skip-link" href="#main">x</a></header>
<main id="main"><button class="button button--primary">Start</button><div class="callout"><p>x</p></div></main></div></body></html>`;

describe('the critical CSS of a prerendered page (issue 16: paint before the stylesheet)', () => {
  it('keeps the rules that apply to an element of the page and drops the others', () => {
    const css = '.page-header{color:red}.results{color:blue}.button--primary{color:green}.button--danger{color:black}';
    expect(criticalCss(css, PAGE)).toBe('.page-header{color:red}.button--primary{color:green}');
  });

  it('keeps the states and pseudo-elements of elements on the page, so focus and hover look the same before the stylesheet', () => {
    const css = '.skip-link:focus{top:0}:focus-visible{outline:2px solid}.button::before{content:""}.checkbox:checked{color:red}.callout>:last-child{margin:0}';
    expect(criticalCss(css, PAGE)).toBe('.skip-link:focus{top:0}:focus-visible{outline:2px solid}.button::before{content:""}.callout>:last-child{margin:0}');
  });

  it('keeps a rule of :is() alternatives when one of them is on the page, and the direction the page is written in', () => {
    const css = ':is(.textbox:user-invalid,.textbox[aria-invalid=true]){color:red}:is(.button:hover,.callout){color:blue}[dir=rtl] .callout{margin:0}[dir=ltr] .callout{margin:1px}';
    expect(criticalCss(css, PAGE)).toBe(':is(.button:hover,.callout){color:blue}[dir=rtl] .callout{margin:0}');
  });

  it('keeps @media blocks with a rule for the page, drops empty ones', () => {
    const css = '@media (min-width:40em){.page-header{padding:1rem}.results{padding:0}}@media print{.results{display:none}}';
    expect(criticalCss(css, PAGE)).toBe('@media (min-width:40em){.page-header{padding:1rem}}');
  });

  it('drops design tokens that no kept rule reads, also through other tokens, and keeps those that are read', () => {
    const css = '.theme{--blue:#005383;--link:var(--blue);--red:#c00;--danger:var(--red)}.page-header{color:var(--link)}.results{color:var(--danger)}';
    expect(criticalCss(css, PAGE)).toBe('.theme{--blue:#005383;--link:var(--blue)}.page-header{color:var(--link)}');
  });

  it("hashes an inline style's text the way CSP level 2 does (sha256 of its UTF-8, base64)", () => {
    const text = '.page-header{color:red}';
    expect(styleHash(text)).toBe(`'sha256-${createHash('sha256').update(text).digest('base64')}'`);
    expect(styleHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });
});
