import { readFileSync } from 'node:fs';
import { corridorsFileSchema } from '$lib/data/schemas';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	corridors: corridorsFileSchema.parse(JSON.parse(readFileSync('geodata/corridors.json', 'utf8')))
		.corridors
});
