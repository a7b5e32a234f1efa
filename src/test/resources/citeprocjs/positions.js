'use strict';
// Prints the CSL position citeproc-js gives every cite of a sequence of notes, for CiteprocJsPositionsIT.
// usage: node positions.js STYLE.csl RUNS.json
// RUNS.json: [[{"note": 1, "cites": [{"id": "a", "locator": "page 4"}, ...]}, ...], ...]; each run is fed to a
// fresh engine (a chapter whose note numbering restarts), note by note, with processCitationCluster.
// Output (JSON): per run, per note, per cite, the text the style's layout printed for that cite.
// citeproc-js writes its warnings with console.log: keep them off the JSON on stdout.
console.log = console.error;
const fs = require('fs');
const CSL = require('citeproc');
const [styleFile, runsFile] = process.argv.slice(2);
const style = fs.readFileSync(styleFile, 'utf8');
const runs = JSON.parse(fs.readFileSync(runsFile, 'utf8'));
// The style prints only fixed words, so a locale without terms is enough.
const locale = '<?xml version="1.0" encoding="utf-8"?>'
  + '<locale xmlns="http://purl.org/net/xbiblio/csl" version="1.0" xml:lang="en-US"><terms/></locale>';
const out = runs.map((notes) => {
  const engine = new CSL.Engine({
    retrieveLocale: () => locale,
    retrieveItem: (id) => ({ id, type: 'book', title: id }),
  }, style, 'en-US');
  engine.setOutputFormat('text');
  const texts = [];
  const pre = [];
  notes.forEach((n, i) => {
    const citation = {
      citationID: 'c' + i,
      citationItems: n.cites.map((c) => (c.locator == null ? { id: c.id } : { id: c.id, locator: c.locator, label: 'page' })),
      properties: { noteIndex: n.note },
    };
    const [status, updates] = engine.processCitationCluster(citation, pre, []);
    if (status.bibchange === undefined && status.citation_errors && status.citation_errors.length) {
      throw new Error(JSON.stringify(status.citation_errors));
    }
    for (const [index, text] of updates) texts[index] = text;
    pre.push(['c' + i, n.note]);
  });
  return texts.map((t) => t.split('|'));
});
process.stdout.write(JSON.stringify(out));
