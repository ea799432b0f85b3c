// The site's search worker: Material for MkDocs' own worker, with the query widened so that
// the words staff type find the pages that use them (macros/render/search.py points each
// page's search here; `?material=<file>` names Material's worker beside this folder).
//
// Material appends a wildcard to every word ("ophalen" becomes "ophalen*"), and lunr does not
// stem a word with a wildcard, so against an index of stems ("ophal") the whole word finds
// nothing. Each plain word is therefore also asked as itself, stemmed by the language's
// stemmer ("ophalen^1"; the boost keeps Material from adding the wildcard). When a query finds
// nothing at all, it is asked once more with one typo allowed per word of five letters or more
// ("oudergespek~1"), so a small typo still finds its page and a correct word brings no noise.
// Queries that use lunr's own syntax (+word -word ~ ^ * : ") are passed on unchanged.
"use strict";

const SETUP = 0, QUERY = 2;
const material = new URL(self.location.href).searchParams.get("material");
if (!material || !/^search\.[\w.-]+\.js$/.test(material))
  throw new Error(`search worker: expected ?material=search.<hash>.min.js, got ${material}`);

/* Load Material's worker, keeping its message listener to call it ourselves */
let materialListener = null;
const addListener = self.addEventListener.bind(self);
self.addEventListener = (type, fn, ...rest) =>
  type === "message" ? (materialListener = fn) : addListener(type, fn, ...rest);
importScripts(`../workers/${material}`);
self.addEventListener = addListener;
if (!materialListener) throw new Error("search worker: Material's worker registered no listener");

/* Material's listener answers through postMessage: catch the answer when we asked */
const post = self.postMessage.bind(self);
let waiting = null;
self.postMessage = message => {
  if (waiting) { const resolve = waiting; waiting = null; resolve(message); }
  else post(message);
};
function ask(message) {
  return new Promise(resolve => {
    waiting = resolve;
    materialListener({ data: message });
  });
}

const SYNTAX = /(^|\s)[+-]|[~^*:"]/;
let language = "en";  // the index's language (from the setup message)

/* The typed words, without the language's stop words ("in", "de") when others are left:
   Material would make "in" into "in*", which finds every page with "informatie" */
function words(query) {
  const all = query.trim().split(/[\s-]+/).filter(Boolean);
  const lunr = self.lunr;
  const filter = lunr && (language === "en" ? lunr.stopWordFilter : lunr[language] && lunr[language].stopWordFilter);
  if (!filter) return all;
  const kept = all.filter(word => filter(new lunr.Token(word.toLowerCase())));
  return kept.length ? kept : all;
}
/* A word of one or two letters (an abbreviation: "OC") is asked as itself only, not as the
   start of every longer word ("oc*" would find "ochtend") */
function asked(word) {
  return word.length <= 2 ? `${word}^1` : `${word} ${word}^1`;
}
function widened(query) {
  return words(query).map(asked).join(" ");
}
function withTypos(query) {
  return words(query).map(word => word.length >= 5 ? `${asked(word)} ${word}~1` : asked(word)).join(" ");
}

/* One message at a time, in the order they came */
let queue = Promise.resolve();
addListener("message", ev => {
  queue = queue.then(async () => {
    const message = ev.data;
    if (message.type === SETUP && message.data && message.data.config)
      language = message.data.config.lang[0];
    if (message.type !== QUERY || typeof message.data !== "string"
        || !message.data.trim() || SYNTAX.test(message.data)) {
      if (message.type === SETUP || message.type === QUERY) post(await ask(message));
      else materialListener(ev);
      return;
    }
    const first = await ask({ ...message, data: widened(message.data) });
    if (first.data && first.data.items && first.data.items.length) return post(first);
    post(await ask({ ...message, data: withTypos(message.data) }));
  });
});
