// test/core/csv.test.ts reads papaparse from `window.Papa`, where the browser's classic script
// puts it; in Node the same library is imported and handed over under that name.
import Papa from 'papaparse';

export const window = { Papa };
