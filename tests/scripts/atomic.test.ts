import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeAtomically } from '../../scripts/lib/atomic'

describe('writeAtomically', () => {
  it('replaces the target only after the write and its check succeed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'atomic-'))
    const target = join(dir, 'deck.pdf')
    await writeFile(target, 'old good file')
    await writeAtomically(target, tmp => writeFile(tmp, 'new file'), async (tmp) => {
      expect(await readFile(tmp, 'utf8')).toBe('new file')
    })
    expect(await readFile(target, 'utf8')).toBe('new file')
    expect(await readdir(dir)).toEqual(['deck.pdf'])
    await rm(dir, { recursive: true })
  })

  it.each([
    ['the write fails', async (tmp: string) => { await writeFile(tmp, 'half'); throw new Error('render timeout') }, undefined],
    ['the check fails', (tmp: string) => writeFile(tmp, 'broken'), async () => { throw new Error('page count wrong') }],
  ])('keeps the old file and leaves no temporary file when %s', async (_name, write, check) => {
    const dir = await mkdtemp(join(tmpdir(), 'atomic-'))
    const target = join(dir, 'deck.pdf')
    await writeFile(target, 'old good file')
    await expect(writeAtomically(target, write, check)).rejects.toThrow()
    expect(await readFile(target, 'utf8')).toBe('old good file')
    expect(await readdir(dir)).toEqual(['deck.pdf'])
    await rm(dir, { recursive: true })
  })
})
