import jsQR from 'jsqr'
import { describe, expect, it } from 'vitest'
import { qrCode, siteAddress } from '../../vite/deck-address'

/** Paints the code's path (runs of `M x y h w v1 h-w z`) at `scale` px a module and reads it back. */
function decode({ size, path }: { size: number, path: string }, scale = 4): string | undefined {
  const side = size * scale
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255)
  for (const [, x, y, w] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let row = Number(y) * scale; row < (Number(y) + 1) * scale; row++) {
      for (let col = Number(x) * scale; col < (Number(x) + Number(w)) * scale; col++)
        pixels.fill(0, (row * side + col) * 4, (row * side + col) * 4 + 3)
    }
  }
  return jsQR(pixels, side, side)?.data
}

describe('the QR code to the hosted deck', () => {
  it.each(['https://example.org/deck/class/', 'https://school.example/civics/riverton/briefing/'])('reads back as %s', (url) => {
    const code = qrCode(url)
    expect(decode(code)).toBe(url)
  })

  it('keeps the standard quiet zone of four light modules around the code', () => {
    const { size, path } = qrCode('https://example.org/')
    const coords = Array.from(path.matchAll(/M(\d+) (\d+)h(\d+)/g), ([, x, y, w]) => [Number(x), Number(y), Number(x) + Number(w)])
    expect(Math.min(...coords.map(c => c[0]))).toBe(4)
    expect(Math.min(...coords.map(c => c[1]))).toBe(4)
    expect(Math.max(...coords.map(c => c[2]))).toBe(size - 4)
  })

  it('is drawn from numbers only: the address never goes into the path', () => {
    expect(qrCode('https://example.org/"><script>').path).toMatch(/^[Mhvz\d -]+$/)
  })
})

describe('siteAddress', () => {
  it('takes an http(s) address and ends it with a slash', () => {
    expect(siteAddress('https://example.org/deck/class')).toBe('https://example.org/deck/class/')
    expect(siteAddress('http://127.0.0.1:8080/deck/')).toBe('http://127.0.0.1:8080/deck/')
  })

  it('means no QR code when unset or empty', () => {
    expect(siteAddress(undefined)).toBeUndefined()
    expect(siteAddress('')).toBeUndefined()
  })

  it('refuses what is not a web address, naming the variable', () => {
    expect(() => siteAddress('example.org/deck')).toThrow(/DECK_SITE_URL "example.org\/deck" is not a URL/)
    expect(() => siteAddress('javascript:alert(1)')).toThrow(/http or https/)
  })
})
