// @vitest-environment happy-dom
import type { Router } from 'vue-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { handOverPrerenderedSlide } from '../../setup/prerendered-handover'

function router(name: string) {
  return ({
    currentRoute: { value: { name, matched: [{}] } },
    isReady: () => Promise.resolve(),
  }) as unknown as Router
}

const frames = () => vi.advanceTimersByTimeAsync(100)
const copy = () => document.getElementById('prerendered')

beforeEach(() => {
  vi.useFakeTimers()
  document.documentElement.className = ''
  document.body.innerHTML = '<div id="app"></div><div id="prerendered"><div class="slidev-layout"><h1>Slide 6</h1></div></div>'
})
afterEach(() => vi.useRealTimers())

describe('the app takes over from the slide drawn at build time', () => {
  it('keeps the drawn slide until the app shows a slide of its own, then removes it', async () => {
    handOverPrerenderedSlide(router('play'))
    await frames()
    expect(copy()).not.toBeNull()
    // The app's page appears before its slide does.
    document.getElementById('app')!.innerHTML = '<div id="page-root"><div id="slide-content"></div></div>'
    await frames()
    expect(copy()).not.toBeNull()
    document.getElementById('slide-content')!.innerHTML = '<div class="slidev-page slidev-page-6"><div class="slidev-layout"><h1>Slide 6</h1></div></div>'
    await frames()
    expect(copy()).toBeNull()
  })

  it('gives way at once to a page that is not a slide (print, 404)', async () => {
    handOverPrerenderedSlide(router('print'))
    await frames()
    expect(copy()).toBeNull()
  })

  it('marks the page as run, which turns off the drawn slide\'s own dark-scheme rules', () => {
    handOverPrerenderedSlide(router('play'))
    expect(document.documentElement.classList.contains('deck-app')).toBe(true)
  })

  it('does nothing on a page without a drawn slide', async () => {
    document.getElementById('prerendered')!.remove()
    expect(() => handOverPrerenderedSlide(router('play'))).not.toThrow()
  })
})
