import { describe, expect, it } from 'vitest';
import {
	MAX_REQUEST_BYTES,
	checkContentEncoding,
	checkCrossSiteForm,
	checkDeclaredSize,
	checkJsonContentType,
	isApiPath,
	parseRateSpec,
	rateClassOf
} from '../../../src/lib/server/security';

const headers = (init: Record<string, string>) => new Headers({ 'content-length': '10', ...init });

describe('checkDeclaredSize', () => {
	it('passes a body within the limit or without a declared length', () => {
		expect(checkDeclaredSize(new Headers())).toBeNull();
		expect(checkDeclaredSize(headers({ 'content-length': String(MAX_REQUEST_BYTES) }))).toBeNull();
	});

	it('refuses a declared length over the limit with 413', () => {
		const refused = checkDeclaredSize(headers({ 'content-length': String(10 * 1024 * 1024) }));
		expect(refused?.status).toBe(413);
		expect(refused?.error).toMatch(/10240 KB; the limit is 1264 KB/);
		expect(checkDeclaredSize(headers({ 'content-length': '11' }), 10)?.status).toBe(413);
	});
});

describe('checkJsonContentType', () => {
	it('accepts UTF-8 JSON, and anything on safe methods', () => {
		for (const type of [
			'application/json',
			'Application/JSON; charset=UTF-8',
			'application/geo+json',
			'application/json;charset="utf-8"'
		]) {
			expect(checkJsonContentType('POST', headers({ 'content-type': type })), type).toBeNull();
		}
		expect(checkJsonContentType('GET', headers({ 'content-type': 'text/html' }))).toBeNull();
		// No body: the route answers (405 for a method it lacks, 400 for a missing body).
		expect(checkJsonContentType('DELETE', new Headers())).toBeNull();
		expect(checkJsonContentType('POST', new Headers({ 'content-length': '0' }))).toBeNull();
		const chunked = new Headers({ 'transfer-encoding': 'chunked', 'content-type': 'text/plain' });
		expect(checkJsonContentType('POST', chunked)?.status).toBe(415);
	});

	it('refuses other types, other charsets and none with 415', () => {
		for (const type of [
			'text/plain',
			'application/x-www-form-urlencoded',
			'multipart/form-data; boundary=x',
			'application/json; charset=utf-16',
			'application/jsonx',
			''
		]) {
			const refused = checkJsonContentType('POST', headers(type ? { 'content-type': type } : {}));
			expect(refused?.status, type).toBe(415);
		}
	});

	it('quotes a hostile header safely and briefly', () => {
		const refused = checkJsonContentType(
			'PUT',
			headers({ 'content-type': `<b>${'x'.repeat(500)}` })
		);
		expect(refused?.error.length).toBeLessThan(200);
		expect(refused?.error).toContain('"<b>xxx');
	});
});

describe('request classes', () => {
	it('knows the API paths', () => {
		expect(isApiPath('/api/geoparse')).toBe(true);
		expect(isApiPath('/api')).toBe(true);
		expect(isApiPath('/apiary')).toBe(false);
		expect(isApiPath('/')).toBe(false);
	});

	it('limits writes and geoparsing separately, and never reads', () => {
		expect(rateClassOf('POST', '/api/geoparse')).toBe('compute');
		expect(rateClassOf('POST', '/api/articles')).toBe('write');
		expect(rateClassOf('DELETE', '/api/articles/x')).toBe('write');
		expect(rateClassOf('POST', '/new')).toBe('write');
		expect(rateClassOf('GET', '/api/articles/x')).toBeNull();
		expect(rateClassOf('HEAD', '/')).toBeNull();
	});
});

describe('parseRateSpec', () => {
	it('reads N/S and off', () => {
		expect(parseRateSpec('30/60', 'X')).toEqual({ capacity: 30, refillPerSecond: 0.5 });
		expect(parseRateSpec(' 5 / 0.5 ', 'X')).toEqual({ capacity: 5, refillPerSecond: 10 });
		expect(parseRateSpec('OFF', 'X')).toBeNull();
	});

	it('names the variable and the format when the value is wrong', () => {
		for (const bad of ['', '30', '0/60', '30/0', 'ten/60', '30/60/1']) {
			expect(() => parseRateSpec(bad, 'RATE_LIMIT_WRITES'), bad).toThrow(
				/RATE_LIMIT_WRITES=.* use N\/S/
			);
		}
	});
});

describe('checkCrossSiteForm', () => {
	const origin = 'https://maps.example';
	it('refuses form-type bodies from another origin or none', () => {
		for (const type of [
			'text/plain',
			'application/x-www-form-urlencoded',
			'multipart/form-data; boundary=z'
		]) {
			expect(checkCrossSiteForm('POST', headers({ 'content-type': type }), origin)?.status).toBe(
				403
			);
			expect(
				checkCrossSiteForm(
					'DELETE',
					headers({ 'content-type': type, origin: 'https://evil.example' }),
					origin
				)?.status
			).toBe(403);
		}
	});

	it('lets same-origin forms, JSON and reads through', () => {
		const form = { 'content-type': 'application/x-www-form-urlencoded' };
		expect(checkCrossSiteForm('POST', headers({ ...form, origin }), origin)).toBeNull();
		expect(checkCrossSiteForm('GET', headers(form), origin)).toBeNull();
		expect(
			checkCrossSiteForm('POST', headers({ 'content-type': 'application/json' }), origin)
		).toBeNull();
	});
});

describe('checkContentEncoding', () => {
	const withBody = (coding: string) => headers({ 'content-encoding': coding });

	it('lets the API send gzip, deflate or br, and forms none', () => {
		for (const coding of ['gzip', 'deflate', 'br', 'identity', 'GZIP']) {
			expect(checkContentEncoding(withBody(coding), true), coding).toBeNull();
		}
		expect(checkContentEncoding(withBody('gzip'), false)?.status).toBe(415);
		expect(checkContentEncoding(withBody('identity'), false)).toBeNull();
	});

	it('refuses a coding it cannot decode, and ignores it without a body', () => {
		expect(checkContentEncoding(withBody('zstd'), true)?.error).toMatch(/"zstd" is not accepted/);
		expect(checkContentEncoding(new Headers({ 'content-encoding': 'zstd' }), true)).toBeNull();
	});
});
