import { describe, expect, it } from 'vitest';
import { NON_PAGE_CSP, ensureJsonError, securityHeaders } from '../../../src/lib/server/security';

const KIT_CSP = "default-src 'self'; script-src 'self' 'sha256-abc='; frame-ancestors *";

describe('securityHeaders', () => {
	it('forbids framing everywhere but the embed view', () => {
		const page = securityHeaders('/a/abc', KIT_CSP);
		expect(page['x-frame-options']).toBe('DENY');
		expect(page['content-security-policy']).toBe(
			"default-src 'self'; script-src 'self' 'sha256-abc='; frame-ancestors 'none'"
		);
		expect(page['x-content-type-options']).toBe('nosniff');
		expect(page['referrer-policy']).toBe('strict-origin-when-cross-origin');
		// #21 item 7: no powerful feature for anyone, and no window handle across origins.
		expect(page['permissions-policy']).toMatch(/camera=\(\), microphone=\(\), geolocation=\(\)/);
		expect(page['cross-origin-opener-policy']).toBe('same-origin');
	});

	it('lets anyone frame /embed/…, keeping the page policy', () => {
		const embed = securityHeaders('/embed/abc', KIT_CSP);
		expect(embed['x-frame-options']).toBeUndefined();
		expect(embed['content-security-policy']).toBe(
			"default-src 'self'; script-src 'self' 'sha256-abc='; frame-ancestors *"
		);
		expect(securityHeaders('/embedded', KIT_CSP)['x-frame-options']).toBe('DENY');
	});

	it('lets pages fetch an online map style over HTTPS only when one is configured', () => {
		const csp = "default-src 'self'; script-src 'self'; connect-src 'self' data:; img-src 'self'";
		expect(securityHeaders('/', csp)['content-security-policy']).not.toContain('https:');
		const online = securityHeaders('/', csp, { remoteMap: true })['content-security-policy'];
		expect(online).toContain("connect-src 'self' data: https:");
		expect(online).toContain("img-src 'self' https:");
		// Scripts stay our own, whatever the style.
		expect(online).toContain("script-src 'self';");
		expect(
			securityHeaders('/api/geoparse', null, { remoteMap: true })['content-security-policy']
		).toBe(NON_PAGE_CSP);
	});

	it('gives non-page responses a policy that runs and loads nothing', () => {
		expect(securityHeaders('/api/geoparse', null)['content-security-policy']).toBe(NON_PAGE_CSP);
		expect(securityHeaders('/embed/x/data', null)['content-security-policy']).toContain(
			'frame-ancestors *'
		);
	});
});

describe('ensureJsonError', () => {
	it('leaves successes and `{ error }` JSON errors alone', async () => {
		const ok = new Response('<p>hi</p>', { headers: { 'content-type': 'text/html' } });
		expect(await ensureJsonError(ok)).toBe(ok);
		const json = new Response('{"error":"x"}', {
			status: 400,
			headers: { 'content-type': 'application/json' }
		});
		const kept = await ensureJsonError(json);
		expect(kept.status).toBe(400);
		expect(await kept.json()).toEqual({ error: 'x' });
	});

	it('turns an HTML error page into JSON with the same status and the handleError message', async () => {
		const html = new Response('<!doctype html><h1>500</h1>', {
			status: 500,
			headers: { 'content-type': 'text/html' }
		});
		const out = await ensureJsonError(html, 'failed (reference 1234)');
		expect(out.status).toBe(500);
		expect(out.headers.get('content-type')).toMatch(/^application\/json/);
		expect(await out.json()).toEqual({ error: 'failed (reference 1234)' });
	});

	it('keeps a short plain-text reason and the Allow header of a 405', async () => {
		const text = new Response('POST method not allowed', {
			status: 405,
			headers: { 'content-type': 'text/plain', allow: 'GET' }
		});
		const out = await ensureJsonError(text);
		expect(out.headers.get('allow')).toBe('GET');
		expect(await out.json()).toEqual({ error: 'POST method not allowed' });
	});

	it("rewrites SvelteKit's own JSON errors to the API's shape", async () => {
		const kit = new Response('{"message":"Method Not Allowed"}', {
			status: 405,
			headers: { 'content-type': 'application/json', allow: 'POST' }
		});
		const out = await ensureJsonError(kit);
		expect(await out.json()).toEqual({ error: 'This method is not allowed here.' });
		expect(out.headers.get('allow')).toBe('POST');
		const teapot = new Response('{"message":"short and stout"}', {
			status: 418,
			headers: { 'content-type': 'application/json' }
		});
		expect(await (await ensureJsonError(teapot)).json()).toEqual({ error: 'short and stout' });
		const ours = new Response('{"error":"busy"}', {
			status: 503,
			headers: { 'content-type': 'application/json', 'retry-after': '5' }
		});
		const kept = await ensureJsonError(ours);
		expect(kept.headers.get('retry-after')).toBe('5');
		expect(await kept.json()).toEqual({ error: 'busy' });
	});

	it('answers a 404 without a body in words', async () => {
		const out = await ensureJsonError(new Response(null, { status: 404 }));
		expect(await out.json()).toEqual({ error: 'There is no such API endpoint.' });
	});
});
