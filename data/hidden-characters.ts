// Characters a reader cannot see, or that reorder what they see: a right-to-left override,
// zero-width spaces, control codes. In data they make the slide, its text alternative and
// the exported text disagree with what the author typed, so they are refused where they
// stand. The two joiners (U+200C, U+200D) stay: Indic and Persian spelling and emoji need them.
const HIDDEN = /[\p{Cc}\p{Cf}\u2028\u2029]/u
const ALLOWED = new Set(['\n', '\t', '\u200C', '\u200D'])

const NAMES: Record<string, string> = {
  '\u200B': 'a zero-width space',
  '\u2060': 'a word joiner',
  '\uFEFF': 'a zero-width no-break space (byte order mark)',
  '\u00AD': 'a soft hyphen',
  '\u200E': 'a left-to-right mark',
  '\u200F': 'a right-to-left mark',
  '\u061C': 'an Arabic letter mark',
  '\u202A': 'a left-to-right embedding',
  '\u202B': 'a right-to-left embedding',
  '\u202C': 'a pop directional formatting',
  '\u202D': 'a left-to-right override',
  '\u202E': 'a right-to-left override',
  '\u2066': 'a left-to-right isolate',
  '\u2067': 'a right-to-left isolate',
  '\u2068': 'a first strong isolate',
  '\u2069': 'a pop directional isolate',
}

/** The first hidden character of `s`, or undefined. */
function firstHidden(s: string): { char: string, at: number } | undefined {
  let at = 0
  for (const char of s) {
    if (HIDDEN.test(char) && !ALLOWED.has(char))
      return { char, at }
    at++
  }
  return undefined
}

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`

/** Every string in `value` holding a hidden character, with its path and what to do. */
export function hiddenCharacterIssues(value: unknown, path: PropertyKey[] = []): { path: PropertyKey[], message: string }[] {
  if (typeof value === 'string') {
    const found = firstHidden(value)
    return found
      ? [{ path, message: `contains ${NAMES[found.char] ?? 'an invisible control or formatting character'} (${codePoint(found.char)}) at character ${found.at + 1}, which readers would not see; retype the text without it` }]
      : []
  }
  if (Array.isArray(value))
    return value.flatMap((v, i) => hiddenCharacterIssues(v, [...path, i]))
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => hiddenCharacterIssues(v, [...path, k]))
  return []
}
