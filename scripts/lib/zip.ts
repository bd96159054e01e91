import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { zipSync } from 'fflate'

/** Every file under `dir`, as forward-slash paths relative to it. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries.filter(e => e.isFile()).map(e => relative(dir, join(e.parentPath, e.name)).split(sep).join('/')).sort()
}

/**
 * Zips a folder's contents, plus `extra` files by name, into one folder `top` inside
 * the zip: unzipped, everything lands in that folder, not loose among the user's files.
 */
export async function zipFolder(dir: string, out: string, top: string, extra: Record<string, string> = {}): Promise<void> {
  const files: Record<string, Uint8Array> = Object.fromEntries(Object.entries(extra).map(([name, text]) => [`${top}/${name}`, new TextEncoder().encode(text)]))
  for (const path of await listFiles(dir))
    files[`${top}/${path}`] = new Uint8Array(await readFile(join(dir, path)))
  await writeFile(out, zipSync(files, { level: 6 }))
}
