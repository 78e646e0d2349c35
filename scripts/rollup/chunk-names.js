// A rollup plugin: `chunk-names.json` beside the build, saying what each chunk is.
//
// Chunks are named by their hash alone (every name is bytes in a first load; see
// rollup.config.js). This small manifest, which no page loads, gives each its module's name
// again: for people reading a network panel, and for scripts/check-size.js's report.
export function chunkNames() {
  return {
    name: 'chunk-names',
    generateBundle(_options, bundle) {
      const names = {};
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk' && !file.isEntry) names[file.fileName] = file.name;
      }
      this.emitFile({
        type: 'asset',
        fileName: 'chunk-names.json',
        source: `${JSON.stringify(names, null, 2)}\n`,
      });
    },
  };
}
