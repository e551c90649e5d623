/** The shape of static/data/network.json (written by `npm run analyze -- --write`), checked on load. */
import { z } from '../data/zod';
import { MODES } from '../data/vocab';
import type { Network } from './network';

const position = z.tuple([z.number(), z.number()]);

export const networkSchema = z.object({
	nodes: z.array(
		z.object({
			id: z.string(),
			name: z.string(),
			country: z.string(),
			kind: z.string(),
			coordinates: position
		})
	),
	segments: z.array(
		z.object({
			id: z.string(),
			corridors: z.array(z.string()),
			fromNode: z.string(),
			toNode: z.string(),
			from: z.string(),
			to: z.string(),
			mode: z.enum(MODES),
			lengthKm: z.number().check(z.nonnegative()),
			publishedKm: z.nullable(z.number().check(z.positive())),
			kmByCountry: z.record(z.string(), z.number()),
			countries: z.array(z.string()),
			russiaParts: z.array(z.array(position))
		})
	)
}) satisfies z.ZodMiniType<Network>;
