/* Material 9.8.1's inline script of partials/javascripts/base.html, unchanged but for where the
 * scope comes from (the script element's data-md-scope, written by overrides/partials/
 * javascripts/base.html). It defines the helpers Material's bundle expects. Nothing here
 * stores anything: __md_set is only called by features this site does not switch on. */
/* eslint-disable */
var __md_script = document.currentScript;
__md_scope = new URL(__md_script.dataset.mdScope, location),
__md_hash = e => [...e].reduce(((e, _) => (e << 5) - e + _.charCodeAt(0)), 0),
__md_get = (e, _ = localStorage, t = __md_scope) => JSON.parse(_.getItem(t.pathname + "." + e)),
__md_set = (e, _, t = localStorage, a = __md_scope) => { try { t.setItem(a.pathname + "." + e, JSON.stringify(_)) } catch (e) {} };
