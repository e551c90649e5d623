/**
 * The single definition of every record the atlas holds. TypeScript types are inferred from these
 * schemas; the build, the data check and the app all validate through them.
 */
import { z } from './zod';
import { ID_PATTERN, ID_RULE } from './ids';
import {
	ALIGNMENTS,
	COMMODITIES,
	CROSSINGS,
	COUNTRY_CODES,
	CURRENCIES,
	INSTRUMENTS,
	LOCATION_PRECISIONS,
	MODES,
	PLACE_KINDS,
	PLANT_TECHNOLOGIES,
	PRIORITY_AREAS,
	SECTORS,
	STATUSES,
	YEAR_BOUNDS,
	FILTER_YEAR_BOUNDS
} from './vocab';

const [MIN_YEAR, MAX_YEAR] = YEAR_BOUNDS;

/** Every id in the atlas (records, corridors, network nodes): the rule in ids.ts. */
export const idSchema = z.string().check(z.regex(ID_PATTERN, ID_RULE));

/** A date as precise as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD. */
export const partialDateSchema = z
	.string()
	.check(
		z.regex(
			/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
			'must be YYYY, YYYY-MM or YYYY-MM-DD'
		)
	);

export const isoDateSchema = z.iso.date();

/** Absent or null in the file reads as null. */
const nullOr = <T extends z.ZodMiniType>(schema: T) => z._default(z.nullable(schema), null);

const httpUrl = () => z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

export const countryCodeSchema = z.enum(COUNTRY_CODES, {
	error: (issue) => `unknown ISO 3166-1 alpha-3 country code ${JSON.stringify(issue.input)}`
});

export const yearSchema = z
	.int()
	.check(
		z.gte(MIN_YEAR, `year before ${MIN_YEAR} is not plausible here`),
		z.lte(MAX_YEAR, `year after ${MAX_YEAR} is not plausible`)
	);

/** Plants and mines may predate independence (Nurek, Toktogul). */
export const commissionYearSchema = z
	.int()
	.check(
		z.gte(FILTER_YEAR_BOUNDS[0], `year before ${FILTER_YEAR_BOUNDS[0]} is not plausible here`),
		z.lte(MAX_YEAR, `year after ${MAX_YEAR} is not plausible`)
	);

export const sourceSchema = z.strictObject({
	publisher: text(200),
	title: text(400),
	date: z.nullable(partialDateSchema),
	url: httpUrl()
});
export type Source = z.infer<typeof sourceSchema>;

const sourcesSchema = z
	.array(sourceSchema)
	.check(z.minLength(1, 'at least one source is required'));

/** [longitude, latitude] in WGS84, within the atlas's wide region (Europe to western China). */
export const positionSchema = z
	.tuple([z.number(), z.number()])
	.check(
		z.refine(
			([lon, lat]) => lon >= -10 && lon <= 125 && lat >= 10 && lat <= 72,
			'position outside the atlas region (lon -10..125, lat 10..72): are longitude and latitude swapped?'
		)
	);

export const pointSchema = z.strictObject({
	type: z.literal('Point'),
	coordinates: positionSchema
});
export const lineStringSchema = z.strictObject({
	type: z.literal('LineString'),
	coordinates: z.array(positionSchema).check(z.minLength(2, 'a line needs at least two positions'))
});

/**
 * A record's status, the date of the newest source that supports it and that source's URL (which
 * must be one of the record's `sources[].url`: the data check fails otherwise).
 */
const statusFields = {
	status: z.enum(STATUSES),
	statusAsOf: nullOr(partialDateSchema),
	statusSource: nullOr(httpUrl())
};

/**
 * A name in each of the atlas's languages: `en` as `name` has it, `ja` and `ru` where known (the
 * UI shows the reader's language and falls back to English; search finds any of them).
 */
export const namesSchema = z.strictObject({
	en: text(200),
	ja: z.optional(text(200)),
	ru: z.optional(text(200))
});

/** Fields every record shares. */
const recordBase = {
	id: idSchema,
	name: text(200),
	names: z.optional(namesSchema),
	/** Other spellings and scripts, so search finds "Aqtau" and "Актау" as well as "Aktau". */
	aliases: z._default(z.array(text(200)), []),
	description: z.nullable(text(2000)),
	...statusFields,
	sources: sourcesSchema,
	locationPrecision: z.enum(LOCATION_PRECISIONS),
	/** Why the location is where it is (for anything but `exact`). */
	locationNote: nullOr(text(500)),
	lastChecked: isoDateSchema,
	/**
	 * The site lies at sea (an offshore field or terminal): the data check then wants it near the
	 * claimed country's coast rather than inside its land.
	 */
	offshore: z._default(z.boolean(), false),
	/** What is known to be missing or uncertain, in words. */
	notes: nullOr(text(2000))
};

const participantsSchema = z.array(text(200));

// ---------------------------------------------------------------- corridors

export const corridorSegmentPropsSchema = z.strictObject({
	id: idSchema,
	/** The corridors this segment belongs to (a trunk line may serve more than one). */
	corridors: z.array(idSchema).check(z.minLength(1)),
	name: z.optional(text(200)),
	names: z.optional(namesSchema),
	fromNode: idSchema,
	toNode: idSchema,
	from: text(120),
	to: text(120),
	mode: z.enum(MODES),
	operator: z.nullable(text(200)),
	...statusFields,
	sources: sourcesSchema,
	locationPrecision: z.enum(LOCATION_PRECISIONS),
	locationNote: nullOr(text(500)),
	lastChecked: isoDateSchema,
	notes: nullOr(text(2000)),
	/** The line's published length in km for the same two ends, or null where none is known. */
	publishedKm: nullOr(z.number().check(z.positive())),
	/** Where `publishedKm` comes from (required with it). */
	publishedKmSource: nullOr(sourceSchema),
	/**
	 * Why the drawn line may stay more than 10% off `publishedKm` (the data check then warns
	 * instead of failing): a planned line whose alignment is not public, for instance.
	 */
	lengthCheckExemption: nullOr(text(500)),
	/** The segment crosses water in a tunnel or on a bridge (exempt from the water check). */
	crossing: nullOr(z.enum(CROSSINGS)),
	/**
	 * How the line is drawn. Not written in corridor-segments.geojson: set from
	 * corridor-alignments.geojson when the data is loaded (`waypoints` when it has no entry).
	 */
	alignment: z._default(z.enum(ALIGNMENTS), 'waypoints')
});
export type CorridorSegmentProps = z.infer<typeof corridorSegmentPropsSchema>;

/** Corridor-level facts (not geometry): name, colour, published transit times. */
export const publishedTransitSchema = z.strictObject({
	fromName: text(120),
	toName: text(120),
	daysMin: z.number().check(z.positive()),
	daysMax: z.number().check(z.positive()),
	source: sourceSchema
});
export const corridorSchema = z.strictObject({
	id: idSchema,
	name: text(200),
	names: z.optional(namesSchema),
	shortName: text(40),
	/** The short name (legend, comparison) in each language, as `names` gives the full one. */
	shortNames: z.optional(
		z.strictObject({ en: text(40), ja: z.optional(text(40)), ru: z.optional(text(40)) })
	),
	aliases: z._default(z.array(text(200)), []),
	description: text(2000),
	color: z.string().check(z.regex(/^#[0-9a-f]{6}$/i)),
	publishedTransit: z._default(z.array(publishedTransitSchema), []),
	sources: sourcesSchema,
	lastChecked: isoDateSchema
});
export type Corridor = z.infer<typeof corridorSchema>;

// ---------------------------------------------------------------- places (ports, crossings)

export const placePropsSchema = z.strictObject({
	...recordBase,
	kind: z.enum(PLACE_KINDS),
	country: countryCodeSchema,
	operator: z.nullable(text(200)),
	/** Capacity or throughput as the source states it, e.g. "6.5 Mt/year dry cargo (2023)". */
	capacity: z.nullable(text(300)),
	/** For a border crossing, the country on the other side. */
	crossesTo: nullOr(countryCodeSchema),
	japaneseParticipants: z._default(participantsSchema, []),
	projectIds: z._default(z.array(idSchema), [])
});
export type PlaceProps = z.infer<typeof placePropsSchema>;

// ---------------------------------------------------------------- energy plants

export const plantPropsSchema = z.strictObject({
	...recordBase,
	technology: z.enum(PLANT_TECHNOLOGIES),
	country: countryCodeSchema,
	/** Installed or planned electrical capacity; null where no source gives it. */
	capacityMw: z.nullable(z.number().check(z.positive())),
	/** Non-electric output as the source states it (e.g. "600,000 t/year gasoline"). */
	output: nullOr(text(300)),
	operator: z.nullable(text(200)),
	japaneseParticipants: z._default(participantsSchema, []),
	otherParticipants: z._default(participantsSchema, []),
	yearCommissioned: nullOr(commissionYearSchema),
	projectIds: z._default(z.array(idSchema), [])
});
export type PlantProps = z.infer<typeof plantPropsSchema>;

// ---------------------------------------------------------------- mines

export const minePropsSchema = z.strictObject({
	...recordBase,
	commodities: z.array(z.enum(COMMODITIES)).check(z.minLength(1)),
	country: countryCodeSchema,
	operator: z.nullable(text(200)),
	japaneseParticipants: z._default(participantsSchema, []),
	otherParticipants: z._default(participantsSchema, []),
	/** Reported output as the source states it. */
	output: nullOr(text(300)),
	projectIds: z._default(z.array(idSchema), [])
});
export type MineProps = z.infer<typeof minePropsSchema>;

// ---------------------------------------------------------------- Japan-linked projects

/**
 * Converted figures are never stored: USD is computed from amount, currency and date by fx.ts.
 * Named here so an old-format entry fails with a message that says what to do.
 */
const noStoredUsd = z.optional(
	z.never({
		error: 'no stored USD figures: fx.ts converts amount, currency and date; delete this field'
	})
);

/**
 * Money from a Japanese public or private entity (JICA, JBIC, NEXI, the government, banks,
 * trading houses...), in the currency the source states. Other financiers' money is not an entry:
 * they go in `otherParticipants` and, where useful, `projectCost.note`.
 */
export const financingSchema = z.strictObject({
	financier: text(200),
	instrument: z.enum(INSTRUMENTS),
	/** In the original currency, as the source states it. */
	amount: z.number().check(z.positive('amount must be positive')),
	currency: z.enum(CURRENCIES),
	/** What the amount refers to (signing, exchange of notes, announcement); null only if no source dates it. */
	date: z.nullable(partialDateSchema),
	/**
	 * `japanese-share`: committed Japanese money, counted in totals. `target`: an announced target,
	 * not committed finance, left out of totals.
	 */
	scope: z.enum(['japanese-share', 'target'], {
		error: 'scope is "japanese-share" or "target" (a whole-project figure goes in projectCost)'
	}),
	note: nullOr(text(500)),
	usd: noStoredUsd,
	usdRate: noStoredUsd,
	usdRateDate: noStoredUsd
});
export type Financing = z.infer<typeof financingSchema>;

/** The project's total cost as a source states it, whoever pays: never counted as Japan's money. */
export const projectCostSchema = z.strictObject({
	amount: z.number().check(z.positive('amount must be positive')),
	currency: z.enum(CURRENCIES),
	date: z.nullable(partialDateSchema),
	note: nullOr(text(500)),
	usd: noStoredUsd
});
export type ProjectCost = z.infer<typeof projectCostSchema>;

export const projectPropsSchema = z
	.strictObject({
		...recordBase,
		/** One or more countries; several for cross-border projects. */
		countries: z.array(countryCodeSchema).check(z.minLength(1)),
		sector: z.enum(SECTORS),
		priorityArea: z.enum(PRIORITY_AREAS),
		japaneseParticipants: participantsSchema.check(
			z.minLength(1, 'a Japan-linked project names its Japanese participant')
		),
		otherParticipants: z._default(participantsSchema, []),
		/** Japanese money only (see financingSchema). */
		financing: z._default(z.array(financingSchema), []),
		projectCost: nullOr(projectCostSchema),
		yearAgreed: z.nullable(yearSchema),
		yearStarted: z.nullable(yearSchema),
		yearCompleted: z.nullable(yearSchema),
		/** Related records in other layers (plant, mine, place or corridor segment ids). */
		relatedIds: z._default(z.array(idSchema), [])
	})
	.check(
		z.superRefine((p, ctx) => {
			if (p.yearStarted !== null && p.yearCompleted !== null && p.yearCompleted < p.yearStarted) {
				ctx.addIssue({
					code: 'custom',
					path: ['yearCompleted'],
					message: 'completion year is before start year'
				});
			}
		})
	);
export type ProjectProps = z.infer<typeof projectPropsSchema>;

// ---------------------------------------------------------------- feature collections

function featureCollection<P extends z.ZodMiniType, G extends z.ZodMiniType>(
	props: P,
	geometry: G
) {
	return z.strictObject({
		type: z.literal('FeatureCollection'),
		features: z.array(
			z.strictObject({
				type: z.literal('Feature'),
				id: z.optional(z.union([z.string(), z.number()])),
				geometry,
				properties: props
			})
		)
	});
}

export const corridorSegmentsFileSchema = featureCollection(
	corridorSegmentPropsSchema,
	lineStringSchema
);
export const placesFileSchema = featureCollection(placePropsSchema, pointSchema);
export const plantsFileSchema = featureCollection(plantPropsSchema, pointSchema);
export const minesFileSchema = featureCollection(minePropsSchema, pointSchema);
export const projectsFileSchema = featureCollection(
	projectPropsSchema,
	z.union([pointSchema, lineStringSchema])
);
export const corridorsFileSchema = z.strictObject({
	corridors: z.array(corridorSchema).check(z.minLength(1))
});

/**
 * corridor-alignments.geojson: segment lines derived from OpenStreetMap (ODbL 1.0), kept apart
 * from the CC BY records. One feature per rail segment, keyed by `segment`; a `waypoints` entry
 * has no geometry (the segment keeps its own) and says why in `method`.
 */
export const alignmentPropsSchema = z.strictObject({
	segment: idSchema,
	alignment: z.enum(ALIGNMENTS),
	/** How the line was made, or why the OpenStreetMap line was not used. */
	method: text(500),
	/** OpenStreetMap features used (way or node ids), for attribution and checking. */
	osmIds: z._default(z.array(z.int()), [])
});
export const alignmentsFileSchema = z.strictObject({
	type: z.literal('FeatureCollection'),
	/** Licence and attribution of the derived geometry. */
	license: text(200),
	attribution: text(200),
	features: z.array(
		z.strictObject({
			type: z.literal('Feature'),
			geometry: z.nullable(lineStringSchema),
			properties: alignmentPropsSchema
		})
	)
});
export type AlignmentsFile = z.infer<typeof alignmentsFileSchema>;

export type CorridorSegmentsFile = z.infer<typeof corridorSegmentsFileSchema>;
export type PlacesFile = z.infer<typeof placesFileSchema>;
export type PlantsFile = z.infer<typeof plantsFileSchema>;
export type MinesFile = z.infer<typeof minesFileSchema>;
export type ProjectsFile = z.infer<typeof projectsFileSchema>;
export type CorridorSegmentFeature = CorridorSegmentsFile['features'][number];
export type PlaceFeature = PlacesFile['features'][number];
export type PlantFeature = PlantsFile['features'][number];
export type MineFeature = MinesFile['features'][number];
export type ProjectFeature = ProjectsFile['features'][number];

/** The geodata files, their schemas and the layer each feeds. */
export const GEODATA_FILES = {
	corridors: { file: 'corridors.json', schema: corridorsFileSchema },
	segments: { file: 'corridor-segments.geojson', schema: corridorSegmentsFileSchema },
	places: { file: 'places.geojson', schema: placesFileSchema },
	plants: { file: 'plants.geojson', schema: plantsFileSchema },
	mines: { file: 'mines.geojson', schema: minesFileSchema },
	projects: { file: 'projects.geojson', schema: projectsFileSchema },
	alignments: { file: 'corridor-alignments.geojson', schema: alignmentsFileSchema }
} as const;
export type GeodataKey = keyof typeof GEODATA_FILES;
