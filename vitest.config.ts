// Minimal config for the detect branch; the lead replaces it with unit/integration projects.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { include: ['test/unit/**/*.test.ts'], environment: 'node' },
});
