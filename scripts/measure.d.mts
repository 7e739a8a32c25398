/** Types for scripts/measure.mjs, so the TypeScript tests can import it. */
export type FileSizes = { raw: number; gzip: number; brotli: number };
export type Total = FileSizes & { files: (FileSizes & { file: string })[] };
export type Sizes = { dir: string; initialJs: Total; initialCss: Total; precache: Total; screens: Total; languages: Record<string, Total>; kioskTenLanguagesRaw: number };
export type BudgetCheck = { name: string; actual: number; limit: number; ok: boolean };

export declare const BUDGETS: { readonly initialJsGzip: number; readonly precacheRaw: number; readonly kioskTenLanguagesRaw: number };
export declare const KIOSK_LANGUAGES: number;
export declare function compressedSizes(buffer: Buffer): FileSizes;
export declare function tagsIn(html: string, tag: string): Record<string, string>[];
export declare function initialFiles(distDir: string): { js: string[]; css: string[] };
export declare function precacheEntries(distDir: string): string[];
export declare function screenEntries(distDir: string): string[];
export declare function languageEntries(distDir: string): Record<string, string[]>;
export declare function measure(distDir?: string): Sizes;
export declare function checkBudgets(sizes: Sizes): BudgetCheck[];
export declare function kB(bytes: number): string;
