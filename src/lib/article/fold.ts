/** A name folded for matching what people type: lower case, no accents ("Şanlıurfa" → "sanliurfa"). */
export function foldName(name: string): string {
	return name.normalize('NFKD').replace(/\p{M}/gu, '').replace(/ı/g, 'i').toLowerCase();
}
