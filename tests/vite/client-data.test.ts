import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../../scripts/lib/deck'
import { clientData } from '../../vite/client-data'
import { briefed } from '../fixture-variants'

// The fields the site leaves out of a deck's data: only the build and the export read them.
const LEFT_OUT = ['keywords', 'author', 'about', 'inThree', 'quote']
const withExtras = { ...briefed, deck: { ...briefed.deck, keywords: ['bridge'], author: 'A reporter' }, points: briefed.points.map((p, i) => i ? p : { ...p, quote: 'seven to two' }) }

describe('the data the site ships', () => {
  const shipped = JSON.stringify(clientData(withExtras))

  it('leaves out what only the build and the export read', () => {
    for (const field of LEFT_OUT)
      expect(shipped, field).not.toContain(`"${field}"`)
  })

  it('keeps everything else, as it was', () => {
    const back = JSON.parse(shipped)
    expect(back.points.map((p: { text: string }) => p.text)).toEqual(withExtras.points.map(p => p.text))
    expect(back.context).toEqual(JSON.parse(JSON.stringify(withExtras.context)))
    expect(back.briefing.bottomLine).toEqual(JSON.parse(JSON.stringify(withExtras.briefing!.bottomLine)))
    expect(back.deck.variants.map((v: { id: string }) => v.id)).toEqual(withExtras.deck.variants.map(v => v.id))
  })

  it('is all the site\'s own code reads: no component, chart, diagram, selector or setup file reads a field left out', () => {
    const folders = ['components', 'charts', 'diagrams', 'setup', 'data']
    const readers = folders.flatMap(folder => readdirSync(join(ROOT, folder)).filter(f => /\.(?:ts|vue)$/.test(f)).map(f => join(folder, f)))
    const reads = readers.flatMap((file) => {
      const code = readFileSync(join(ROOT, file), 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')
      return LEFT_OUT.filter(field => new RegExp(`\\.${field}\\b`).test(code)).map(field => `${file} reads .${field}`)
    })
    expect(reads).toEqual([])
  })
})
