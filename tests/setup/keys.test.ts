// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { keepKeysWithTheDeck } from '../../setup/keys-stay-with-the-deck'

let undo: () => void
beforeEach(() => {
  document.body.innerHTML = '<button id="faq">Why?</button><a id="link" href="https://example.org"><span id="badge">wrong</span></a><input id="field">'
  undo = keepKeysWithTheDeck(window)
})
afterEach(() => undo())

function focusOn(id: string) {
  const el = document.getElementById(id)!
  el.focus()
  expect(document.activeElement).toBe(el)
  return el
}

describe('keys stay with the deck', () => {
  it('lets go of a control clicked with a pointer, even when the click lands inside it', () => {
    focusOn('faq').dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 1 }))
    expect(document.activeElement).toBe(document.body)
    focusOn('link')
    document.getElementById('badge')!.dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 1 }))
    expect(document.activeElement).toBe(document.body)
  })

  it('keeps focus on a control activated from the keyboard (Enter or Space)', () => {
    focusOn('faq').dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 0 }))
    expect(document.activeElement!.id).toBe('faq')
  })

  it('hands navigation keys to the deck while a control has focus, but not Space or Enter', () => {
    const button = focusOn('faq')
    button.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }))
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }))
    expect(document.activeElement).toBe(button)
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true }))
    expect(document.activeElement).toBe(document.body)
  })

  it('leaves text fields alone', () => {
    const field = focusOn('field')
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }))
    field.dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 1 }))
    expect(document.activeElement).toBe(field)
  })
})
