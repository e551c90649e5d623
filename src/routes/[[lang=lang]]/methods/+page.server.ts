import { readRequiredGeodata } from '$lib/server/geodata';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	corridors: readRequiredGeodata(['corridors']).corridors.corridors
});
