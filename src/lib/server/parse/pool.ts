/**
 * Parsing off the request thread: a pool of worker threads, each with its own gazetteer, sized
 * to the cores (`PARSE_WORKERS`, default the cores but one; `0` parses inline). A 200 KB
 * article takes up to a few seconds to parse; on the event loop that stalls every other request,
 * in a worker only the requests waiting for a parse wait.
 *
 * The worker runs this very module (a built server has no separate worker file): started with
 * `workerData.role === WORKER_ROLE`, it serves tasks instead of making a pool. From TypeScript
 * sources (dev server, tests) the worker loads tsx first.
 */
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Gazetteer } from '../../gazetteer/index';
import { artifactPath, getGazetteer, loadGazetteer } from '../gazetteer';
import type { ExportFile } from '../../export/index';
import { runExportTask, type ExportTask } from './export-task';
import { runParseTask, type ParseAnswer, type ParseTask } from './task';

const WORKER_ROLE = 'article-map-parse-worker';
const MAX_FAILURES = 5;

type WorkerTask = ParseTask | ExportTask;
type WorkerAnswer = ParseAnswer | ExportFile;

interface Request {
	id: number;
	task: WorkerTask;
}
type Reply =
	{ id: number; ok: true; answer: WorkerAnswer } | { id: number; ok: false; error: string };

function runTask(task: WorkerTask, gazetteer: Gazetteer): WorkerAnswer {
	return task.kind === 'export' ? runExportTask(task, gazetteer) : runParseTask(task, gazetteer);
}

if (!isMainThread && (workerData as { role?: unknown } | null)?.role === WORKER_ROLE) {
	const gazetteer = loadGazetteer((workerData as { path: string }).path);
	parentPort!.on('message', ({ id, task }: Request) => {
		let reply: Reply;
		try {
			reply = { id, ok: true, answer: runTask(task, gazetteer) };
		} catch (error) {
			reply = { id, ok: false, error: error instanceof Error ? error.message : String(error) };
		}
		parentPort!.postMessage(reply);
	});
}

export interface ParsePool {
	/** Run `task` on a free worker (queued when all are busy). */
	run(task: ParseTask): Promise<ParseAnswer>;
	/** Make an export file on a free worker (see export-task.ts). */
	runExport(task: ExportTask): Promise<ExportFile>;
	/** Workers in the pool (0: tasks run inline). */
	readonly size: number;
	/** Tasks waiting for a worker. */
	queued(): number;
	close(): Promise<void>;
}

interface Slot {
	worker: Worker;
	busy: { id: number; done: (reply: Reply) => void } | null;
}

/**
 * Workers for `PARSE_WORKERS` (default: one per core but one, which is left to the event loop,
 * so a flood of parses cannot starve the requests that need no parse; at least one).
 */
function poolSize(): number {
	const configured = process.env.PARSE_WORKERS;
	if (configured !== undefined && /^\d+$/.test(configured.trim())) return Number(configured);
	return Math.max(1, availableParallelism() - 1);
}

export function createParsePool(size = poolSize()): ParsePool {
	if (size === 0) {
		return {
			run: async (task) => runParseTask(task, getGazetteer()),
			runExport: async (task) => runExportTask(task, getGazetteer()),
			size: 0,
			queued: () => 0,
			close: async () => {}
		};
	}
	const path = artifactPath();
	const queue: Array<{ request: Request; done: (reply: Reply) => void }> = [];
	const slots: Slot[] = [];
	let nextId = 1;
	let closed = false;
	/** Workers that died; past MAX_FAILURES none is replaced and tasks run inline. */
	let failures = 0;

	const spawn = (): Slot => {
		const url = new URL(import.meta.url);
		const workerData = { role: WORKER_ROLE, path };
		// From TypeScript sources the worker registers tsx, then loads this module.
		const worker = url.pathname.endsWith('.ts')
			? new Worker(
					`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); })`,
					{ eval: true, workerData }
				)
			: new Worker(url, { workerData });
		const slot: Slot = { worker, busy: null };
		worker.unref();
		worker.on('message', (reply: Reply) => {
			const busy = slot.busy;
			slot.busy = null;
			worker.unref();
			busy?.done(reply);
			pump();
		});
		const fail = (error: unknown) => {
			const busy = slot.busy;
			slot.busy = null;
			const at = slots.indexOf(slot);
			if (at >= 0) slots.splice(at, 1);
			if (!closed && ++failures <= MAX_FAILURES) slots.push(spawn());
			const message = error instanceof Error ? error.message : `worker exited (${String(error)})`;
			console.error(`parse worker failed: ${message}`);
			busy?.done({ id: busy.id, ok: false, error: message });
			pump();
		};
		worker.on('error', fail);
		worker.on('exit', (code) => {
			if (!closed && code !== 0) fail(code);
		});
		return slot;
	};

	const pump = () => {
		if (slots.length === 0) {
			// Every worker failed: parse here rather than never.
			for (const { request, done } of queue.splice(0)) {
				try {
					done({ id: request.id, ok: true, answer: runTask(request.task, getGazetteer()) });
				} catch (error) {
					done({ id: request.id, ok: false, error: String(error) });
				}
			}
			return;
		}
		for (const slot of slots) {
			if (slot.busy || queue.length === 0) continue;
			const { request, done } = queue.shift()!;
			slot.busy = { id: request.id, done };
			slot.worker.ref();
			slot.worker.postMessage(request);
		}
	};

	for (let i = 0; i < size; i++) slots.push(spawn());

	const submit = (task: WorkerTask) =>
		new Promise<WorkerAnswer>((resolve, reject) => {
			const request = { id: nextId++, task };
			queue.push({
				request,
				done: (reply) =>
					reply.ok ? resolve(reply.answer) : reject(new ParseFailedError(reply.error))
			});
			pump();
		});

	return {
		run: (task) => submit(task) as Promise<ParseAnswer>,
		runExport: (task) => submit(task) as Promise<ExportFile>,
		size,
		queued: () => queue.length,
		async close() {
			closed = true;
			await Promise.all(slots.map((slot) => slot.worker.terminate()));
		}
	};
}

/** A parse failed in its worker (the message is the worker's error). */
export class ParseFailedError extends Error {
	override name = 'ParseFailedError';
}
