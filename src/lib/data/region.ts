/**
 * The extent of the embedded basemap [west, south, east, north]: Western Europe (the corridors'
 * ends) to western China, with room around the region for tall and wide screens.
 */
export const BASEMAP_BBOX: [number, number, number, number] = [-12, 5, 115, 75];
