// Stands in for file-saver, which only Slidev's download button uses; the deck turns that
// button off (`download: false` in each deck's headmatter, scripts/lib/entry.ts) and exports its PDF with npm run export.
export function saveAs(): void {
  throw new Error('Downloading from the deck is off (download: false); npm run export writes the PDF')
}
