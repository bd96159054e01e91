// Page functions for a driver that reports no console (classic WebDriver): the page keeps
// its own log of errors, from the moment `recordErrors` runs in it (an error thrown while
// the page loaded, before that, is not seen).

export function recordErrors(): void {
  const w = window as unknown as { deckErrors?: string[] }
  if (w.deckErrors)
    return
  const log: string[] = w.deckErrors = []
  addEventListener('error', e => log.push(`pageerror: ${e.message}`))
  addEventListener('unhandledrejection', e => log.push(`pageerror: ${String(e.reason)}`))
  const original = console.error
  console.error = (...args: unknown[]) => {
    log.push(`console: ${args.map(String).join(' ')}`)
    original.apply(console, args)
  }
}

/** The errors logged since the last call; empties the log. */
export function takeRecorded(): string[] {
  const w = window as unknown as { deckErrors?: string[] }
  return w.deckErrors?.splice(0) ?? []
}
