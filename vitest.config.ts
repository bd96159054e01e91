import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [vue()],
  test: {
    include: ['tests/**/*.test.ts'],
    // The export test drives real Chromium; keep it alone so it gets a full core.
    fileParallelism: true,
    testTimeout: 20_000,
  },
})
