// The part of jsdom (a development dependency, without bundled types) that criticalCss.ts uses.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html: string);
    readonly window: { document: Document };
  }
}
