import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PDFDocument, PDFHexString, PDFName } from 'pdf-lib'
import { afterAll, describe, expect, it } from 'vitest'
import { documentInfo, readPdfText, setDocumentInfo } from '../../scripts/lib/pdf'

const dir = mkdtempSync(join(tmpdir(), 'deck-pdf-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** A one-page PDF whose bookmarks read as Chromium writes wrapped headings. */
async function pdfWithBookmarks(titles: string[]): Promise<string> {
  const doc = await PDFDocument.create()
  doc.addPage()
  const root = doc.context.nextRef()
  const refs = titles.map(() => doc.context.nextRef())
  refs.forEach((ref, i) => doc.context.assign(ref, doc.context.obj({
    Title: PDFHexString.fromText(titles[i]),
    Parent: root,
    ...(i > 0 ? { Prev: refs[i - 1] } : {}),
    ...(i < refs.length - 1 ? { Next: refs[i + 1] } : {}),
  })))
  doc.context.assign(root, doc.context.obj({ Type: 'Outlines', First: refs[0], Last: refs.at(-1)!, Count: refs.length }))
  doc.catalog.set(PDFName.of('Outlines'), root)
  const file = join(dir, `${titles.length}-${Date.now()}.pdf`)
  writeFileSync(file, await doc.save())
  return file
}

const info = { title: 'Deck', author: 'Team', subject: 'About', keywords: ['India', 'Russia'], lang: 'en' }

describe('setDocumentInfo', () => {
  it('writes title, author, subject, keywords and language', async () => {
    const file = await pdfWithBookmarks(['Intro'])
    await setDocumentInfo(file, info)
    expect((await readPdfText(file)).info).toMatchObject({ Title: 'Deck', Author: 'Team', Subject: 'About', Keywords: 'India Russia', Language: 'en' })
  })

  it('puts back the spaces Chromium drops where a heading wraps, and leaves other bookmarks alone', async () => {
    const file = await pdfWithBookmarks(['Modi and Putinagreed to deepen ties', 'Energy', 'Unrelated'])
    await setDocumentInfo(file, info, ['Modi and Putin\nagreed to deepen ties', 'Energy'])
    expect((await readPdfText(file)).outline).toEqual(['Modi and Putin agreed to deepen ties', 'Energy', 'Unrelated'])
  })
})

describe('documentInfo', () => {
  it('reads the headmatter, splitting keywords at commas', () => {
    expect(documentInfo({ title: ' Deck ', author: 'Team', info: 'About', keywords: 'India, Russia,' }))
      .toEqual({ ...info, title: 'Deck' })
  })

  it('names the missing headmatter field', () => {
    expect(() => documentInfo({ title: 'Deck', author: '', info: 'About', keywords: 'x' })).toThrow(/"author"/)
  })
})
