/* Checklists and worksheets: print, download for Word, and keep answers on this device only
 * if the user asks. By default nothing is stored. With the opt-in ticked, the answers of this
 * page are kept in this browser's localStorage (and nowhere else); "erase" removes them.
 * Without it, leaving the page with typed answers asks first. Nothing is ever sent. */
(function () {
  "use strict";

  var here = document.currentScript && document.currentScript.src;

  function setup() {
    var paper = document.querySelector(".sheet-paper");
    if (!paper) return;
    var key = "samen-met-ouders:" + location.pathname;
    var fields = paper.querySelectorAll("[data-answer]");
    var store = document.querySelector("[data-sheet-store]");

    function collect() {
      var data = {};
      fields.forEach(function (f) {
        data[f.dataset.answer] = f.type === "checkbox" ? f.checked : f.value;
      });
      return data;
    }

    function fit(area) {
      // Grow a textarea with its text, so nothing is cut off on screen or on paper
      // (CSS field-sizing does this where the browser supports it).
      if (area.tagName !== "TEXTAREA" || CSS.supports("field-sizing", "content")) return;
      area.style.height = "auto";
      area.style.height = area.scrollHeight + "px";
    }

    function save() {
      if (store && store.checked) localStorage.setItem(key, JSON.stringify(collect()));
    }

    var saved = localStorage.getItem(key);
    if (saved && store) {
      try {
        var data = JSON.parse(saved);
        fields.forEach(function (f) {
          if (!(f.dataset.answer in data)) return;
          if (f.type === "checkbox") f.checked = !!data[f.dataset.answer];
          else f.value = String(data[f.dataset.answer]);
          fit(f);
        });
        store.checked = true;
      } catch (e) {
        localStorage.removeItem(key);
      }
    }

    fields.forEach(function (f) {
      f.addEventListener("input", function () { fit(f); save(); });
      f.addEventListener("change", save);
    });
    // Something typed (or ticked) that is not kept: leaving the page asks first.
    window.addEventListener("beforeunload", function (event) {
      if (store && store.checked) return;
      var filled = Array.prototype.some.call(fields, function (f) {
        return f.type === "checkbox" ? f.checked : f.value.trim() !== "";
      });
      if (!filled) return;
      event.preventDefault();
      event.returnValue = "";
    });

    if (store) {
      store.addEventListener("change", function () {
        if (store.checked) save();
        else localStorage.removeItem(key);
      });
      document.querySelector("[data-sheet-erase]").addEventListener("click", function () {
        fields.forEach(function (f) {
          if (f.type === "checkbox") f.checked = false;
          else f.value = "";
          fit(f);
        });
        localStorage.removeItem(key);
        store.checked = false;
      });
    }

    function blurField() {
      // Neither the focus ring nor the caret goes on paper.
      if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
    }
    window.addEventListener("beforeprint", blurField);
    var print = document.querySelector("[data-sheet-print]");
    if (print) {
      print.addEventListener("click", function () { blurField(); window.print(); });
    }

    var word = document.querySelector("[data-word-download]");
    if (word) {
      word.addEventListener("click", function () {
        var title = paper.closest("article, .md-content__inner").querySelector("h1");
        wordDownload(word, [title, paper]);
      });
    }
  }

  /* "Download for Word": word-export.js (and the Word library it loads) only on first use. */
  var exporter = null;
  function wordDownload(button, roots) {
    if (!exporter) {
      exporter = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = here.replace(/[^/]*$/, "word-export.js");
        script.onload = resolve;
        script.onerror = function () { exporter = null; reject(new Error("could not load " + script.src)); };
        document.head.appendChild(script);
      });
    }
    button.disabled = true;
    exporter.then(function () {
      return window.SamenMetOudersWord.download(button, roots);
    }).catch(function (err) {
      console.error(err);
    }).then(function () {
      button.disabled = false;
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setup);
  } else {
    setup();
  }
})();
