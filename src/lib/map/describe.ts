import { countryName, kindLabel } from '../article/format';
import type { CorrectionTarget } from '../share/corrections';

/** "city, Karbala, Iraq": a place's kind and where it is, for choosing among namesakes. */
export function describePlace(
	option: Pick<CorrectionTarget, 'name' | 'kind' | 'country' | 'admin1'>
): string {
	const where = [option.admin1, countryName(option.country)].filter(
		(part, i, all) => part && part !== option.name && all.indexOf(part) === i
	);
	return [kindLabel(option.kind), ...where].join(', ');
}
