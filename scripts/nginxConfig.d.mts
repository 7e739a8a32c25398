export declare const BROTLI_MODULE: string;
export declare const DEPLOY_FILE: string;
export declare function languageMaps(): string[];
export declare function serverBlock(options: { root: string; listen: string | number; brotli: boolean; styleHashes?: readonly string[] }): string;
export declare function deployConfig(styleHashes?: readonly string[]): string;
export declare function standaloneConfig(options: { root: string; port: number; brotli: boolean; prefix: string }): string;
export declare function writeDeployFiles(styleHashes: readonly string[]): void;
