/**
 * First-load JavaScript per page route of the last `next build`: the root main files plus every
 * chunk the route's layouts, page, loading, error and not-found boundaries load up front, as
 * bytes on disk and gzipped (what a browser downloads). Polyfills are left out: only browsers
 * without module support load them. Prints a Markdown table.
 *
 *   npm run build && node --import tsx bench/first-load-js.ts
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';

const NEXT = path.resolve('.next');
const APP = path.join(NEXT, 'server', 'app');

interface TClientManifest {
  entryJSFiles?: Record<string, string[]>;
}

function manifests(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return manifests(full);
    return name === 'page_client-reference-manifest.js' ? [full] : [];
  });
}

function routeOf(file: string): string {
  const segments = path
    .relative(APP, path.dirname(file))
    .split(path.sep)
    .filter((segment) => segment && !/^\(.*\)$/.test(segment));
  return `/${segments.join('/')}`;
}

const sizes = new Map<string, { raw: number; gzip: number }>();
function sizeOf(chunk: string) {
  let size = sizes.get(chunk);
  if (!size) {
    const bytes = readFileSync(path.join(NEXT, chunk));
    size = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    sizes.set(chunk, size);
  }
  return size;
}

const build = JSON.parse(readFileSync(path.join(NEXT, 'build-manifest.json'), 'utf8')) as {
  rootMainFiles: string[];
};
const rows = manifests(APP).map((file) => {
  const sandbox: { globalThis?: unknown; __RSC_MANIFEST?: Record<string, TClientManifest> } = {};
  sandbox.globalThis = sandbox;
  runInNewContext(readFileSync(file, 'utf8'), sandbox);
  const manifest = Object.values(sandbox.__RSC_MANIFEST ?? {})[0] ?? {};
  const chunks = new Set(build.rootMainFiles);
  for (const files of Object.values(manifest.entryJSFiles ?? {}))
    files.forEach((f) => chunks.add(f));
  const total = [...chunks]
    .map(sizeOf)
    .reduce((sum, size) => ({ raw: sum.raw + size.raw, gzip: sum.gzip + size.gzip }), {
      raw: 0,
      gzip: 0,
    });
  return { route: routeOf(file), ...total };
});

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
console.log('| route | first-load JS (gzip) | on disk |');
console.log('| --- | ---: | ---: |');
for (const row of rows.sort((a, b) => a.route.localeCompare(b.route))) {
  console.log(`| \`${row.route}\` | ${kb(row.gzip)} | ${kb(row.raw)} |`);
}
