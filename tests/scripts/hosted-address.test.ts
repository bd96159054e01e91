import { describe, expect, it } from 'vitest'
import { MAX_HOSTED_ADDRESS, OptionsError, parseHostedUrl } from '../../scripts/lib/options'

describe('the hosted address (--url)', () => {
  it.each([
    ['https://example.org/decks/', { origin: 'https://example.org', base: '/decks/' }],
    ['https://bücher.example/', { origin: 'https://xn--bcher-kva.example', base: '/' }],
    ['http://127.0.0.1:8080/x/', { origin: 'http://127.0.0.1:8080', base: '/x/' }],
    ['https://[::1]/', { origin: 'https://[::1]', base: '/' }],
  ])('takes %s', (raw, parsed) => {
    expect(parseHostedUrl(raw, '--url')).toEqual(parsed)
  })

  it('refuses a host with a quote in it, naming the option and what a host is', () => {
    expect(() => parseHostedUrl('https://a"b.com/x/', '--url')).toThrow(OptionsError)
    expect(() => parseHostedUrl('https://a"b.com/x/', '--url')).toThrow(/^--url "https:\/\/a"b\.com\/x\/" names no valid host \("a"b\.com"\); a host is letters, digits, hyphens and dots/)
  })

  it('refuses a path with a quote in it', () => {
    expect(() => parseHostedUrl('https://example.org/a"b/', '--url')).toThrow(OptionsError)
  })

  it('refuses an address too long for a readable QR code, in one line with the limit, before any QR code is tried', () => {
    const long = `https://ex.org/${'a'.repeat(300)}/`
    let error: unknown
    try {
      parseHostedUrl(long, '--url')
    }
    catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(OptionsError)
    const message = (error as Error).message
    expect(message).toContain(`give at most ${MAX_HOSTED_ADDRESS}`)
    expect(message).toContain(`is ${long.length} characters long`)
    expect(message).not.toContain('\n')
    expect(message.length).toBeLessThan(200)
  })

  it('takes the longest address allowed', () => {
    const longest = `https://ex.org/${'a'.repeat(MAX_HOSTED_ADDRESS - 'https://ex.org/'.length - 1)}/`
    expect(longest).toHaveLength(MAX_HOSTED_ADDRESS)
    expect(parseHostedUrl(longest, '--url')?.base).toBe(`/${'a'.repeat(MAX_HOSTED_ADDRESS - 16)}/`)
  })
})
