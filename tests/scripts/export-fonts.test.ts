import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { exportFontconfig, fontconfigWithout, MissingFontError, useExportFonts } from '../../scripts/lib/export-fonts'

const dir = mkdtempSync(join(tmpdir(), 'deck-fonts-test-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const fcMatch = spawnSync('fc-match', ['--version']).status === 0
if (!fcMatch)
  console.warn('Skipped: fontconfig (fc-match) is not installed, so which font Arial resolves to is not tried here')

/** The file fontconfig picks for `family` under `config`. */
const match = (family: string, config: string) => spawnSync('fc-match', ['-f', '%{family[0]}', family], { encoding: 'utf8', env: { ...process.env, FONTCONFIG_FILE: config } }).stdout

describe('the fonts the export brings', () => {
  it.skipIf(!fcMatch)('draw Arial, Liberation Sans and Helvetica in Arimo on a machine without any of them', () => {
    // A machine that skipped fonts-liberation2: its fontconfig has none of Arial's metric twins.
    const bare = join(dir, 'bare.conf')
    writeFileSync(bare, fontconfigWithout(['Liberation Sans', 'Arial', 'Helvetica']))
    expect(match('Liberation Sans', bare)).not.toMatch(/Liberation Sans|Arimo|Arial/)
    const ours = join(dir, 'ours.conf')
    vi.stubEnv('FONTCONFIG_FILE', bare)
    try {
      writeFileSync(ours, exportFontconfig(['Source Sans 3']))
    }
    finally {
      // Unset again where it was unset: other files' tests share this process.
      vi.unstubAllEnvs()
    }
    for (const family of ['Arial', 'Liberation Sans', 'Helvetica', 'Arial:bold'])
      expect(match(family, ours), family).toBe('Arimo')
  })

  it('keep the system\'s own fonts and hide the families asked', () => {
    const config = exportFontconfig(['A & B'])
    expect(config).toContain('<string>A &amp; B</string>')
    expect(config).toMatch(/<include ignore_missing="yes">[^<]+<\/include>/)
    expect(config).toContain('@expo-google-fonts/arimo</dir>')
  })

  it('stop the export in one line naming the package, when missing, before anything is set', async () => {
    const was = process.env.FONTCONFIG_FILE
    const tried = useExportFonts(join(dir, 'no-such-package'))
    await expect(tried).rejects.toThrow(MissingFontError)
    await expect(tried).rejects.toThrow(/^The export's font is missing \(.*Arimo_400Regular\.ttf\); run `npm ci` to install @expo-google-fonts\/arimo\.$/)
    expect(process.env.FONTCONFIG_FILE).toBe(was)
  })
})
