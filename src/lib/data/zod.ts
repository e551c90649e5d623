/**
 * zod, configured once for the whole app. Jitless: zod otherwise probes `new Function("")` to
 * decide whether to compile parsers, and under the app's Content-Security-Policy (no
 * 'unsafe-eval') that probe logs a CSP violation on every page load.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
