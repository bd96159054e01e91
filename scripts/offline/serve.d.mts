import type { Server } from 'node:http'

export interface StaticServer { url: string, close: () => Promise<void>, server: Server }
export function serveStatic(root: string, base?: string, port?: number): Promise<StaticServer>
export function baseOf(indexHtml: string): string
