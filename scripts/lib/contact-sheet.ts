import type { Browser } from 'playwright-core'
import { readFile } from 'node:fs/promises'

/** Lays PNG files out in a labelled grid and saves one screenshot of it. */
export async function contactSheet(browser: Browser, images: string[], out: string, columns = 4, width = 490): Promise<void> {
  const cells = await Promise.all(images.map(async (file, i) => {
    const data = (await readFile(file)).toString('base64')
    return `<figure><img src="data:image/png;base64,${data}"><figcaption>${i + 1}</figcaption></figure>`
  }))
  const page = await browser.newPage({ viewport: { width: columns * (width + 12) + 12, height: 400 } })
  await page.setContent(`<!doctype html><style>
    body { margin: 0; padding: 6px; background: #555; font: 14px sans-serif; }
    main { display: grid; grid-template-columns: repeat(${columns}, ${width}px); gap: 12px; }
    figure { margin: 0; position: relative; }
    img { width: 100%; display: block; }
    figcaption { position: absolute; top: 4px; right: 6px; background: #000c; color: #fff; padding: 1px 6px; border-radius: 3px; }
  </style><main>${cells.join('')}</main>`)
  await page.screenshot({ path: out, fullPage: true })
  await page.close()
}
