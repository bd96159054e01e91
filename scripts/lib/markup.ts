// Text into markup (HTML, or the XML inside a PPTX), and back.

/** `s` as text in an element or an attribute value: `&`, `<`, `>` and `"` escaped. */
export const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

export const unescapeXml = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&(?:apos|#0*39);/g, '\'').replace(/&amp;/g, '&')
