// Reads an export with citation-js (an independent reader) and prints the CSL-JSON items it understood.
// Usage: NODE_PATH=<dir>/node_modules node read.js bibtex|biblatex|ris|csl-json FILE
const fs = require('fs');
const { Cite } = require('@citation-js/core');
require('@citation-js/plugin-bibtex');
require('@citation-js/plugin-ris');
require('@citation-js/plugin-csl');

const [format, file] = process.argv.slice(2);
const text = fs.readFileSync(file, 'utf8');
const types = { bibtex: '@bibtex/text', biblatex: '@biblatex/text', ris: '@ris/file' };
const cite = format === 'csl-json' ? new Cite(JSON.parse(text)) : new Cite(text, { forceType: types[format] });
const items = cite.data.map(item => {
  const copy = Object.assign({}, item);
  delete copy._graph;
  return copy;
});
process.stdout.write(JSON.stringify(items));
