import { describe, expect, it } from 'vitest'
import { ChromiumNotFoundError, findChromium } from '../../vite/chromium'

describe('findChromium', () => {
  it('prefers CHROME_PATH when it exists', () => {
    expect(findChromium({ CHROME_PATH: '/opt/my/chrome' }, p => p === '/opt/my/chrome' || p === '/usr/bin/chromium')).toBe('/opt/my/chrome')
  })

  it('refuses a CHROME_PATH that does not exist, saying so', () => {
    expect(() => findChromium({ CHROME_PATH: '/nope' }, p => p !== '/nope')).toThrow(/CHROME_PATH=\/nope \(does not exist\)/)
  })

  it('falls back to the usual system paths', () => {
    expect(findChromium({}, p => p === '/usr/bin/google-chrome')).toBe('/usr/bin/google-chrome')
  })

  it('explains what to install when nothing is found', () => {
    const run = () => findChromium({}, () => false)
    expect(run).toThrow(ChromiumNotFoundError)
    expect(run).toThrow(/apt-get install -y chromium/)
    expect(run).toThrow(/CHROME_PATH/)
  })
})
