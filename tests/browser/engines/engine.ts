// What the suites ask of a browser engine, whatever drives it (Playwright for Chromium,
// WebDriver BiDi for Firefox, classic WebDriver for WebKit): few enough moves that each
// driver is a small module, and a page function runs the same in all three.
import { existsSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import process from 'node:process'

export interface Viewport { width: number, height: number }

/** A page function: runs inside the page, sent as its source, so it names nothing outside itself. */
export type InPage<A, R> = (arg: A) => R | Promise<R>

export interface EnginePage {
  /** Opens `url` and waits for its load event. */
  goto: (url: string) => Promise<void>
  /** Runs `fn(arg)` in the page; the result comes back as JSON (Infinity as null). */
  evaluate: <A, R>(fn: InPage<A, R>, arg: A) => Promise<R>
  /** Presses and lets go of one key (the names of KeyboardEvent.key: 'ArrowRight'). */
  press: (key: Key) => Promise<void>
  /** Sizes the page's viewport (its CSS pixels, not the window around it). */
  setViewport: (size: Viewport) => Promise<void>
  /** Console errors and uncaught errors since the last call; empties the log. */
  takeErrors: () => Promise<string[]>
  close: () => Promise<void>
}

export type Key = 'ArrowRight' | 'ArrowLeft'

export interface Engine {
  name: string
  /** How many px a box's content may reach past it, in this engine's measure, before it counts as spilling. */
  overflowSlack: number
  /** Why the engine cannot run here, naming what to install; undefined when it can. */
  missing: () => string | undefined
  /** Starts the browser with one page. */
  open: () => Promise<EnginePage>
}

/** The first of `commands` found on PATH, as a full path. */
export function onPath(...commands: string[]): string | undefined {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean)
  for (const command of commands) {
    const found = dirs.map(dir => join(dir, command)).find(p => existsSync(p))
    if (found)
      return found
  }
  return undefined
}

/** Polls `fn(arg)` in the page until it returns something truthy; that, or undefined after `timeout` ms. */
export async function waitInPage<A, R>(page: EnginePage, fn: InPage<A, R>, arg: A, timeout = 15_000): Promise<Exclude<R, false | null | undefined | 0 | ''> | undefined> {
  const deadline = Date.now() + timeout
  for (;;) {
    const value = await page.evaluate(fn, arg)
    if (value)
      return value as Exclude<R, false | null | undefined | 0 | ''>
    if (Date.now() > deadline)
      return undefined
    await new Promise(resolve => setTimeout(resolve, 100))
  }
}
