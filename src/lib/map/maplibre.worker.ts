// MapLibre's worker, as a file of the app's own build: importing MapLibre's worker bundle runs it.
// Built by Vite as a worker so that scripts/vite-lean-maplibre.ts can trim it like the page's copy.
import 'maplibre-gl/dist/maplibre-gl-worker.mjs';
