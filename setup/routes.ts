import type { RouteLocationNormalized } from 'vue-router'
import { defineRoutesSetup } from '@slidev/types'

// Slidev's /print page lays out every slide, but it is in print mode (the slide's own
// @page size, links that stay inside the PDF, no screen-only hints or trails) only with
// ?print in its address. Readers open /print and use the print dialog, so the page adds
// the query itself and prints as the export's slides PDF does.
function inPrintMode(to: RouteLocationNormalized) {
  return 'print' in to.query || { ...to, query: { ...to.query, print: 'true' }, replace: true }
}

export default defineRoutesSetup(routes => routes.map(route => route.name === 'print'
  ? { ...route, beforeEnter: [inPrintMode, ...[route.beforeEnter ?? []].flat()] }
  : route))
