// Runs Material for MkDocs' own search worker (the file the built site ships) in Node, on a
// built site's search index, and prints what a reader would see for each query: the pages of
// the results in order, each with the section shown first.
// Usage: node material_search.js <site_dir> <language root: "" or "en"> < queries.json
// input: {"queries": ["word", ...], "stem": ["word", ...]}; prints {"results": {"word":
// [{"page": location, "section": location}, ...]}, "stems": {"word": stem}}
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");

const [siteDir, langRoot] = process.argv.slice(2);
// The worker the pages name in Material's configuration (#__config "search"), as a browser
// would load it: the site's own worker (which loads Material's) or Material's.
const home = fs.readFileSync(path.join(siteDir, langRoot, "index.html"), "utf8");
const config = JSON.parse(home.match(/<script id="__config" type="application\/json">(.*?)<\/script>/s)[1]);
const workerUrl = new URL(config.search, "file://" + path.resolve(siteDir, langRoot) + "/");
const workerPath = decodeURIComponent(workerUrl.pathname);
const workerDir = path.dirname(workerPath);
const indexPath = path.join(langRoot, "search/search_index.json");

const listeners = [];
let reply = null;
const sandbox = {
  console, setTimeout, clearTimeout, URL,
  location: { href: workerUrl.href },
  addEventListener: (type, fn) => type === "message" && listeners.push(fn),
  postMessage: msg => { reply = msg; },
  importScripts: (...urls) => {
    for (const url of urls) {
      const file = path.resolve(workerDir, url);
      vm.runInContext(fs.readFileSync(file, "utf8"), sandbox, { filename: file });
    }
  },
};
sandbox.self = sandbox;
sandbox.globalThis = sandbox;
vm.createContext(sandbox);
vm.runInContext(fs.readFileSync(workerPath, "utf8"), sandbox, { filename: workerPath });

async function send(message) {
  reply = null;
  for (const fn of listeners) await fn({ data: message });
  // the handler is async: wait until it has posted its answer
  for (let i = 0; reply === null && i < 1000; i++) await new Promise(r => setImmediate(r));
  if (reply === null) throw new Error("the search worker did not answer");
  return reply;
}

(async () => {
  const index = JSON.parse(fs.readFileSync(path.join(siteDir, indexPath), "utf8"));
  // Message types of Material's worker: 0 setup, 1 ready, 2 query, 3 result
  // as Material's page script sends it: the index and the options from the page's features
  const ready = await send({ type: 0, data: { ...index, options: { suggest: true } } });
  if (ready.type !== 1) throw new Error("the search worker did not get ready");
  const input = JSON.parse(fs.readFileSync(0, "utf8"));
  const out = { results: {}, stems: {} };
  for (const q of input.queries || []) {
    const result = await send({ type: 2, data: q });
    out.results[q] = result.data.items.map(group => ({
      page: group[0].parent ? group[0].parent.location : group[0].location,
      section: group[0].location,
      title: (group.find(item => !item.parent) || group[0]).title,
    }));
  }
  // The language's own stemmer, as the index uses it (lunr-languages, loaded by the setup)
  const lunr = sandbox.lunr;
  const lang = index.config.lang[0];
  const stemmer = lang === "en" ? lunr.stemmer : lunr[lang].stemmer;
  for (const word of input.stem || [])
    out.stems[word] = stemmer(new lunr.Token(word)).toString();
  process.stdout.write(JSON.stringify(out));
})().catch(e => { console.error(e && e.stack || e); process.exit(1); });
