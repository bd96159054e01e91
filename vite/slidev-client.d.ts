// What the deck's code uses of @slidev/client, typed as Slidev 53.0.0 (pinned) has it. The
// type check reads this instead of the client's shipped TypeScript sources (tsconfig.json
// `paths`), which do not type-check outside Slidev's own build; the build itself still
// compiles the real ones.
import type { ClicksContext, RenderContext, SlideRoute } from '@slidev/types'
import type { ComputedRef, Ref } from 'vue'

export interface SlidevNav {
  slides: Ref<SlideRoute[]>
  currentSlideNo: ComputedRef<number>
  isPrintMode: ComputedRef<boolean>
  isPresenter: ComputedRef<boolean>
  next: () => Promise<void>
  prev: () => Promise<void>
}

export declare function useNav(): SlidevNav

export declare function useSlideContext(): {
  $page: Ref<number>
  $clicksContext: ClicksContext
  $renderContext: Ref<RenderContext>
  $frontmatter: Record<string, any>
}

export declare function onSlideEnter(cb: (to: number, from: number | undefined) => any): void

export declare const sharedState: {
  timer: {
    status: 'stopped' | 'running' | 'paused'
    slides: Record<number, { start?: number, end?: number }>
    startedAt: number
    pausedAt: number
  }
}
