/**
 * A PostCSS plugin for the build: drops the NL Design System (Utrecht) CSS rules written for
 * modifiers this app never uses (danger, busy, pressed, readonly, …). The Utrecht packages ship
 * every variant of a component; about a third of the stylesheet was never applied, and every byte
 * counts against the precache budget. "Used" means the class name appears in `src/`, as a whole
 * or, for names built in code such as `utrecht-heading-${level}`, as a prefix ending in a dash.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const CLASS = /utrecht-[a-z0-9_-]+/g;

/** Every `utrecht-…` class name written in the source files under `dir`. */
export function utrechtClassesIn(dir) {
  const found = new Set();
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) for (const c of utrechtClassesIn(path)) found.add(c);
    else if (/\.(tsx?|html)$/.test(name)) for (const c of readFileSync(path, 'utf8').match(CLASS) ?? []) found.add(c);
  }
  return found;
}

/** @param {Set<string>} used */
export function dropUnusedUtrechtCss(used) {
  const prefixes = [...used].filter((name) => name.endsWith('-'));
  const isUsed = (name) => used.has(name) || prefixes.some((prefix) => name.startsWith(prefix));
  return {
    postcssPlugin: 'drop-unused-utrecht-css',
    Once(root) {
      root.walkRules((rule) => {
        if (rule.parent?.type === 'atrule' && /keyframes$/.test(rule.parent.name)) return;
        const kept = rule.selectors.filter((selector) => (selector.match(/\.utrecht-[a-z0-9_-]+/g) ?? []).every((c) => isUsed(c.slice(1))));
        if (kept.length === 0) rule.remove();
        else if (kept.length < rule.selectors.length) rule.selectors = kept;
      });
    },
  };
}
