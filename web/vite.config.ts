import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The Nest server serves the build at `/` (src/web-client); `npm run dev -w web` is not needed.
export default defineConfig({
  plugins: [react()],
  // The server's GraphiQL keeps React 18 at the repository root; hoisted libraries must use ours.
  resolve: { dedupe: ['react', 'react-dom'] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The first screen's budget is checked by scripts/report-size.mjs, not by Vite's warning.
    chunkSizeWarningLimit: 1000,
    manifest: true,
  },
});
