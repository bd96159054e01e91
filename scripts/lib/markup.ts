// Text into markup (HTML, or the XML inside a PPTX), and back.

/** `s` as text in an element or an attribute value: `&`, `<`, `>` and `"` escaped. */
export const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * A URL as HTML text that may wrap after each slash of its path, where a reader sees where
 * it breaks; never inside "https://".
 */
export function wrappableUrl(url: string): string {
  const [, scheme = '', rest = url] = /^([a-z]+:\/\/)?(.*)$/i.exec(url)!
  return escapeXml(scheme) + escapeXml(rest).replace(/\//g, '/<wbr>')
}

export const unescapeXml = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&(?:apos|#0*39);/g, '\'').replace(/&amp;/g, '&')
