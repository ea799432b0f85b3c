/* What every page script of this site shares (loaded before them, plain browser JavaScript):
 * loading a script of this site on demand, downloading a file made in this browser, the
 * organisation's locations as the page lists them, filling placeholders, dates and times in a
 * letter's own CLDR format, and the "Word file" buttons.
 *
 * Every rule comes from what the build wrote into the page (data attributes, JSON data
 * blocks): nothing here knows a field, a length or a format of its own. Nothing is sent:
 * files are handed to the browser as downloads from memory. What is typed is kept in this tab,
 * and on this device only when the page's opt-in is ticked (keep(), below). */
(function () {
  "use strict";

  // assets/ of this site, from this script's own address (pages live at every depth).
  var ASSETS = document.currentScript.src.replace(/javascripts\/common\.js(?:[?#].*)?$/, "");
  var loading = {};

  /* A script of this site (a path under assets/), loaded once, on first use. */
  function load(path) {
    if (!loading[path]) {
      loading[path] = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = ASSETS + path;
        script.onload = resolve;
        script.onerror = function () {
          delete loading[path];
          reject(new Error("could not load " + script.src));
        };
        document.head.appendChild(script);
      });
    }
    return loading[path];
  }

  /* A file made here, handed to the browser as a download under this name. */
  function saveBlob(blob, name) {
    var url = URL.createObjectURL(blob);
    var a = document.createElement("a");
    a.href = url;
    a.download = name;
    a.hidden = true;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  }

  /* A JSON data block the build wrote (<script type="application/json" id="…">). */
  function data(id) {
    var block = document.getElementById(id);
    if (!block) throw new Error("the page has no data block #" + id);
    return JSON.parse(block.textContent);
  }

  function today() {
    var d = new Date();
    return d.getFullYear() + "-" + pad(d.getMonth() + 1, 2) + "-" + pad(d.getDate(), 2);
  }

  // --- the organisation's locations (the page's datalist #letter-locations) -----------------

  function locations() {
    var list = document.getElementById("letter-locations");
    if (!list) return [];
    return Array.prototype.map.call(list.options, function (o) {
      return { name: o.value, street: o.dataset.street, "postcode-place": o.dataset.postcodePlace,
               place: o.dataset.place, phone: o.dataset.phone, email: o.dataset.email,
               groups: JSON.parse(o.dataset.groups) };
    });
  }

  /* The location of this name, or only its name when it is not one of the organisation's;
   * null for no name. */
  function location(name) {
    name = String(name || "").trim();
    if (!name) return null;
    var match = locations().find(function (l) { return l.name === name; });
    return match || { name: name };
  }

  /* The organisation's only location, when it has exactly one. */
  function onlyLocation() {
    var all = locations();
    return all.length === 1 ? all[0] : null;
  }

  // --- text that the build wrote and a script changes ----------------------------------------

  /* Set an element's text (never HTML). The build's text and visibility are kept beside it
   * (data-built), so that the empty Word file can show the page as it was printed. */
  function setText(el, text, shown) {
    if (!el.hasAttribute("data-built")) {
      el.setAttribute("data-built", el.textContent);
      if (el.hidden) el.setAttribute("data-built-hidden", "");
    }
    el.textContent = text;
    if (shown !== undefined) el.hidden = !shown;
  }

  /* {key} placeholders filled from values; a key without a value becomes `missing` (kept
   * as it is when `missing` is not given). */
  function fill(text, values, missing) {
    return String(text).replace(/\{([A-Za-z0-9_]+)\}/g, function (all, key) {
      if (values[key] !== undefined && values[key] !== null) return values[key];
      return missing === undefined ? all : missing;
    });
  }

  /* The letterhead of a letter (.letter-head) for a location (location() above), and the
   * place and date of sending: today, in the letter's own format. */
  function letterhead(head, place) {
    ["name", "street", "postcode-place", "phone", "email"].forEach(function (key) {
      var value = place ? place[key] || "" : "";
      setText(head.querySelector('[data-letterhead="' + key + '"]'), value, !!value);
    });
    setText(head.querySelector('[data-letterhead="place"]'), place ? place.place || "" : "");
    var sep = head.querySelector(".letter-head__sep");
    if (!sep.hasAttribute("data-built")) setText(sep, sep.textContent);
    sep.hidden = !(place && place.place);
    head.querySelector('[data-letterhead="date"]').textContent = formatDate(head, new Date());
  }

  // --- dates and times: the letter's CLDR formats (data-date-formats, written by the build) ---
  //
  // Each letter carries the formats of its own language from CLDR (Babel, at build time). They
  // are always used, not the browser's Intl: Debian's Chromium knows no Tigrinya or Somali and
  // silently writes US English, and browsers differ in their CLDR versions. With the build's
  // formats every browser prints the same letter, and its Word file has the same date as the
  // paper. The calendar is the Gregorian one the appointment is made in.

  function pad(n, width) {
    var s = String(n);
    while (s.length < width) s = "0" + s;
    return s;
  }

  /* A CLDR pattern (cut into text and fields at build time) filled in for a date. */
  function pattern(parts, date, formats) {
    return parts.map(function (part) {
      var field = part[0], width = part[1];
      var month = date.getMonth(), hours = date.getHours();
      switch (field) {
        case "text": return width;
        case "E": return formats.days[width === 4 ? "wide" : "abbreviated"][date.getDay()];
        case "d": return pad(date.getDate(), width);
        case "M":
        case "L":
          if (width <= 2) return pad(month + 1, width);
          return formats.months[field === "M" ? "format" : "stand-alone"][width === 4 ? "wide" : "abbreviated"][month];
        case "y": return width === 2 ? pad(date.getFullYear() % 100, 2) : pad(date.getFullYear(), width);
        case "H": return pad(hours, width);
        case "k": return pad(hours || 24, width);
        case "h": return pad(hours % 12 || 12, width);
        case "K": return pad(hours % 12, width);
        case "m": return pad(date.getMinutes(), width);
        case "a": return formats.periods[hours < 12 ? 0 : 1];
        default: throw new Error("unknown date field " + field);
      }
    }).join("");
  }

  /* The formats of the letter (or part of one) el is in; a letter without them is an error of
   * the build, not something to guess. */
  function formatsOf(el) {
    var host = el.closest("[data-date-formats]");
    if (!host) throw new Error("no data-date-formats around this element");
    if (!host.dateFormats) host.dateFormats = JSON.parse(host.getAttribute("data-date-formats"));
    return host.dateFormats;
  }

  function formatDate(el, date) {
    var formats = formatsOf(el);
    return pattern(formats.date, date, formats);
  }

  function formatTime(el, date) {
    var formats = formatsOf(el);
    return pattern(formats.time, date, formats);
  }

  /* A value typed into a field of this kind (the input's type: date, time, text …) as the
   * letter el is in writes it; null for an empty value. A date or time that cannot be read
   * stays as it was typed. */
  function formatValue(kind, value, el) {
    value = String(value || "").trim();
    if (!value) return null;
    if (kind === "date") {
      var d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
      return d ? formatDate(el, new Date(+d[1], +d[2] - 1, +d[3])) : value;
    }
    if (kind === "time") {
      var t = /^(\d{1,2}):(\d{2})/.exec(value);
      return t ? formatTime(el, new Date(2000, 0, 1, +t[1], +t[2])) : value;
    }
    return value;
  }

  // --- the page's buttons ----------------------------------------------------------------------

  function blurField() {
    // Neither the focus ring nor the caret goes on paper.
    if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
  }

  /* A "Word file" button: word-export.js (and the Word library it loads) on first use only.
   * roots: the elements that go on paper, or a function giving them. */
  function wordButton(button, roots, options) {
    button.addEventListener("click", function () {
      button.disabled = true;
      load("javascripts/word-export.js").then(function () {
        return window.SamenMetOudersWord.download(button, typeof roots === "function" ? roots() : roots,
                                                  options || {});
      }).catch(function (err) {
        console.error(err);
      }).then(function () {
        button.disabled = false;
      });
    });
  }

  // --- what is typed: kept in this tab, and on this device only when asked ---------------------
  //
  // Every page with a form keeps what is typed in the tab's session storage, under the page's
  // path: a reload, back and forward, a discarded tab that is restored and the browser's "reopen
  // closed tab" bring it back; closing the tab ends it. Only with the page's opt-in (the
  // checkbox [data-keep-device]) is it kept in local storage as well, on this device, until it is
  // erased or the box is unticked. The page's erase button ([data-keep-erase]) empties both.
  // Nothing is written before something is typed, and nothing is ever sent.

  var KEY = "samen-met-ouders:" + window.location.pathname;

  /* A storage call that cannot stop the page: a browser that blocks site data throws on
   * localStorage itself, a full one on setItem. Said in the console, not hidden. */
  function attempt(what, fn) {
    try {
      return fn();
    } catch (err) {
      console.warn("samen-met-ouders: could not " + what + " (" + err.name + ")");
      return null;
    }
  }

  function read(storage) {
    var text = attempt("read what was typed", function () { return window[storage].getItem(KEY); });
    if (text === null) return null;
    try {
      return JSON.parse(text);
    } catch (err) {
      attempt("remove an unreadable copy", function () { window[storage].removeItem(KEY); });
      return null;
    }
  }

  function forget() {
    attempt("remove what was kept", function () {
      sessionStorage.removeItem(KEY);
      localStorage.removeItem(KEY);
    });
  }

  /* Keep a form of this page. form: collect() (what is typed, as JSON data), restore(data),
   * clear(), typed() (whether anything is typed or ticked). Restores what this tab (or, with
   * the opt-in, this device) kept; returns { save } to call after every change. */
  function keep(form) {
    var box = document.querySelector("[data-keep-device]");
    var eraseButton = document.querySelector("[data-keep-erase]");
    if (!box || !eraseButton) {
      throw new Error("a page that keeps what is typed needs its opt-in [data-keep-device] and erase button [data-keep-erase]");
    }
    var ready = false;

    function save() {
      if (!ready) return;
      if (!form.typed()) {
        forget();
        return;
      }
      var text = JSON.stringify(form.collect());
      attempt("keep what was typed in this tab", function () { sessionStorage.setItem(KEY, text); });
      attempt("keep what was typed on this device", function () {
        if (box.checked) localStorage.setItem(KEY, text);
        else localStorage.removeItem(KEY);
      });
    }

    var onDevice = read("localStorage");
    var saved = onDevice || read("sessionStorage");
    box.checked = !!onDevice;
    if (saved) {
      try {
        form.restore(saved);
      } catch (err) {
        // A copy this page cannot read (left by another version of the site): said, and gone.
        console.warn("samen-met-ouders: what was kept could not be restored (" + err.message + ")");
        form.clear();
        box.checked = false;
        forget();
      }
    }
    ready = true;

    box.addEventListener("change", save);
    eraseButton.addEventListener("click", function () {
      form.clear();
      box.checked = false;
      forget();
    });
    // Leaving the page asks first only where something typed is not kept on this device: a
    // reload or back and forward loses nothing any more (this tab keeps it), but closing the
    // tab does. The browser does not tell a page which of them it is, so both ask.
    window.addEventListener("beforeunload", function (event) {
      if (box.checked || !form.typed()) return;
      event.preventDefault();
      event.returnValue = "";
    });
    return { save: save };
  }

  function ready(setup) {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setup);
    else setup();
  }

  window.SamenMetOuders = {
    load: load, saveBlob: saveBlob, data: data, today: today,
    locations: locations, location: location, onlyLocation: onlyLocation, letterhead: letterhead,
    setText: setText, fill: fill,
    formatDate: formatDate, formatTime: formatTime, formatValue: formatValue,
    blurField: blurField, wordButton: wordButton, ready: ready, keep: keep,
  };
})();
