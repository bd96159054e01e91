import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../../scripts/lib/deck'
import { normaliseBase, OptionsError, parseExportOptions } from '../../scripts/lib/options'

describe('normaliseBase', () => {
  it.each([
    ['/', '/'],
    ['', '/'],
    ['deck', '/deck/'],
    ['/deck', '/deck/'],
    ['/deck/', '/deck/'],
    ['courses//ir/deck', '/courses/ir/deck/'],
  ])('%j becomes %j', (input, expected) => {
    expect(normaliseBase(input)).toBe(expected)
  })

  it.each(['/../etc/', '/a/./b', '/deck?x=1', '/<script>/'])('rejects %j', (input) => {
    expect(() => normaliseBase(input)).toThrow(OptionsError)
  })
})

describe('parseExportOptions', () => {
  it('defaults to the root base, output/ and no notes', () => {
    expect(parseExportOptions([], {})).toEqual({ deck: undefined, variant: undefined, only: ['site', 'zip', 'pdf', 'png', 'handout', 'quiz', 'note', 'pptx'], paper: 'a4', base: '/', origin: undefined, outDir: resolve(ROOT, 'output'), withNotes: false, scheme: 'light', maxAgeDays: 90, help: false })
  })

  it('makes one deck with --deck and one variant with --variant, names in kebab-case', () => {
    expect(parseExportOptions(['--deck', 'some-deck', '--variant', 'briefing'], {})).toMatchObject({ deck: 'some-deck', variant: 'briefing' })
    expect(() => parseExportOptions(['--deck', '../data'], {})).toThrow(/--deck takes a name in kebab-case .*; got "\.\.\/data"/)
    expect(() => parseExportOptions(['--variant', 'Class'], {})).toThrow(/--variant takes a name in kebab-case/)
  })

  it('takes the hosted address from --url or DECK_URL, its path as the base', () => {
    expect(parseExportOptions(['--url', 'https://example.org/decks/'], {})).toMatchObject({ origin: 'https://example.org', base: '/decks/' })
    expect(parseExportOptions([], { DECK_URL: 'https://example.org/decks' })).toMatchObject({ origin: 'https://example.org', base: '/decks/' })
    expect(parseExportOptions(['--url', 'https://example.org', '--base', '/x/'], {})).toMatchObject({ origin: 'https://example.org', base: '/x/' })
    expect(parseExportOptions([], {}).origin).toBeUndefined()
  })

  it.each([
    [['--url', 'example.org/decks/'], /--url "example.org\/decks\/" is not an address/],
    [['--url', 'ftp://example.org/'], /must start with https:\/\//],
    [['--url', 'https://example.org/?q=1'], /without a query/],
    [['--url', 'https://example.org/a/', '--base', '/b/'], /disagree/],
  ])('refuses the address in %j, saying why', (args, message) => {
    expect(() => parseExportOptions(args, {})).toThrow(message)
  })

  it('takes the base from DECK_BASE unless --base is given', () => {
    expect(parseExportOptions([], { DECK_BASE: 'x' }).base).toBe('/x/')
    expect(parseExportOptions(['--base', '/y/'], { DECK_BASE: 'x' }).base).toBe('/y/')
  })

  it('reads the output folder, notes and help flags', () => {
    const o = parseExportOptions(['--out', '/tmp/deck-out', '--with-notes', '--dark', '--help'], {})
    expect(o).toMatchObject({ outDir: '/tmp/deck-out', withNotes: true, scheme: 'dark', help: true })
  })

  it('chooses outputs with --only, in a fixed order, and rejects unknown ones', () => {
    expect(parseExportOptions(['--only', 'handout,pdf'], {}).only).toEqual(['pdf', 'handout'])
    expect(() => parseExportOptions(['--only', 'pdf,ppt'], {})).toThrow(/--only takes a comma-separated list of site, zip, pdf, png, handout, quiz, note, pptx/)
    expect(() => parseExportOptions(['--only', ''], {})).toThrow(/--only/)
  })

  it('takes the handout paper size', () => {
    expect(parseExportOptions(['--paper', 'Letter'], {}).paper).toBe('letter')
    expect(() => parseExportOptions(['--paper', 'a3'], {})).toThrow(/--paper must be a4 or letter/)
  })

  it('takes the freshness limit from --max-age-days or DECK_MAX_AGE_DAYS', () => {
    expect(parseExportOptions(['--max-age-days', '30'], {}).maxAgeDays).toBe(30)
    expect(parseExportOptions([], { DECK_MAX_AGE_DAYS: '7' }).maxAgeDays).toBe(7)
    expect(() => parseExportOptions(['--max-age-days', 'x'], {})).toThrow(/--max-age-days: must be a whole number/)
  })

  it('rejects unknown options with a pointer to --help', () => {
    expect(() => parseExportOptions(['--colour', 'red'], {})).toThrow(/--help/)
  })
})
