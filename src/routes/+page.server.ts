import { demoArticle } from '$lib/demo/article';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ article: demoArticle });
