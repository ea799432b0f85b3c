// The search index is fetched when search is first opened, not on every page: Material's
// bundle asks for search/search_index.json as soon as a page loads (a first visit would carry
// the whole index, whether or not the reader searches). Loaded in the page's head, before the
// bundle: the request is opened as Material opens it, and sent once the search box gets the
// focus (a click, a tap, Material's keyboard shortcuts), the search toggle is checked, or the
// page was opened from a search result (`?h=`: Material highlights with the index's settings).
// Until then Material's search shows that it is being prepared.
(function () {
  "use strict";
  var INDEX = /\/search\/search_index\.json$/;
  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  var wanted = /[?&]h=[^&]/.test(location.search);
  var waiting = [];

  function start() {
    if (wanted) return;
    wanted = true;
    var queued = waiting;
    waiting = [];
    queued.forEach(function (go) { go(); });
  }

  XMLHttpRequest.prototype.open = function (method, url) {
    this.__searchIndex = INDEX.test(String(url).split(/[?#]/)[0]);
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    var request = this, args = arguments;
    if (request.__searchIndex && !wanted) {
      waiting.push(function () { send.apply(request, args); });
      return;
    }
    return send.apply(request, args);
  };

  document.addEventListener("focusin", function (ev) {
    if (ev.target && ev.target.matches && ev.target.matches(".md-search__input")) start();
  });
  document.addEventListener("change", function (ev) {
    if (ev.target && ev.target.id === "__search" && ev.target.checked) start();
  });
})();
