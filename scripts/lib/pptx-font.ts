import { chmod, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { exportFontconfig } from './export-fonts'

// A .pptx names its fonts; it cannot count on carrying them. PowerPoint for Windows reads
// embedded fonts, other viewers may not, and LibreOffice 7.4 (Debian 12) ignored Source
// Sans 3 embedded in our PPTX, as EOT or as TrueType (only later releases have a PPTX
// embedded-font importer). So the PPTX is laid out in, and names, the deck's own fallback:
// Arial, which Windows and macOS have, and whose metric twin Liberation Sans comes with
// LibreOffice (Debian: fonts-liberation2). Every text box is then measured in the font the
// colleague who opens the file will see.

/** The font the PPTX is laid out in and names. */
export const PPTX_FONT = 'Arial'

/** The families styles/deck.css asks for before Arial: hidden from the PPTX export. */
export const DECK_FONTS = ['Source Sans 3', 'Source Sans Pro'] as const

/**
 * A launcher for `chromium` that ignores web fonts: the deck's Source Sans 3 is a web font
 * (@fontsource), so the page falls back to the next family in its stack.
 */
export function launcherWithoutWebFonts(chromium: string): string {
  const quoted = `'${chromium.replace(/'/g, `'\\''`)}'`
  return `#!/bin/sh\nexec ${quoted} --disable-remote-fonts "$@"\n`
}

/**
 * A Chromium (executable and environment) that lays the deck out in PPTX_FONT: web fonts
 * off, the deck's families hidden from fontconfig in case they are installed, Arial drawn
 * in the Arimo the export brings (export-fonts.ts), and diagrams
 * drawn in it (vite/mermaid/theme.ts). Files go in `dir`.
 */
export async function fallbackFontBrowser(chromium: string, dir: string): Promise<{ executable: string, env: NodeJS.ProcessEnv }> {
  const executable = join(dir, 'chromium-without-deck-fonts')
  const fontconfig = join(dir, 'fonts-without-deck-fonts.conf')
  await writeFile(executable, launcherWithoutWebFonts(chromium))
  await chmod(executable, 0o755)
  await writeFile(fontconfig, exportFontconfig(DECK_FONTS))
  // Diagrams are pictures in the PPTX, drawn in this browser: laid out in its font too.
  return { executable, env: { FONTCONFIG_FILE: fontconfig, DECK_DIAGRAM_FONT: PPTX_FONT } }
}

/** Every typeface a PPTX slide's text names. */
export function typefacesIn(slideXml: string): Set<string> {
  return new Set(Array.from(slideXml.matchAll(/<a:(?:latin|ea|cs|sym)\b[^>]*\stypeface="([^"]*)"/g), m => m[1]))
}
