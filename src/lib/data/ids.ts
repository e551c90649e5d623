/**
 * The id rule, apart from the geodata's schemas: the URL parser needs it on the main thread,
 * where the schemas are not loaded (the geodata is checked in a worker).
 */
import { z } from './zod';

/** Every id in the atlas (records, corridors, network nodes), in the data and in the URL. */
export const idSchema = z
	.string()
	.check(
		z.regex(/^[a-z0-9][a-z0-9-]{1,79}$/, 'must be lower-case letters, digits and hyphens (2-80)')
	);
