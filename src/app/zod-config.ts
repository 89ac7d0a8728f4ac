import { z } from 'zod/mini';

// zod 4 probes `new Function` for its fast path, which the Content-Security-Policy (script-src 'self', no
// 'unsafe-eval') reports as a violation. Jitless parsing never evaluates code. Imported first by main.tsx.
z.config({ jitless: true });
