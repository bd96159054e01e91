import { describe, expect, it } from 'vitest'
import { escapeXml, unescapeXml, wrappableUrl } from '../../scripts/lib/markup'

describe('markup', () => {
  it('escapes text for an element or an attribute, and reads it back', () => {
    const text = '<a href="x">Tom & Jerry</a>'
    expect(escapeXml(text)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&lt;/a&gt;')
    expect(unescapeXml(escapeXml(text))).toBe(text)
  })

  it('lets a URL wrap after the slashes of its path only, and keeps it text', () => {
    expect(wrappableUrl('https://e.org/a-b/?c=1&d=<x>')).toBe('https://e.org/<wbr>a-b/<wbr>?c=1&amp;d=&lt;x&gt;')
    expect(wrappableUrl('e.org/a')).toBe('e.org/<wbr>a')
  })
})
