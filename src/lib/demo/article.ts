import text from './camp-taji.txt?raw';

/** The demo article the app opens with. */
export const demoArticle = {
	title: 'US strikes back after the rocket attack on Camp Taji',
	text
};
