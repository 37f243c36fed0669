/**
 * Reverse lookup: a one-degree grid over entry points, built on first use (a few tens of
 * milliseconds), then a scan of the cells the search radius touches.
 */

const EARTH_KM = 6371;
const RAD = Math.PI / 180;

/** Great-circle distance in kilometres. */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
	const dLat = (lat2 - lat1) * RAD;
	const dLon = (lon2 - lon1) * RAD;
	const a =
		Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
	return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

const cellOf = (latDeg: number, lngDeg: number) =>
	(Math.min(179, Math.floor(latDeg + 90)) * 360 +
		(((Math.floor(lngDeg + 180) % 360) + 360) % 360)) |
	0;

export function createNearIndex(lng: Int32Array, lat: Int32Array, scale: number) {
	const cells = new Map<number, number[]>();
	for (let i = 0; i < lng.length; i++) {
		const c = cellOf((lat[i] as number) / scale, (lng[i] as number) / scale);
		const list = cells.get(c);
		if (list) list.push(i);
		else cells.set(c, [i]);
	}
	return {
		query(
			qLat: number,
			qLon: number,
			radiusKm: number,
			limit: number,
			accept: (i: number) => boolean
		): { index: number; distanceKm: number }[] {
			const dLat = Math.ceil(radiusKm / 111) + 0;
			const cos = Math.max(Math.cos(qLat * RAD), 0.01);
			const dLng = Math.min(180, Math.ceil(radiusKm / (111 * cos)));
			const found: { index: number; distanceKm: number }[] = [];
			for (let y = Math.floor(qLat) - dLat; y <= Math.floor(qLat) + dLat; y++) {
				if (y < -90 || y > 89) continue;
				for (let x = Math.floor(qLon) - dLng; x <= Math.floor(qLon) + dLng; x++) {
					for (const i of cells.get(cellOf(y + 0.5, x + 0.5)) ?? []) {
						if (!accept(i)) continue;
						const d = haversineKm(
							qLat,
							qLon,
							(lat[i] as number) / scale,
							(lng[i] as number) / scale
						);
						if (d <= radiusKm) found.push({ index: i, distanceKm: d });
					}
				}
			}
			return found.sort((a, b) => a.distanceKm - b.distanceKm || a.index - b.index).slice(0, limit);
		}
	};
}
