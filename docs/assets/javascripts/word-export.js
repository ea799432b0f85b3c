/* "Download for Word": the part of the page that goes on paper, with what was typed in it, as
 * a .docx file made in this browser. Nothing is sent or uploaded: the file is built here with
 * the vendored `docx` library (assets/vendor/docx/, loaded only when the button is used) and
 * handed to the browser as a download from memory.
 *
 * The page is read generically, in DOM order, so that whatever is added to the printed part
 * later (a letterhead, a logo, a new field) comes along without a change here:
 *   headings → Word headings; p, li, dt/dd, legend, label → paragraphs (li as bullets);
 *   a text field or text area → its value; a check box → ☒ or ☐; an <img> or inline <svg>
 *   (the logo, the QR code) → a picture, drawn on a canvas from what the page already has.
 * Hidden elements and the page's controls (buttons, tool bars) are left out. A block with
 * dir="rtl" becomes right-to-left paragraphs (w:bidi) with right-to-left runs (w:rtl). */
(function () {
  "use strict";

  var FONT = "Arial";
  var BLOCKS = /^(P|LI|H[1-6]|DT|DD|LEGEND|FIGCAPTION|BLOCKQUOTE|TR|CAPTION)$/;
  var CONTAINERS = /^(DIV|SECTION|ARTICLE|HEADER|FOOTER|ASIDE|MAIN|UL|OL|DL|FIELDSET|FORM|TABLE|TBODY|THEAD|TFOOT|FIGURE|ADDRESS|NAV)$/;
  var SKIP = "button, script, style, template, noscript, datalist, .headerlink, .sheet-tools, .letter-tools, [data-word-skip]";
  var PX_PER_CM = 96 / 2.54;

  function hidden(el) {
    if (el.hidden || el.matches(SKIP)) return true;
    var style = getComputedStyle(el);
    return style.display === "none" || style.visibility === "hidden";
  }

  function direction(el) {
    var host = el.closest("[dir]");
    return host ? host.getAttribute("dir") : "ltr";
  }

  function language(el) {
    var host = el.closest("[lang]");
    return host ? host.getAttribute("lang") : document.documentElement.lang;
  }

  // --- pictures: from what the page shows, without a request --------------------------------

  function pngOf(source, width, height) {
    var canvas = document.createElement("canvas");
    canvas.width = width;
    canvas.height = height;
    var ctx = canvas.getContext("2d");
    ctx.fillStyle = "#fff";
    ctx.fillRect(0, 0, width, height);
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(source, 0, 0, width, height);
    return new Promise(function (resolve) {
      canvas.toBlob(function (blob) {
        blob.arrayBuffer().then(function (buf) { resolve(new Uint8Array(buf)); });
      }, "image/png");
    });
  }

  function loadImage(src) {
    return new Promise(function (resolve, reject) {
      var img = new Image();
      img.onload = function () { resolve(img); };
      img.onerror = function () { reject(new Error("picture could not be drawn")); };
      img.src = src;
    });
  }

  function svgPicture(svg) {
    // The inline SVG as a data: URL (no request), drawn at 8 px a unit of its viewBox so that
    // a QR code's modules stay sharp; placed at the size the page shows it.
    var box = svg.viewBox && svg.viewBox.baseVal;
    var rect = svg.getBoundingClientRect();
    var w = box && box.width ? box.width : rect.width;
    var h = box && box.height ? box.height : rect.height;
    var scale = Math.max(1, Math.ceil(400 / Math.max(w, h)));
    var copy = svg.cloneNode(true);
    copy.setAttribute("xmlns", "http://www.w3.org/2000/svg");
    copy.setAttribute("width", w * scale);
    copy.setAttribute("height", h * scale);
    var url = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(new XMLSerializer().serializeToString(copy));
    return loadImage(url).then(function (img) {
      return pngOf(img, w * scale, h * scale);
    }).then(function (data) {
      var shown = Math.max(rect.width, 2.8 * PX_PER_CM);
      return { data: data, width: shown, height: shown * h / w };
    });
  }

  function imgPicture(img) {
    var rect = img.getBoundingClientRect();
    var width = rect.width || img.naturalWidth || 100;
    var height = rect.height || img.naturalHeight || 100;
    var scale = 3;
    var source = img;
    var ready = img.complete ? Promise.resolve(img) : loadImage(img.currentSrc || img.src);
    return ready.then(function (loaded) {
      source = loaded;
      return pngOf(source, Math.round(width * scale), Math.round(height * scale));
    }).then(function (data) {
      return { data: data, width: width, height: height };
    });
  }

  // --- reading the page -------------------------------------------------------------------------

  function fieldValue(el) {
    if (el.type === "checkbox" || el.type === "radio") return el.checked ? "☒" : "☐";
    if (el.type === "hidden") return "";
    return el.value;
  }

  /* Inline content of a block as runs: [{text, bold, italic, rtl, lang}]. A text area's lines
   * become line breaks; a picture is collected as a run of its own. */
  function inlineRuns(node, style, runs, pictures) {
    node.childNodes.forEach(function (child) {
      if (child.nodeType === Node.TEXT_NODE) {
        var text = child.textContent.replace(/\s+/g, " ");
        if (text) runs.push({ text: text, bold: style.bold, italic: style.italic, el: node });
        return;
      }
      if (child.nodeType !== Node.ELEMENT_NODE || hidden(child)) return;
      var tag = child.tagName;
      if (tag === "BR") { runs.push({ br: true, el: node }); return; }
      if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT") {
        var value = fieldValue(child);
        if (child.type === "checkbox" || child.type === "radio") {
          runs.push({ text: value + " ", el: child });
        } else {
          value.split(/\r?\n/).forEach(function (line, i) {
            if (i) runs.push({ br: true, el: child });
            runs.push({ text: line, el: child, typed: true });
          });
        }
        return;
      }
      if (tag === "IMG" || tag === "svg") {
        var pic = { picture: child, el: node };
        runs.push(pic);
        pictures.push(pic);
        return;
      }
      if (tag === "LABEL" && child.control && child.control.tagName === "INPUT" &&
          child.control.type !== "checkbox" && child.control.type !== "radio") {
        // "Group: De Vlinders", as a label and its filled-in line read on paper
        inlineRuns(child, { bold: true }, runs, pictures);
        runs.push({ text: ": ", bold: true, el: child });
        return;
      }
      inlineRuns(child, {
        bold: style.bold || tag === "STRONG" || tag === "B" || /^H[1-6]$/.test(tag) || tag === "LEGEND" || tag === "DT",
        italic: style.italic || tag === "EM" || tag === "I",
      }, runs, pictures);
    });
    return runs;
  }

  function isBlockish(el) {
    return BLOCKS.test(el.tagName) || CONTAINERS.test(el.tagName) ||
      el.tagName === "TEXTAREA" || el.tagName === "IMG" || el.tagName === "svg" ||
      (el.tagName === "LABEL" && el.control && el.control.tagName === "TEXTAREA");
  }

  /* The page part as a list of blocks: {kind, level, runs, el}. */
  function readBlocks(root, blocks, pictures) {
    root.childNodes.forEach(function (child) {
      if (child.nodeType === Node.TEXT_NODE) {
        if (child.textContent.trim()) {
          blocks.push({ kind: "p", runs: [{ text: child.textContent.trim(), el: root }], el: root });
        }
        return;
      }
      if (child.nodeType !== Node.ELEMENT_NODE || hidden(child)) return;
      var tag = child.tagName;
      if (CONTAINERS.test(tag)) {
        // A container with only inline content (e.g. a <div> of text) is one paragraph.
        var blockChild = Array.prototype.some.call(child.children, function (c) { return isBlockish(c); });
        if (blockChild) { readBlocks(child, blocks, pictures); return; }
      }
      if (tag === "TEXTAREA") {
        blocks.push({ kind: "answer", runs: inlineRuns({ childNodes: [child] }, {}, [], pictures), el: child });
        return;
      }
      if (tag === "IMG" || tag === "svg") {
        var pic = { picture: child, el: root };
        pictures.push(pic);
        blocks.push({ kind: "p", runs: [pic], el: root });
        return;
      }
      var kind = /^H[1-6]$/.test(tag) ? "h" : tag === "LI" ? "li" : "p";
      // A list item or paragraph holding a block of its own (a nested list): read it apart.
      var runs = inlineRuns(child, { bold: tag === "LEGEND" || tag === "DT" || tag === "LABEL" }, [], pictures);
      if (runs.some(function (r) { return r.picture || (r.text && r.text.trim()) || r.br; })) {
        blocks.push({ kind: kind, level: kind === "h" ? Number(tag[1]) : 0, runs: runs, el: child });
      }
    });
    return blocks;
  }

  // --- writing the document -----------------------------------------------------------------------

  function trimRuns(runs) {
    // Collapse white space as a browser does: runs of spaces across elements to one, none
    // at the start and end of a paragraph.
    var previous = "";
    runs = runs.map(function (run) {
      if (run.br) { previous = " "; return run; }
      if (!run.text || run.typed) { previous = run.text ? run.text.slice(-1) : previous; return run; }
      var text = /\s$/.test(previous) ? run.text.replace(/^\s+/, "") : run.text;
      if (text) previous = text.slice(-1);
      return Object.assign({}, run, { text: text });
    });
    var first = runs.findIndex(function (r) { return r.picture || r.br || (r.text && r.text.trim()); });
    if (first < 0) return [];
    runs = runs.slice(first);
    if (runs[0].text) runs[0] = Object.assign({}, runs[0], { text: runs[0].text.replace(/^\s+/, "") });
    var last = runs.length - 1;
    if (runs[last].text) runs[last] = Object.assign({}, runs[last], { text: runs[last].text.replace(/\s+$/, "") });
    return runs;
  }

  function toParagraph(docx, block, images) {
    var rtl = direction(block.el) === "rtl";
    var lang = language(block.el);
    var runs = trimRuns(block.runs);
    if (block.kind === "answer" && !runs.length) {
      // An answer left empty: its box keeps room to write by hand.
      var rows = Number(block.el.getAttribute("rows")) || 3;
      runs = [];
      for (var i = 1; i < rows; i++) runs.push({ br: true });
      runs.push({ text: "", el: block.el });
    }
    var children = runs.map(function (run) {
      if (run.br) return new docx.TextRun({ break: 1 });
      if (run.picture) {
        var image = images.get(run.picture);
        if (!image) return new docx.TextRun("");
        return new docx.ImageRun({
          type: "png",
          data: image.data,
          transformation: { width: Math.round(image.width), height: Math.round(image.height) },
          altText: { name: run.picture.getAttribute("alt") || run.picture.getAttribute("aria-label") ||
            (run.picture.querySelector && run.picture.querySelector("title") ? run.picture.querySelector("title").textContent : "") || "",
            description: "", title: "" },
        });
      }
      var runRtl = direction(run.el) === "rtl";
      var runLang = language(run.el);
      return new docx.TextRun({
        text: run.text,
        bold: run.bold || undefined,
        italics: run.italic || undefined,
        rightToLeft: runRtl || undefined,
        font: { ascii: FONT, hAnsi: FONT, cs: FONT },
        language: runRtl ? { bidirectional: runLang } : { value: runLang },
      });
    });
    var options = { children: children, bidirectional: rtl || undefined };
    if (block.kind === "h") {
      options.heading = docx.HeadingLevel["HEADING_" + Math.min(block.level, 6)];
    } else if (block.kind === "li") {
      var nested = 0;
      for (var p = block.el.parentElement; p && p !== document.body; p = p.parentElement) {
        if (p.tagName === "LI") nested += 1;
      }
      var list = block.el.parentElement;
      var plainList = list && list.classList.contains("checklist");  // its boxes are the bullets
      if (!plainList) options.bullet = { level: Math.min(nested, 8) };
      options.spacing = { after: 60 };
    } else if (block.kind === "answer") {
      // What was written in an answer box: framed, like the box on paper.
      var line = { style: docx.BorderStyle.SINGLE, size: 6, color: "666666", space: 4 };
      options.border = { top: line, bottom: line, left: line, right: line };
      options.spacing = { after: 200 };
    }
    if (block.pageBreakBefore) options.pageBreakBefore = true;
    if (block.el.tagName === "DD") options.indent = rtl ? { right: 360 } : { left: 360 };
    return new docx.Paragraph(options);
  }

  function build(docx, roots, title, pageBreaks) {
    var blocks = [];
    var pictures = [];
    roots.forEach(function (root) {
      if (!root) return;
      var first = blocks.length;
      if (isBlockish(root) && !CONTAINERS.test(root.tagName)) {
        var wrapper = { childNodes: [root] };
        readBlocks(wrapper, blocks, pictures);
      } else {
        readBlocks(root, blocks, pictures);
      }
      // Several letters in one file: each root after the first starts on a new page.
      if (pageBreaks && first > 0 && blocks[first]) blocks[first].pageBreakBefore = true;
    });
    var images = new Map();
    return Promise.all(pictures.map(function (pic) {
      var make = pic.picture.tagName === "IMG" ? imgPicture(pic.picture) : svgPicture(pic.picture);
      return make.then(function (image) { images.set(pic.picture, image); }, function () {});
    })).then(function () {
      var doc = new docx.Document({
        title: title,
        creator: "Samen met ouders",
        styles: {
          default: {
            // 11 pt, a line and a bit, a little room after each paragraph: a letter's look.
            document: { run: { font: FONT, size: 22 }, paragraph: { spacing: { after: 140, line: 276 } } },
          },
        },
        sections: [{
          properties: {
            page: {
              size: { width: 11906, height: 16838 },  // A4 in twentieths of a point
              margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 },  // 2 cm
            },
          },
          children: blocks.map(function (block) { return toParagraph(docx, block, images); }),
        }],
      });
      return docx.Packer.toBlob(doc);
    });
  }

  function save(blob, name) {
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

  // --- loading the library, naming the file ----------------------------------------------------

  var here = document.currentScript && document.currentScript.src;
  var library = null;

  function loadLibrary() {
    if (window.docx) return Promise.resolve(window.docx);
    if (!library) {
      library = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = here.replace(/javascripts\/[^/]*$/, "vendor/docx/docx.iife.js");
        script.onload = function () { resolve(window.docx); };
        script.onerror = function () { library = null; reject(new Error("could not load " + script.src)); };
        document.head.appendChild(script);
      });
    }
    return library;
  }

  function fileName(button, stem) {
    // The empty template's name in the same tool bar, with the day of the download:
    // uitnodiging-kennismakingsgesprek-ar-2026-11-04.docx
    var bar = button.closest(".sheet-tools, .letter-tools") || document;
    var template = bar.querySelector("a[download]");
    stem = stem || (template ? template.getAttribute("href").split("/").pop().replace(/\.docx$/, "") : "samen-met-ouders");
    var d = new Date();
    var pad = function (n) { return String(n).padStart(2, "0"); };
    return stem + "-" + d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate()) + ".docx";
  }

  /* Build and download: roots are the elements that go on paper, in order. Options:
   * pageBreaks (each root after the first on a new page), name (the file's stem). */
  function download(button, roots, options) {
    options = options || {};
    return loadLibrary().then(function (docx) {
      var title = document.querySelector("h1") ? document.querySelector("h1").textContent.replace(/\u00b6/g, "").trim() : document.title;
      return build(docx, roots, title, options.pageBreaks);
    }).then(function (blob) { save(blob, fileName(button, options.name)); });
  }

  window.SamenMetOudersWord = { download: download };
})();
