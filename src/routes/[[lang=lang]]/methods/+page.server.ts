import { localeFromParam } from '$lib/data/locale';
import { localCorridor } from '$lib/data/records';
import { readRequiredGeodata } from '$lib/server/geodata';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => ({
	corridors: readRequiredGeodata(['corridors']).corridors.corridors.map((c) =>
		localCorridor(c, localeFromParam(params.lang))
	)
});
