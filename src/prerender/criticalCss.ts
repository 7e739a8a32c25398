/**
 * The critical CSS of a prerendered page (issue 16): the rules of the app's stylesheet that can
 * apply to an element of that page, inlined in its <head> so it paints without waiting for the
 * stylesheet. A rule is kept when its selector, without pseudo-classes and pseudo-elements, matches
 * an element: so :hover, :focus-visible, ::before and the like of the elements on the page come
 * along, and the page looks the same before and after the whole stylesheet arrives (no layout shift,
 * no flash). Custom properties nothing in the kept rules reads are dropped: the design tokens are
 * most of the stylesheet. Build time only (jsdom and postcss are development dependencies).
 */
import { createHash } from 'node:crypto';
import { JSDOM } from 'jsdom';
import postcss, { type AtRule, type Container, type Rule } from 'postcss';

// A pseudo-class or pseudo-element with its argument, one level of nested parentheses deep.
const PSEUDO = /::?[a-zA-Z-]+(?:\((?:[^()]|\([^()]*\))*\))?/g;
const WHOLE_IS = /^:(?:is|where)\(((?:[^()]|\([^()]*\))*)\)$/;
const TRAILING_COMBINATOR = /[>+~]\s*$/;

function matchesSomething(document: Document, selector: string): boolean {
  const alternatives = WHOLE_IS.exec(selector.trim())?.[1]?.split(',') ?? [selector];
  return alternatives.some((alternative) => {
    const structural = alternative.replace(PSEUDO, '').trim().replace(TRAILING_COMBINATOR, '').trim() || '*';
    try {
      return document.querySelector(structural) !== null;
    } catch {
      // A selector jsdom cannot read is kept: too much CSS costs bytes, too little a flash.
      return true;
    }
  });
}

const isKeyframes = (node: Container) => node.type === 'atrule' && /keyframes$/.test((node as AtRule).name);

function dropEmpty(root: Container): void {
  root.walk((node) => {
    if ((node.type === 'rule' || node.type === 'atrule') && 'nodes' in node && node.nodes?.length === 0) node.remove();
  });
}

/** Drops `--name:` declarations until every one left is read by a var() of the kept CSS. */
function dropUnreadCustomProperties(root: postcss.Root): void {
  for (;;) {
    const read = new Set([...root.toString().matchAll(/var\(\s*(--[\w-]+)/g)].map((match) => match[1]));
    let dropped = 0;
    root.walkDecls(/^--/, (declaration) => {
      if (read.has(declaration.prop)) return;
      declaration.remove();
      dropped += 1;
    });
    dropEmpty(root);
    if (dropped === 0) return;
  }
}

/** The rules of `css` that can apply to the page `html`, as minified as `css` is. */
export function criticalCss(css: string, html: string): string {
  const { document } = new JSDOM(html).window;
  const root = postcss.parse(css);
  root.walkRules((rule: Rule) => {
    if (rule.parent && isKeyframes(rule.parent as Container)) return;
    if (!rule.selectors.some((selector) => matchesSomething(document, selector))) rule.remove();
  });
  dropEmpty(root);
  dropUnreadCustomProperties(root);
  return root.toString();
}

/** The CSP source that allows exactly this inline <style>'s text. */
export function styleHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}
