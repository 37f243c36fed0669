/**
 * The line format every benchmark of tests/bench prints on stdout, one figure per line, for
 * `npm run bench` to collect: `{"metric":"load.geoparse.rps","value":812.4,"unit":"req/s"}`.
 * `budget`, when given, is the limit the figure is held to (a maximum unless `atLeast`).
 */
export interface Figure {
	metric: string;
	value: number;
	unit: string;
	budget?: number;
	/** The budget is a minimum (throughput) rather than a maximum. */
	atLeast?: boolean;
}

export function emit(figure: Figure): void {
	console.log(JSON.stringify(figure));
}
