/**
 * One index over every record in every layer, so the list, search and detail panel can find a
 * record by id without knowing which file it came from.
 */
import type { Geometry } from 'geojson';
import type { Geodata } from './load';
import type {
	CorridorSegmentProps,
	MineProps,
	PlaceProps,
	PlantProps,
	ProjectProps
} from './schemas';

export type AtlasRecord =
	| {
			layer: 'corridors';
			id: string;
			name: string;
			props: CorridorSegmentProps;
			geometry: Geometry;
	  }
	| { layer: 'places'; id: string; name: string; props: PlaceProps; geometry: Geometry }
	| { layer: 'plants'; id: string; name: string; props: PlantProps; geometry: Geometry }
	| { layer: 'mines'; id: string; name: string; props: MineProps; geometry: Geometry }
	| { layer: 'projects'; id: string; name: string; props: ProjectProps; geometry: Geometry };

export interface RecordIndex {
	all: AtlasRecord[];
	byId: Map<string, AtlasRecord>;
}

export function segmentName(p: CorridorSegmentProps): string {
	return p.name ?? `${p.from} – ${p.to}`;
}

export function indexRecords(data: Partial<Geodata>): RecordIndex {
	const all: AtlasRecord[] = [];
	for (const f of data.segments?.features ?? [])
		all.push({
			layer: 'corridors',
			id: f.properties.id,
			name: segmentName(f.properties),
			props: f.properties,
			geometry: f.geometry
		});
	for (const f of data.places?.features ?? [])
		all.push({
			layer: 'places',
			id: f.properties.id,
			name: f.properties.name,
			props: f.properties,
			geometry: f.geometry
		});
	for (const f of data.plants?.features ?? [])
		all.push({
			layer: 'plants',
			id: f.properties.id,
			name: f.properties.name,
			props: f.properties,
			geometry: f.geometry
		});
	for (const f of data.mines?.features ?? [])
		all.push({
			layer: 'mines',
			id: f.properties.id,
			name: f.properties.name,
			props: f.properties,
			geometry: f.geometry
		});
	for (const f of data.projects?.features ?? [])
		all.push({
			layer: 'projects',
			id: f.properties.id,
			name: f.properties.name,
			props: f.properties,
			geometry: f.geometry
		});
	return { all, byId: new Map(all.map((r) => [r.id, r])) };
}
