import type { Buffer } from 'node:buffer'
import { spawn } from 'node:child_process'
import { resolve } from 'node:path'
import process from 'node:process'
import { ROOT } from './deck'

export class CommandError extends Error {
  constructor(readonly command: string, readonly code: number | null, readonly output: string) {
    super(`\`${command}\` failed (exit ${code}).\n${output.split('\n').slice(-25).join('\n')}`)
    this.name = 'CommandError'
  }
}

/**
 * Runs a project binary (node_modules/.bin), capturing output for error messages. The
 * caller's NODE_ENV is not passed on: under Vitest it is "test", and `slidev build` would
 * then ship Vue's development build, so the tests would check a heavier site than users get.
 */
export function runBin(bin: string, args: string[], env: NodeJS.ProcessEnv = {}, cwd = ROOT): Promise<string> {
  const file = resolve(ROOT, 'node_modules/.bin', bin)
  const { NODE_ENV: _callers, ...inherited } = process.env
  return new Promise((ok, fail) => {
    const child = spawn(file, args, { cwd, env: { ...inherited, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (d: Buffer) => { output += d.toString() })
    child.stderr.on('data', (d: Buffer) => { output += d.toString() })
    child.on('error', fail)
    child.on('close', code => code === 0 ? ok(output) : fail(new CommandError(`${bin} ${args.join(' ')}`, code, output)))
  })
}
