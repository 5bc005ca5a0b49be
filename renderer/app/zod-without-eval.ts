import { z } from 'zod';

/*
 * The window's CSP forbids eval (script-src 'self'). Zod would probe for it
 * with new Function("") the first time it builds an object schema, and that
 * probe, though caught, is reported as a CSP violation. Told to parse
 * without compiling, it never probes. Imported before anything that builds
 * a schema.
 */
z.config({ jitless: true });
