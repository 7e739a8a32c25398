/**
 * Writes a .br and a .gz beside every compressible file of the build, at the highest levels: done
 * once at build time, so the web server only picks a file (nginx gzip_static/brotli_static, and
 * scripts/serve.mjs) and slow phones download the smallest version.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { COMPRESSIBLE } from './webServer.mjs';

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]));
}

export function precompress(dir) {
  for (const file of files(dir).filter((name) => COMPRESSIBLE.test(name))) {
    const content = readFileSync(file);
    const brotli = brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: statSync(file).size } });
    const gzip = gzipSync(content, { level: 9 });
    // A compressed copy that is not smaller only costs the phone time to unpack.
    if (brotli.length < content.length) writeFileSync(`${file}.br`, brotli);
    if (gzip.length < content.length) writeFileSync(`${file}.gz`, gzip);
  }
}
