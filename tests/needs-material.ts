import type { Material } from '../scripts/lib/shared-material'
import { it } from 'vitest'

/**
 * `it` for checks that need material a plain clone lacks. Where it is missing they are
 * skipped, never passed: each skip carries the reason as its note (the verbose reporter
 * shows it), and the reason is printed once per file, since the default reporter names
 * no skipped test.
 */
export function itNeeds(material: Material) {
  if (material.missing !== undefined)
    console.warn(`Checks skipped in this file: ${material.missing}`)
  return (name: string, check: (text: string) => void) => it(name, (ctx) => {
    if (material.text === undefined)
      return ctx.skip(material.missing)
    check(material.text)
  })
}
