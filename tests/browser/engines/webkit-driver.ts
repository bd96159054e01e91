// WebKitWebDriver on a virtual display of its own (xvfb-run): MiniBrowser, which it starts,
// has no headless mode. Started on a free port, and stopped so the display goes with it.
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { driverReady } from './webdriver'

// MiniBrowser's toolbar keeps its window at least 447 px wide; a phone is 360. GTK reads
// this style sheet from $XDG_CONFIG_HOME/gtk-3.0/: the toolbar shrinks to nothing much,
// and the page's viewport can be a phone's.
const TINY_TOOLBAR = '* { min-width: 0; min-height: 0; margin: 0; padding: 0; border-width: 0; font-size: 1px; -gtk-icon-transform: scale(0.1); }\n'

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

/**
 * Stops the driver's own process first, so xvfb-run, seeing it end, stops the display and
 * removes its files; the whole process group if that does not end it.
 */
async function stop(run: ChildProcess): Promise<void> {
  if (run.exitCode !== null || run.signalCode !== null)
    return
  const exited = new Promise(resolve => run.once('exit', resolve))
  try {
    const children = readFileSync(`/proc/${run.pid}/task/${run.pid}/children`, 'utf8').trim().split(/\s+/).map(Number)
    for (const pid of children) {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'WebKitWebDriver')
        process.kill(pid, 'SIGTERM')
    }
  }
  catch {}
  const timer = setTimeout(() => process.kill(-run.pid!, 'SIGKILL'), 5_000)
  await exited
  clearTimeout(timer)
}

export interface RunningDriver {
  /** Its address, such as http://127.0.0.1:41234. */
  server: string
  stop: () => Promise<void>
}

/** Starts `driver` (WebKitWebDriver) under `xvfbRun` and waits until it answers. */
export async function startWebKitDriver(driver: string, xvfbRun: string): Promise<RunningDriver> {
  const config = mkdtempSync(join(tmpdir(), 'deck-webkit-'))
  mkdirSync(join(config, 'gtk-3.0'))
  writeFileSync(join(config, 'gtk-3.0', 'gtk.css'), TINY_TOOLBAR)
  const port = await freePort()
  // Its own process group, so that whatever is left of it can be ended at once.
  const run = spawn(xvfbRun, ['-a', '-s', '-screen 0 1920x1080x24', driver, `--port=${port}`], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, XDG_CONFIG_HOME: config },
  })
  let said = ''
  run.stderr!.setEncoding('utf8').on('data', (d: string) => { said += d })
  const running = {
    server: `http://127.0.0.1:${port}`,
    stop: async () => {
      await stop(run)
      rmSync(config, { recursive: true, force: true })
    },
  }
  if (!await driverReady(running.server, 30_000)) {
    await running.stop()
    throw new Error(`WebKitWebDriver did not answer on port ${port} within 30 s: ${said.trim() || 'it said nothing'}`)
  }
  return running
}
