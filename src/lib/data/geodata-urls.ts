/**
 * URLs of the geodata files, bundled by Vite as hashed assets (so a new release is never served a
 * stale cached file). The files themselves live in the top-level geodata/ folder.
 */
import corridors from '../../../geodata/corridors.json?url';
import segments from '../../../geodata/corridor-segments.geojson?url';
import places from '../../../geodata/places.geojson?url';
import plants from '../../../geodata/plants.geojson?url';
import mines from '../../../geodata/mines.geojson?url';
import projects from '../../../geodata/projects.geojson?url';
import alignments from '../../../geodata/corridor-alignments.geojson?url';
import type { GeodataKey } from './schemas';

export const GEODATA_URLS: Record<GeodataKey, string> = {
	corridors,
	segments,
	places,
	plants,
	mines,
	projects,
	alignments
};
