// Mends the page Slidev writes (index.html), as a Vite transform in vite.config.ts.

/** `content="&quot;text&quot;"` → `content="text"`: Slidev JSON-encodes headmatter values into meta tags. */
export function unquoteMetaValues(html: string): string {
  return html.replace(/(<meta\b[^>]*\scontent=")&quot;((?:(?!&quot;")[^"])*)&quot;"/g, '$1$2"')
}

// Styled inline: opened from the disk, the page cannot load its stylesheet either.
const NOTE_STYLE = `<style>
.deck-loading { font: 18px/1.5 system-ui, sans-serif; color: #14213d; max-width: 36rem; margin: 15vh auto; padding: 0 1.5rem; }
.deck-loading .stuck { visibility: hidden; animation: deck-stuck 0s 3s forwards; }
@keyframes deck-stuck { to { visibility: visible; } }
</style>`

/**
 * What #app shows until the deck's code replaces it: "loading" at once, and after a few
 * seconds why it may never load. Double-clicking the zip's index.html gives a page whose
 * code the browser refuses to run from file://; without this the page stays blank.
 */
export function addLoadingNote(html: string): string {
  const note = `<div class="deck-loading"><p>Loading the briefing deck…</p>`
    + `<p class="stuck">Nothing yet? If you opened this file from a disk or a zip (the address starts with <code>file://</code>), `
    + `browsers will not run the deck that way. Read <strong>HOW-TO-OPEN.txt</strong> in the same folder: `
    + `it takes one command, <code>node serve.mjs</code>, to show the deck with no network.</p></div>`
  if (!html.includes('<div id="app"></div>'))
    throw new Error('index.html has no empty <div id="app"></div> to put the loading note in; has Slidev changed its page?')
  return html.replace('</head>', `${NOTE_STYLE}\n</head>`).replace('<div id="app"></div>', `<div id="app">${note}</div>`)
}
