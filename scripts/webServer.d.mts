export declare const CONTENT_SECURITY_POLICY: string;
export declare const SECURITY_HEADERS: Readonly<Record<string, string>>;
export declare const IMMUTABLE: string;
export declare const REVALIDATE: string;
export declare const APP_ROUTES: readonly string[];
export declare const PATH_RULES: readonly { nginx: string; test: (path: string) => boolean; cacheControl: string; headers: Readonly<Record<string, string>> }[];
export declare function headersFor(path: string): Record<string, string>;
export declare const COMPRESSIBLE: RegExp;
