/**
 * How far the map zooms in to bring a record into view (a record page, a `sel=` link, a search
 * hit): close enough that the towns, water and rail around it are drawn and labelled, but no
 * closer than the record's location is known. Pure: no map library.
 */
import type { LocationPrecision } from '../data/vocab';

export const FOCUS_ZOOM: Record<LocationPrecision, number> = {
	exact: 10,
	'approximate-site': 10,
	city: 9,
	// A region's or a country's centre is no place: show the region or the country around it.
	region: 7,
	country: 5
};

/** Zoom for a point record; a record without a precision (a corridor segment) is a site. */
export function focusZoom(precision: LocationPrecision | undefined): number {
	return FOCUS_ZOOM[precision ?? 'exact'];
}

/** The most a line record is zoomed to when fitted to the screen. */
export const LINE_FOCUS_MAX_ZOOM = 10;
