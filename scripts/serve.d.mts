import type { Server } from 'node:http';
export declare function startServer(options?: { root?: string; port?: number; host?: string }): Promise<Server>;
