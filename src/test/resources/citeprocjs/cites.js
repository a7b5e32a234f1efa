'use strict';
// Prints what citeproc-js writes for a sequence of notes (or in-text citations) and the bibliography of the same
// session, for CiteprocJsCitationsIT.
// usage: node cites.js STYLE.csl LOCALES-DIR ITEMS.json NOTES.json [text|html]
// (LOCALES-DIR holds locales-xx-XX.xml files; the output format is text unless html is asked for)
// NOTES.json: [{"note": 1, "cites": [{"id": "a", "locator": "4", "label": "page"}, ...]}, ...], fed in order with
// processCitationCluster, the note number as noteIndex.
// Output (JSON): {"notes": [the text of each note, as it stands once every note is in], "bibliography": [...]}.
// citeproc-js writes its warnings with console.log: keep them off the JSON on stdout.
console.log = console.error;
const fs = require('fs');
const CSL = require('citeproc');
const [styleFile, localeDir, itemsFile, notesFile, format] = process.argv.slice(2);
const items = JSON.parse(fs.readFileSync(itemsFile, 'utf8'));
const byId = Object.fromEntries(items.map((i) => [i.id, i]));
const notes = JSON.parse(fs.readFileSync(notesFile, 'utf8'));
// The style's own default locale (OSCOLA's en-GB), as Ibidem uses it; en-US for one there is no file of.
const retrieveLocale = (lang) => {
  const file = `${localeDir}/locales-${lang}.xml`;
  return fs.readFileSync(fs.existsSync(file) ? file : `${localeDir}/locales-en-US.xml`, 'utf8');
};
const engine = new CSL.Engine({ retrieveLocale, retrieveItem: (id) => byId[id] },
  fs.readFileSync(styleFile, 'utf8'), 'en-US');
engine.setOutputFormat(format || 'text');
const texts = [];
const pre = [];
notes.forEach((n, i) => {
  const citation = {
    citationID: 'c' + i,
    citationItems: n.cites.map((c) => {
      const item = { id: c.id };
      if (c.locator != null) {
        item.locator = c.locator;
        item.label = c.label || 'page';
      }
      return item;
    }),
    properties: { noteIndex: n.note },
  };
  const [, updates] = engine.processCitationCluster(citation, pre, []);
  for (const [index, text] of updates) texts[index] = text;
  pre.push(['c' + i, n.note]);
});
const bib = engine.makeBibliography();
process.stdout.write(JSON.stringify({
  notes: texts,
  bibliography: bib ? bib[1].map((e) => e.trim()) : [],
}));
