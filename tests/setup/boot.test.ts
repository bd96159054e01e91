// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
// @ts-expect-error plain JavaScript, served as is
import { bootDeck, startsAtOnce } from '../../public/deck-boot.js'

const APP = '/deck/assets/index-abc.js'
function page() {
  document.head.innerHTML = `<meta name="deck-app" content="${APP} /deck/assets/slides-def.js">`
  document.body.innerHTML = '<div id="app"></div><div id="prerendered"><h1>Slide</h1></div>'
}

describe('when the app starts', () => {
  it('at once on a fast connection or when the browser does not say; on intent when slow or saving data', () => {
    expect(startsAtOnce(undefined)).toBe(true)
    expect(startsAtOnce({ effectiveType: '4g' })).toBe(true)
    for (const effectiveType of ['slow-2g', '2g', '3g'])
      expect(startsAtOnce({ effectiveType })).toBe(false)
    expect(startsAtOnce({ effectiveType: '4g', saveData: true })).toBe(false)
  })
})

describe('on a slow connection', () => {
  let load: ReturnType<typeof vi.fn>
  let undo: () => void
  beforeEach(() => {
    vi.useFakeTimers()
    page()
    Object.defineProperty(navigator, 'connection', { value: { effectiveType: '3g' }, configurable: true })
    load = vi.fn(() => Promise.resolve())
    undo = bootDeck(document, window, load)
  })
  afterEach(() => {
    undo()
    vi.useRealTimers()
    Reflect.deleteProperty(navigator, 'connection')
  })

  it('fetches nothing while the reader only reads, even once the page has loaded', async () => {
    window.dispatchEvent(new Event('load'))
    await vi.advanceTimersByTimeAsync(5000)
    expect(load).not.toHaveBeenCalled()
    expect(document.querySelectorAll('link[rel="modulepreload"]')).toHaveLength(0)
  })

  it('starts the app on a tap, fetching its modules side by side', () => {
    window.dispatchEvent(new Event('pointerdown'))
    expect(load).toHaveBeenCalledWith(APP)
    expect(Array.from(document.querySelectorAll('link[rel="modulepreload"]'), l => l.getAttribute('href'))).toEqual(['/deck/assets/slides-def.js'])
    window.dispatchEvent(new Event('touchstart'))
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('passes keys pressed before the app took over on to it, in order, each pressed and let go', async () => {
    const press = (key: string) => {
      const e = new KeyboardEvent('keydown', { key, cancelable: true })
      window.dispatchEvent(e)
      return e.defaultPrevented
    }
    expect(press('ArrowRight')).toBe(true)
    expect(load).toHaveBeenCalledTimes(1)
    expect(press('ArrowLeft')).toBe(true)
    expect(press('a')).toBe(false)
    const seen: string[] = []
    window.addEventListener('keydown', e => seen.push(`down ${e.key}`))
    window.addEventListener('keyup', e => seen.push(`up ${e.key}`))
    expect(seen).toEqual([])
    document.getElementById('prerendered')!.remove()
    await vi.advanceTimersByTimeAsync(1000)
    expect(seen).toEqual(['down ArrowRight', 'up ArrowRight', 'down ArrowLeft', 'up ArrowLeft'])
    // Once the app has the page, keys are its own.
    press('ArrowRight')
    expect(seen.at(-1)).toBe('down ArrowRight')
  })
})

describe('on a fast connection', () => {
  it('starts the app once the page has loaded and is idle, unasked', async () => {
    vi.useFakeTimers()
    page()
    const load = vi.fn(() => Promise.resolve())
    const undo = bootDeck(document, window, load)
    expect(load).not.toHaveBeenCalled()
    window.dispatchEvent(new Event('load'))
    await vi.advanceTimersByTimeAsync(1000)
    expect(load).toHaveBeenCalledWith(APP)
    undo()
    vi.useRealTimers()
  })

  it('does nothing on a page without a drawn slide (the app page loads its own script)', () => {
    document.head.innerHTML = ''
    document.body.innerHTML = '<div id="app"></div>'
    const load = vi.fn()
    const undo = bootDeck(document, window, load)
    window.dispatchEvent(new Event('pointerdown'))
    expect(load).not.toHaveBeenCalled()
    undo()
  })
})
