// A W3C WebDriver client over HTTP, with only the commands the suites use: a session, a
// page to open, script to run, keys to press and the window's size.
// https://www.w3.org/TR/webdriver2/

/** The keys the suites press, as WebDriver's code points for them. */
const KEYS: Record<string, string> = { ArrowLeft: '\uE012', ArrowRight: '\uE014' }

export interface Session {
  navigate: (url: string) => Promise<void>
  /** Runs the body of a function with `arguments[0]` as `arg`, awaiting what it returns. */
  execute: <R>(body: string, arg: unknown) => Promise<R>
  pressKey: (key: string) => Promise<void>
  setWindowSize: (width: number, height: number) => Promise<void>
  end: () => Promise<void>
}

type Call = (method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown) => Promise<unknown>

function client(server: string): Call {
  return async (method, path, body) => {
    const response = await fetch(`${server}${path}`, {
      method,
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const { value } = await response.json() as { value: unknown }
    if (!response.ok) {
      const { error, message } = value as { error: string, message: string }
      throw new Error(`WebDriver ${method} ${path}: ${error}: ${message}`)
    }
    return value
  }
}

/** Waits until the driver at `server` answers, up to `timeout` ms. */
export async function driverReady(server: string, timeout: number): Promise<boolean> {
  const deadline = Date.now() + timeout
  while (Date.now() < deadline) {
    try {
      const { ready } = await client(server)('GET', '/status') as { ready: boolean }
      if (ready)
        return true
    }
    catch {}
    await new Promise(resolve => setTimeout(resolve, 100))
  }
  return false
}

export async function newSession(server: string, capabilities: Record<string, unknown>): Promise<Session> {
  const call = client(server)
  const { sessionId } = await call('POST', '/session', { capabilities: { alwaysMatch: capabilities } }) as { sessionId: string }
  const at = (path: string) => `/session/${sessionId}${path}`
  return {
    navigate: async (url) => { await call('POST', at('/url'), { url }) },
    execute: async <R>(body: string, arg: unknown) => {
      // The asynchronous form, so a page function may return a promise; an error in it
      // comes back as a value, with its message, rather than as WebDriver's bare "javascript error".
      const script = `const done = arguments[arguments.length - 1];
        (async function () { ${body} })(arguments[0]).then(value => done({ value }), error => done({ error: String(error && error.stack || error) }))`
      const result = await call('POST', at('/execute/async'), { script, args: [arg] }) as { value: R, error?: string }
      if (result.error)
        throw new Error(`in the page: ${result.error}`)
      return result.value
    },
    pressKey: async (key) => {
      const value = KEYS[key] ?? key
      await call('POST', at('/actions'), { actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value }, { type: 'keyUp', value }] }] })
    },
    setWindowSize: async (width, height) => { await call('POST', at('/window/rect'), { width, height }) },
    end: async () => { await call('DELETE', at('')) },
  }
}
