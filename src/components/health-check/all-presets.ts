import { readFramework, type Framework } from './framework.js';
import { framework as nef } from './preset-nef.js';
import { framework as scie } from './preset-scie.js';
import { wales } from './presets.js';

/**
 * The three presets together, for the package's API (`healthCheckPresets`, `parseFramework`):
 * code that reads a framework by name gets it at once. The element does not import this file:
 * it loads nef's and SCIE's statements by import() only on a page that names them.
 */
export const presets = { wales, nef, scie } as const;

/**
 * Checks a framework (parsed JSON, a value, or a preset's name: `wales`, `nef`, `scie`) and
 * gives every statement an id (`<principle>-<n>` where none is given). Throws an Error that
 * says what is wrong.
 */
export function parseFramework(value: unknown): Framework {
  return readFramework(value, (name) => {
    const key = name.trim().toLowerCase();
    return Object.hasOwn(presets, key) ? presets[key as keyof typeof presets] : undefined;
  });
}
