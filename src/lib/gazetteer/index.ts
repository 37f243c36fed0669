/**
 * Offline gazetteer: pure lookup over a prebuilt artifact.
 *
 * @example
 * // server: const gaz = loadGazetteer();  (src/lib/server/gazetteer.ts)
 * // anywhere: const gaz = openGazetteer(bytes);
 * gaz.lookup('Karbala Province')[0].place.kind === 'admin1';
 * gaz.has(nameKey('New York'));          // multi-word matching in the geoparser
 * gaz.demonym('Iranian')?.countryCode === 'IR';
 */

export type * from './types';
export { isSettlement } from './types';
export { alternateDoubt, openGazetteer, createGazetteer } from './lookup';
export { candidate } from './candidate';
export { nameKey, prefixKey, splitKindHint, KIND_WORDS, wordTable } from './normalize';
export { encodeArtifact } from './format';
export { haversineKm } from './near';
export { AreasError, encodeAreas, openAreas } from './areas';
