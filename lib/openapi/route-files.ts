import { readdir } from 'node:fs/promises';
import path from 'node:path';

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const;

export interface TRouteFile {
  file: string;
  /** OpenAPI path template: `[id]` segments become `{id}`. */
  path: string;
}

/** Every `route.ts` under the API folder, with the path it serves. */
export async function listApiRouteFiles(root: string): Promise<TRouteFile[]> {
  const apiDir = path.join(root, 'app', 'api', 'v1');
  const entries = await readdir(apiDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name === 'route.ts')
    .map((entry) => {
      const relative = path.relative(path.join(root, 'app'), entry.parentPath);
      const segments = relative.split(path.sep).map((s) => s.replace(/^\[(.+)\]$/, '{$1}'));
      return { file: path.join(entry.parentPath, entry.name), path: `/${segments.join('/')}` };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}
