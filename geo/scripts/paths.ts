/** Repository-relative locations used by the geo scripts. */

import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_ARTIFACT_PATH as RELATIVE_ARTIFACT } from '../../src/lib/server/gazetteer';
import { DEFAULT_AREAS_PATH as RELATIVE_AREAS } from '../../src/lib/server/areas';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_ARTIFACT_PATH = join(ROOT, RELATIVE_ARTIFACT);
export const DEFAULT_AREAS_PATH = join(ROOT, RELATIVE_AREAS);
export const DATA_DIR = join(ROOT, 'geo/data');

/** Directory of an installed package (without going through its `exports` map). */
export const packageDir = (name: string) => join(ROOT, 'node_modules', name);
