// Types for scripts/minify-css-literals.js, which the browser tests import too.
import type { Plugin } from 'rollup';

export function minifyCss(text: string): string;
export function minifyCssLiterals(): Plugin;
