// Printing a handout: the built deck's print view draws the slides, the handout's markup
// (handout.ts) goes around them, each drawn slide moves into its box, and Chromium prints.
import type { Browser } from 'playwright-core'
import type { HandoutSlide } from './handout'
import type { HandoutLayout } from './handout-page'
import type { Paper } from './print-page'
import { handoutMarkup } from './handout'
import { CANVAS, handoutPdf } from './handout-page'
import { openPrintView } from './slides-pdf'

// Runs in the print view: the handout's markup (already escaped) goes in, and each drawn
// slide moves into its box. A string, so that no bundler helper leaks into the page.
const LAY_OUT = `(input) => {
  const style = document.createElement('style')
  style.textContent = input.css
  document.head.append(style)
  const handout = document.createElement('main')
  handout.className = 'handout'
  handout.innerHTML = input.body
  document.body.append(handout)
  document.documentElement.classList.add('handout')
  const slides = [...document.querySelectorAll('.print-slide-container')]
  for (const box of handout.querySelectorAll('.ho-slide-box')) {
    const slide = slides[Number(box.dataset.slide) - 1]
    if (!slide)
      throw new Error('the print view has no slide ' + box.dataset.slide)
    box.append(slide)
  }
}`

export interface PrintHandoutOptions {
  layout: HandoutLayout
  paper: Paper
  /** Each slide but its links, which are read from the drawn slide. */
  slides: Omit<HandoutSlide, 'links'>[]
  deckUrl: string
  out: string
  footer: string
}

// Runs in the print view: each slide's links, as the handout lists them. Links in a
// figure's screen-reader text repeat sources the deck shows elsewhere.
const LINKS = `() => [...document.querySelectorAll('.print-slide-container')].map(c =>
  [...new Set([...c.querySelectorAll('a[href^="http"]')].filter(a => !a.closest('.sr-only')).map(a => a.href))])`

// Runs in the print view: the text each slide shows, run by run (screen-reader text aside),
// with the size the deck sets it in, for the checks that every run of it came out as text
// in the PDF and that body text prints large enough.
const SHOWN_TEXT = `() => [...document.querySelectorAll('.print-slide-container')].map(c => {
  const runs = []
  const walker = document.createTreeWalker(c, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent.trim()
    if (text && !node.parentElement.closest('.sr-only, title, desc, style, script'))
      runs.push({ text, px: parseFloat(getComputedStyle(node.parentElement).fontSize) })
  }
  return runs
})`

/** A run of text a slide shows, and the size in CSS px the deck sets it in. */
export interface ShownRun {
  text: string
  px: number
}

/**
 * Prints a handout from the built deck served at `deckUrl`: its slides as they are drawn,
 * in print mode. Returns the text each slide showed, run by run, and the headings printed,
 * from which the bookmarks were made.
 */
export async function printHandout(browser: Browser, options: PrintHandoutOptions): Promise<{ shown: ShownRun[][], headings: string[] }> {
  const context = await browser.newContext({ viewport: CANVAS, colorScheme: 'light' })
  try {
    const page = await context.newPage()
    await openPrintView(page, options.deckUrl, options.slides.length)
    const links = await page.evaluate(`(${LINKS})()`) as string[][]
    const shown = await page.evaluate(`(${SHOWN_TEXT})()`) as ShownRun[][]
    const slides = options.slides.map((s, i) => ({ ...s, links: links[i] ?? [] }))
    await page.evaluate(`(${LAY_OUT})(${JSON.stringify(handoutMarkup({ ...options, slides }))})`)
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    await page.pdf({ path: options.out, ...handoutPdf(options.layout, options.paper, options.footer) })
    return { shown, headings: await page.locator('.handout :is(h1, h2, h3, h4, h5, h6)').allTextContents() }
  }
  finally {
    await context.close()
  }
}
