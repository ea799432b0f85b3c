/* Checklists and worksheets: print, and keep answers on this device only if the user asks.
 * By default nothing is stored. With the opt-in ticked, the answers of this page are kept in
 * this browser's localStorage (and nowhere else); "erase" removes them. Nothing is ever sent. */
(function () {
  "use strict";

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

    var print = document.querySelector("[data-sheet-print]");
    if (print) {
      print.addEventListener("click", function () { window.print(); });
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setup);
  } else {
    setup();
  }
})();
