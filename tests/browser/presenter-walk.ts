// The presenter view of a notes build driving the audience window, as in a classroom: two
// windows of one browser, which Slidev keeps in step (BroadcastChannel, localStorage).
import type { Browser } from 'playwright-core'
import type { Place, Shape } from './journey'
import { SLIDE_VIEWPORT, waitForSlide } from '../../scripts/lib/browse'
import { diagramFailures, settle, slideFailures, unreached, waitForDeck, walk, where } from './journey'
import { watchedPage } from './session'

/**
 * Presses ArrowRight in the presenter view from the first slide to the last and returns
 * every failure: the audience window left behind, a slide in either window not drawn, a
 * slide never reached, a page error.
 */
export async function presenterWalk(browser: Browser, deckUrl: string, shape: Shape): Promise<string[]> {
  const { aliases, total } = shape
  const w = await watchedPage(browser, new URL(deckUrl).origin, { width: 1280, height: 800 })
  const presenter = w.page
  const audience = await presenter.context().newPage()
  audience.on('pageerror', e => w.errors.push(`audience: ${e.message}`))
  await audience.setViewportSize(SLIDE_VIEWPORT)
  await audience.goto(`${deckUrl}1`)
  await waitForSlide(audience, 1)
  await presenter.goto(`${deckUrl}presenter/1`)
  await presenter.locator('#slideshow > .slidev-page-1 .slidev-layout').waitFor({ state: 'visible' })
  await presenter.bringToFront()
  await waitForDeck(audience, shape)
  await waitForDeck(presenter, shape)
  const start = await settle(presenter, { aliases, equal: { no: 1, clicks: 0 } })
  if (!start) {
    await presenter.context().close()
    return ['the presenter view did not open on slide 1']
  }

  // Once the audience window is left behind, one failure says so; the presenter's pane is still checked.
  let lost = false
  const check = async (at: Place) => {
    const pane = await diagramFailures(presenter, at.no, 'presenter\'s current-slide pane, slide')
    if (lost)
      return pane
    if (!await settle(audience, { aliases, equal: at })) {
      lost = true
      return [`audience window: stayed at ${audience.url()} when the presenter went to ${where(at)}`, ...pane]
    }
    return [...(await slideFailures(audience, at.no)).map(f => `audience window: ${f}`), ...pane]
  }
  const { visited, failures } = await walk({ page: presenter, shape, key: 'ArrowRight', check }, start)
  await presenter.context().close()
  return [...failures, ...unreached(visited, total), ...w.take().errors]
}
