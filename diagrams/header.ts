import { escapeAccessibleText } from './escape'

/** The opening lines every diagram shares: type, then Mermaid's accessibility fields. */
export function header(type: string, title: string, summary: string): string[] {
  return [
    type,
    `  accTitle: ${escapeAccessibleText(title)}`,
    `  accDescr: ${escapeAccessibleText(summary)}`,
  ]
}
