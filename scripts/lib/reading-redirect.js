// Inlined at the top of each slide's page (scripts/lib/route-page.ts), so it runs before
// the page draws or fetches anything: a phone held upright goes to this slide's section
// of the reading page, unless its reader chose the slides (`?slides`, remembered for the
// visit). Plain JavaScript, as the browser runs it; the page's policy allows it by hash.
(function (win, doc) {
  const VIEW = 'deck-view'
  let visit
  try {
    visit = win.sessionStorage
  }
  catch {}
  if (/[?&]slides(?:[=&]|$)/.test(win.location.search)) {
    try {
      visit.setItem(VIEW, 'slides')
    }
    catch {}
    return
  }
  let chosen
  try {
    chosen = visit.getItem(VIEW)
  }
  catch {}
  const to = doc.querySelector('meta[name="deck-reading"]')
  if (to && chosen !== 'slides' && win.matchMedia('(max-width: 640px) and (orientation: portrait)').matches)
    win.location.replace(to.getAttribute('content'))
})(window, document)
