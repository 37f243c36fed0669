/**
 * "Nile perch", "Nile crocodile", "Bengal tiger", "Komodo dragon", "Labrador retriever": a
 * species or breed named after a place is an animal, not a mention of the place (the River
 * Nile state of Sudan for a fish of Lake Victoria). The noun follows the name in lower case.
 * Produce named after where it comes from ("Maine lobster", "Texas cattle") names the place and
 * is left alone: only wild species and breeds are listed.
 */

import type { RejectRule } from './input';
import type { Token } from '../tokenize';

/** Nouns of wild species and breeds that are named after a place. */
const SPECIES = new Set(
	`perch tilapia crocodile crocodiles alligator tiger tigers leopard leopards
cheetah python pythons cobra cobras viper vipers dragon dragons tortoise tortoises macaque
macaques terrier terriers retriever retrievers spaniel spaniels sheepdog sheepdogs mastiff
pony ponies hound hounds`.split(/\s+/)
);

export const speciesAfter: RejectRule = {
	id: 'reject/species-after',
	description: 'a species or breed named after the place ("Nile perch", "Bengal tiger")',
	reason: 'part-of-name',
	test: (x) => {
		const after = x.after as Token | undefined;
		return after !== undefined && after.gap === 'space' && !after.cap && SPECIES.has(after.lower);
	}
};
