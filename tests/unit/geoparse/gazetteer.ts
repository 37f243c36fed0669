/** The real gazetteer for geoparser tests (built first when missing, never skipped). */
export { realGazetteer } from '../gazetteer/artifact';
