import { existsSync, rmSync } from 'node:fs'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { ROOT } from './deck'
import { escapeXml } from './markup'

// What the export measures (handout text, the PPTX's text boxes, diagram labels drawn in
// the PPTX's font) is laid out in Arial's metrics. Rather than trust the machine to have
// Arial or Liberation Sans, the export brings Arimo (Google Fonts' TrueType files, from
// @expo-google-fonts/arimo, SIL OFL), metrically the same, and points every name for those
// metrics at it through a fontconfig file of its own: a machine with none of them exports
// the same files. (Chromium takes TrueType from fontconfig, not the WOFF files @fontsource
// ships.) The PPTX still names Arial, for the people who open it.

/** Arimo's TrueType files, one per weight and style, every script it covers. */
export const ARIMO_DIR = join(ROOT, 'node_modules/@expo-google-fonts/arimo')
/** The weights and styles the export's documents use. */
const ARIMO_FILES = ['400Regular/Arimo_400Regular.ttf', '700Bold/Arimo_700Bold.ttf', '400Regular_Italic/Arimo_400Regular_Italic.ttf', '700Bold_Italic/Arimo_700Bold_Italic.ttf']

export class MissingFontError extends Error {}

/** The family names that mean Arial's metrics; each is drawn in Arimo. */
const ARIAL_METRICS = ['Arial', 'Liberation Sans', 'Helvetica', 'Arimo']

/** The fontconfig in effect before the export put its own in place (which includes it). */
const systemFontconfig = () => process.env.DECK_SYSTEM_FONTCONFIG ?? process.env.FONTCONFIG_FILE ?? '/etc/fonts/fonts.conf'

/** A fontconfig file: the fonts of `include` (the system's), minus `families` (installed or not), plus `more`. */
export function fontconfigWithout(families: readonly string[], { include = '/etc/fonts/fonts.conf', more = [] as string[] } = {}): string {
  const rejected = families.map(f => `<pattern><patelt name="family"><string>${escapeXml(f)}</string></patelt></pattern>`).join('')
  return [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
    '<fontconfig>',
    `  <include ignore_missing="yes">${escapeXml(include)}</include>`,
    `  <selectfont><rejectfont>${rejected}</rejectfont></selectfont>`,
    ...more.map(line => `  ${line}`),
    '</fontconfig>',
    '',
  ].join('\n')
}

/** The export's fontconfig: the system's fonts minus `hidden` families, plus Arimo for Arial's metrics. */
export function exportFontconfig(hidden: readonly string[] = [], fontDir = ARIMO_DIR): string {
  return fontconfigWithout(hidden, {
    include: systemFontconfig(),
    more: [
      `<dir>${escapeXml(fontDir)}</dir>`,
      ...ARIAL_METRICS.map(name => `<match target="pattern"><test name="family"><string>${name}</string></test><edit name="family" mode="prepend" binding="strong"><string>Arimo</string></edit></match>`),
    ],
  })
}

/**
 * Puts the export's fontconfig in place for this process and every browser it starts, or
 * stops at once, before any output is touched, if its font is missing. The file goes when
 * the process ends.
 */
export async function useExportFonts(fontDir = ARIMO_DIR): Promise<void> {
  const missing = ARIMO_FILES.filter(f => !existsSync(join(fontDir, f)))
  if (missing.length)
    throw new MissingFontError(`The export's font is missing (${join(fontDir, missing[0])}); run \`npm ci\` to install @expo-google-fonts/arimo.`)
  const dir = await mkdtemp(join(tmpdir(), 'deck-fonts-'))
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }))
  const file = join(dir, 'fonts.conf')
  await writeFile(file, exportFontconfig([], fontDir))
  process.env.DECK_SYSTEM_FONTCONFIG = systemFontconfig()
  process.env.FONTCONFIG_FILE = file
}
