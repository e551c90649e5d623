/**
 * Segment lines from corridor-alignments.geojson (OpenStreetMap-derived, ODbL) laid over the
 * segment records (CC BY): where an alignment has a line, the segment takes it and its
 * `alignment`; ids, end nodes and corridors never change. Pure.
 */
import type { AlignmentsFile, CorridorSegmentsFile } from './schemas';

export function applyAlignments(
	segments: CorridorSegmentsFile,
	alignments: AlignmentsFile | undefined
): CorridorSegmentsFile {
	if (!alignments) return segments;
	const byId = new Map(alignments.features.map((f) => [f.properties.segment, f]));
	return {
		...segments,
		features: segments.features.map((f) => {
			const a = byId.get(f.properties.id);
			if (!a?.geometry) return f;
			return {
				...f,
				geometry: a.geometry,
				properties: { ...f.properties, alignment: a.properties.alignment }
			};
		})
	};
}

/** The loaded geodata with alignments applied to the segments (when both are there). */
export function withAlignments<
	T extends { segments?: CorridorSegmentsFile; alignments?: AlignmentsFile }
>(data: T): T {
	if (!data.segments || !data.alignments) return data;
	return { ...data, segments: applyAlignments(data.segments, data.alignments) };
}
