import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { corpusPlugin } from './lib/corpus/vite-plugin';

export default defineConfig({
  plugins: [WxtVitest(), corpusPlugin()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
