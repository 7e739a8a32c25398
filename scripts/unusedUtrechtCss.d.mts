import type { Plugin } from 'postcss';

export function utrechtClassesIn(dir: string): Set<string>;
export function dropUnusedUtrechtCss(used: Set<string>): Plugin;
