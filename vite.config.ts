import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { routeModules } from './scripts/route-modules.ts';

export default defineConfig({
  plugins: [react(), tailwindcss(), routeModules()],
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  build: { outDir: 'dist', sourcemap: true, chunkSizeWarningLimit: 700 },
});
