// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	/** Digest of the parser's source, set by vite.config.ts (absent under plain tsx). */
	const __PARSER_VERSION__: string | undefined;
	namespace App {
		// interface Error {}
		interface Locals {
			/** The rate-limit key of the client (address, IPv6 per /64). */
			client: string;
			/** Charge work (bytes parsed) to this request's client: see security/work-limit.ts. */
			chargeWork(units: number): void;
			/** Hold the costly-render gate until the response is made (security/render-gate.ts). */
			holdRenderGate(): Promise<void>;
		}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
