// The handouts' paper: how each layout sits on the page (sizes in mm), how far a slide is
// scaled to fit, how many pages a layout takes, and the printed footer.
import type { Paper } from './print-page'
import { PALETTE } from '../../styles/palette'
import { escapeXml as escape } from './markup'
import { printedPdf } from './print-page'

export type HandoutLayout = 'briefing' | 'student'

export const SLIDES_PER_STUDENT_PAGE = 2
/** The slide canvas, in CSS pixels. */
export const CANVAS = { width: 980, height: 552 }

/**
 * Each layout's page. Students get two slides a portrait page, 175 mm wide: the slide's
 * body text (16 px and up) prints at 8.1 pt or more and its small print (14 px) at 7.1 pt,
 * with ruled space under each. The briefing reader gets one slide a landscape page, 230 mm
 * wide, with notes and sources beside each other below it: body text prints at 10.6 pt and
 * small print at 9.3 pt, which no portrait page is wide enough for.
 */
export const HANDOUT_PAGE = {
  student: { landscape: false, slideWidthMm: 175 },
  briefing: { landscape: true, slideWidthMm: 230 },
} as const satisfies Record<HandoutLayout, { landscape: boolean, slideWidthMm: number }>

/** The page's margins, in mm: the footer sits in the bottom one. */
export const MARGIN_MM = { top: 12, bottom: 14, side: 14 } as const

const PAPER_MM: Record<Paper, { width: number, height: number }> = { a4: { width: 210, height: 297 }, letter: { width: 215.9, height: 279.4 } }

/** The page's size inside its margins, in mm, turned for a landscape layout. */
export function contentBoxMm(layout: HandoutLayout, paper: Paper): { width: number, height: number } {
  const { width, height } = PAPER_MM[paper]
  const [across, down] = HANDOUT_PAGE[layout].landscape ? [height, width] : [width, height]
  return { width: across - 2 * MARGIN_MM.side, height: down - MARGIN_MM.top - MARGIN_MM.bottom }
}

export const mm = (n: number): string => `${n}mm`
/** A student row's caption and the space around its slide and lines, in mm. */
const ROW_EXTRA_MM = 5 + 2 + 4 + 1

/** How tall each slide is printed, in mm. */
export const slideHeightMm = (layout: HandoutLayout): number => HANDOUT_PAGE[layout].slideWidthMm * CANVAS.height / CANVAS.width

/** How tall the ruled space under each slide is, so that two rows fill the student page. */
export function writingSpaceMm(paper: Paper): number {
  return Math.floor(contentBoxMm('student', paper).height / SLIDES_PER_STUDENT_PAGE - slideHeightMm('student') - ROW_EXTRA_MM)
}
const MM_TO_PX = 96 / 25.4

/** The factor from the slide's canvas to its printed width. */
export const slideScale = (layout: HandoutLayout): number => HANDOUT_PAGE[layout].slideWidthMm * MM_TO_PX / CANVAS.width

/** Chromium's PDF settings for a handout: its paper turned as its layout needs, and its margins. */
export function handoutPdf(layout: HandoutLayout, paper: Paper, footer: string) {
  const { top, bottom, side } = MARGIN_MM
  return { ...printedPdf(paper, footer), landscape: HANDOUT_PAGE[layout].landscape, margin: { top: mm(top), bottom: mm(bottom), left: mm(side), right: mm(side) } }
}

/** Chromium's print footer: the deck, how fresh its context is, and the page number. */
export function handoutFooter(title: string, freshness: string): string {
  return `<div style="font: 9px Arial, sans-serif; color: ${PALETTE.muted}; width: 100%; padding: 0 14mm; display: flex; justify-content: space-between;">`
    + `<span>${escape(title)} · ${escape(freshness)}</span><span>page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`
}

/**
 * How many pages a layout takes: a page per slide for the briefing (at least: long notes
 * run on, and the source list follows), a page per two slides for students.
 */
export function expectedHandoutPages(layout: HandoutLayout, slideCount: number): number {
  return layout === 'briefing' ? slideCount : Math.ceil(slideCount / SLIDES_PER_STUDENT_PAGE)
}
