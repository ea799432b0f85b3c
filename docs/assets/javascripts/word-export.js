/* The site's one Word generator: every Word file (checklists, worksheets, the guide, the letters
 * in every language, the letters for several families, the draft vision) is the part of the
 * page that goes on paper, as a .docx file made in this browser. "Empty" gives the page as the
 * build wrote it (nothing typed, every box empty, a letter's blanks as their labels);
 * "filled" gives it with what was typed. Nothing is sent or uploaded: the file is built here
 * with the vendored `docx` library (assets/vendor/docx/, loaded only when a button is used)
 * and handed to the browser as a download from memory.
 *
 * One layout for every file, as the build wrote it into the page (the JSON data block
 * #word-layout, from macros/render/word_layout.py): page size, margins, font and body size. The
 * proofing language is the page's, or the letter's; a file's name is its button's
 * data-word-file (the filled file adds the day it was made).
 *
 * The page is read generically, in DOM order, so that whatever is added to the printed part
 * later (a letterhead, a logo, a new field) comes along without a change here:
 *   headings → Word headings; p, li, dt/dd, legend, label → paragraphs (li as bullets);
 *   a text field or text area → its value; a check box → ☒ or ☐; an <img> or inline <svg>
 *   (the logo, the QR code) → a picture, drawn on a canvas from what the page already has.
 * Hidden elements and the page's controls (buttons, tool bars) are left out. A block with
 * dir="rtl" becomes right-to-left paragraphs (w:bidi) with right-to-left runs (w:rtl); a
 * left-to-right value isolated inside it (<bdi>, dir="ltr") a left-to-right run. */
(function () {
  "use strict";

  var S = window.SamenMetOuders;
  var LAYOUT = S.data("word-layout");
  var FONT = LAYOUT.font;
  // What is being read: {empty: true} for the page as the build wrote it. Set while a
  // document is read (synchronously), in build().
  var mode = { empty: false, source: null };
  var BLOCKS = /^(P|LI|H[1-6]|DT|DD|LEGEND|FIGCAPTION|BLOCKQUOTE|TR|CAPTION)$/;
  var CONTAINERS = /^(DIV|SECTION|ARTICLE|HEADER|FOOTER|ASIDE|MAIN|UL|OL|DL|FIELDSET|FORM|TABLE|TBODY|THEAD|TFOOT|FIGURE|ADDRESS|NAV)$/;
  var SKIP = "button, script, style, template, noscript, datalist, .headerlink, .sheet-tools, .letter-tools, [data-word-skip]";
  var PX_PER_CM = 96 / 2.54;

  function hidden(el) {
    if (el.matches(SKIP)) return true;
    // Empty: what a script showed or hid since the page was built counts as the build had it.
    if (mode.empty && el.hasAttribute("data-built")) return el.hasAttribute("data-built-hidden");
    if (el.hidden) return true;
    var style = getComputedStyle(el);
    return style.display === "none" || style.visibility === "hidden";
  }

  function direction(el) {
    var host = el.closest("[dir]");
    return host ? host.getAttribute("dir") : "ltr";
  }

  // Letters of the scripts written right to left (what the Unicode bidi algorithm calls R and AL).
  var RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}]/u;
  var LTR_MARK = "\u200e";

  /* The direction of a run of text inside el, as the browser sets it: the nearest dir="ltr" or
   * dir="rtl"; inside a <bdi> or dir="auto" the direction of the text's first letter (what
   * the browser does; here by the run's own text, so that the empty file, which shows the
   * build's text, gets the build's direction); none of these: the block's. With text null:
   * the direction around el's isolated values. */
  function textDirection(el, text) {
    for (var e = el; e && e.nodeType === Node.ELEMENT_NODE; e = e.parentElement) {
      var dir = (e.getAttribute("dir") || "").toLowerCase();
      if (dir === "ltr" || dir === "rtl") return dir;
      if (dir === "auto" || (e.tagName === "BDI" && !dir)) {
        if (text === null) continue;  // the direction around an isolated value
        var letter = /\p{L}/u.exec(text);
        if (letter) return RTL_LETTER.test(letter[0]) ? "rtl" : "ltr";
        // No letter at all (a time, a number): the browser's bdi reads it left to right.
        return "ltr";
      }
    }
    return "ltr";
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
    if (el.type === "checkbox" || el.type === "radio") return el.checked && !mode.empty ? "☒" : "☐";
    if (el.type === "hidden" || mode.empty) return "";
    return el.value;
  }

  // An empty one-line field on paper: a line to write on.
  var BLANK_LINE = "____________________";

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
      if (mode.empty && child.hasAttribute("data-built")) {
        // A text a script changed (a letter's blank, the letterhead): as the build wrote it.
        var built = child.getAttribute("data-built");
        if (built) runs.push({ text: built, bold: style.bold, italic: style.italic, el: child });
        return;
      }
      if (tag === "BR") { runs.push({ br: true, el: node }); return; }
      if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT") {
        var value = fieldValue(child);
        if (child.type === "checkbox" || child.type === "radio") {
          runs.push({ text: value + " ", el: child });
        } else if (tag === "INPUT" && !value.trim()) {
          runs.push({ text: BLANK_LINE, el: child, typed: true });
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
      if (tag === "TABLE") {
        // A table stays a table: each cell's content read as blocks of its own.
        var rows = Array.prototype.filter.call(child.rows, function (tr) { return !hidden(tr); }).map(function (tr) {
          return Array.prototype.map.call(tr.cells, function (cell) {
            return { el: cell, header: cell.tagName === "TH", blocks: readBlocks(cell, [], pictures) };
          });
        });
        if (rows.length) blocks.push({ kind: "table", rows: rows, el: child });
        return;
      }
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

  function toTable(docx, block, images) {
    var line = { style: docx.BorderStyle.SINGLE, size: 6, color: "666666" };
    return new docx.Table({
      width: { size: 100, type: docx.WidthType.PERCENTAGE },
      visuallyRightToLeft: direction(block.el) === "rtl" || undefined,
      borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
      rows: block.rows.map(function (cells, i) {
        return new docx.TableRow({
          tableHeader: cells.every(function (c) { return c.header; }) || undefined,
          cantSplit: true,
          children: cells.map(function (cell) {
            var children = cell.blocks.map(function (b) {
              if (cell.header) b.runs.forEach(function (r) { r.bold = true; });
              return toParagraph(docx, b, images, true);
            });
            return new docx.TableCell({ children: children.length ? children : [new docx.Paragraph("")] });
          }),
        });
      }),
    });
  }

  /* Whether a run is a letter's blank that is still blank (highlighted, as on screen). */
  function blank(run) {
    var el = run.el;
    return !!(el && el.classList && el.classList.contains("letter-field") &&
              (mode.empty || !el.classList.contains("letter-field--filled")));
  }

  function toParagraph(docx, block, images, inCell) {
    if (block.kind === "table") return toTable(docx, block, images);
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
    var children = [];
    runs.forEach(function (run) {
      children.push(toRun(docx, run, images));
      // A blank of a letter in another language: its label in the Dutch letter beside it, so
      // that Dutch staff know which blank is which.
      if (run.dutch) {
        children.push(new docx.TextRun({ text: " (" + run.dutch + ")", highlight: "yellow",
                                         font: { ascii: FONT, hAnsi: FONT, cs: FONT },
                                         language: { value: run.dutchLang } }));
      }
    });
    return paragraph(docx, block, children, rtl, inCell);
  }

  function sourceLabel(el) {
    if (!mode.source || mode.source.contains(el) || !el.dataset.field) return null;
    var twin = mode.source.querySelector('[data-field="' + el.dataset.field + '"]');
    var label = twin && (twin.getAttribute("data-built") || twin.textContent);
    return label ? label.replace(/^\[|\]$/g, "") : null;
  }

  function toRun(docx, run, images) {
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
      var runRtl = textDirection(run.el, run.text) === "rtl";
      var runLang = language(run.el);
      var text = run.text;
      // A left-to-right value inside right-to-left text (an address, a phone number, a date,
      // a name in Latin script): a run of its own direction, and a left-to-right mark at
      // each end, so that a phone number is not laid out with its groups backwards by Word or
      // LibreOffice, whatever they make of the run's direction.
      var around = run.el && run.el.parentElement ? textDirection(run.el.parentElement, null) : "ltr";
      if (!runRtl && around === "rtl" && text.trim()) text = LTR_MARK + text + LTR_MARK;
      return new docx.TextRun({
        text: text,
        bold: run.bold || undefined,
        italics: run.italic || undefined,
        highlight: run.blank ? "yellow" : undefined,
        rightToLeft: runRtl || undefined,
        font: { ascii: FONT, hAnsi: FONT, cs: FONT },
        language: runRtl ? { bidirectional: runLang } : { value: runLang },
      });
  }

  function paragraph(docx, block, children, rtl, inCell) {
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
    } else if (block.kind === "answer" && !inCell) {
      // What was written in an answer box: framed, like the box on paper.
      var line = { style: docx.BorderStyle.SINGLE, size: 6, color: "666666", space: 4 };
      options.border = { top: line, bottom: line, left: line, right: line };
      options.spacing = { after: 200 };
    }
    // A heading, a question's label or a hint stays on the page of what follows it.
    if (block.keepNext) options.keepNext = true;
    if (block.pageBreakBefore) options.pageBreakBefore = true;
    if (block.el.tagName === "DD") options.indent = rtl ? { right: 360 } : { left: 360 };
    return new docx.Paragraph(options);
  }

  function twips(mm) { return Math.round(mm * 1440 / 25.4); }

  /* The blocks of the roots, in order; each root after the first on a new page when asked. */
  function readAll(roots, pageBreaks, pictures) {
    var blocks = [];
    roots.forEach(function (root) {
      if (!root) return;
      var first = blocks.length;
      if (isBlockish(root) && !CONTAINERS.test(root.tagName)) {
        readBlocks({ childNodes: [root] }, blocks, pictures);
      } else {
        readBlocks(root, blocks, pictures);
      }
      if (pageBreaks && first > 0 && blocks[first]) blocks[first].pageBreakBefore = true;
    });
    // What depends on the mode, settled while it holds: a letter's blanks and their Dutch labels.
    (function mark(list) {
      list.forEach(function (block) {
        if (block.rows) block.rows.forEach(function (cells) { cells.forEach(function (c) { mark(c.blocks); }); });
        (block.runs || []).forEach(function (run) {
          run.blank = blank(run);
          run.dutch = run.blank ? sourceLabel(run.el) : null;
          if (run.dutch) run.dutchLang = language(mode.source);
        });
      });
    })(blocks);
    blocks.forEach(function (block, i) {
      var next = blocks[i + 1];
      var tag = block.el.tagName;
      block.keepNext = !!next && !next.pageBreakBefore &&
        (block.kind === "h" || tag === "LABEL" || tag === "LEGEND" || next.kind === "answer" || next.kind === "table");
    });
    return blocks;
  }

  function build(docx, roots, title, options) {
    var pictures = [];
    // The Dutch letter beside a translation (hidden unless printed bilingual), for the labels
    // of its blanks.
    var source = null;
    roots.forEach(function (root) { source = source || (root.querySelector && root.querySelector(".letter--source")); });
    mode = { empty: !!options.empty, source: source };
    var blocks;
    try {
      blocks = readAll(roots, options.pageBreaks, pictures);
    } finally {
      mode = { empty: false, source: null };
    }
    // The proofing language: the first text's (a letter's own language, or the page's).
    var first = blocks.length ? blocks[0].el : document.documentElement;
    var lang = language(first);
    var rtl = direction(first) === "rtl";
    var images = new Map();
    return Promise.all(pictures.map(function (pic) {
      var make = pic.picture.tagName === "IMG" ? imgPicture(pic.picture) : svgPicture(pic.picture);
      return make.then(function (image) { images.set(pic.picture, image); }, function () {});
    })).then(function () {
      var margin = twips(LAYOUT.margin_mm);
      var doc = new docx.Document({
        title: title,
        creator: "Samen met ouders",
        styles: {
          default: {
            document: {
              run: { font: FONT, size: Math.round(LAYOUT.body_pt * 2),
                     language: rtl ? { value: lang, bidirectional: lang } : { value: lang } },
              paragraph: { spacing: { after: Math.round(LAYOUT.after_pt * 20), line: Math.round(LAYOUT.line * 240) } },
            },
          },
        },
        sections: [{
          properties: {
            page: {
              size: { width: twips(LAYOUT.page.width_mm), height: twips(LAYOUT.page.height_mm) },
              margin: { top: margin, bottom: margin, left: margin, right: margin },
            },
          },
          children: blocks.map(function (block) { return toParagraph(docx, block, images); }),
        }],
      });
      return docx.Packer.toBlob(doc);
    });
  }

  /* The file's name: the button's data-word-file, and for a filled file the day it was made
   * (uitnodiging-kennismakingsgesprek-ar-2026-11-04.docx). */
  function fileName(button, empty) {
    var stem = button.dataset.wordFile;
    if (!stem) throw new Error("a Word button without data-word-file");
    return stem + (empty ? "" : "-" + S.today()) + ".docx";
  }

  /* Build and download: roots are the elements that go on paper, in order. Options: empty
   * (the page as the build wrote it), pageBreaks (each root after the first on a new page). */
  function download(button, roots, options) {
    options = options || {};
    roots = roots.filter(Boolean);
    if (!roots.length) return Promise.resolve();
    var name = fileName(button, options.empty);
    return S.load("vendor/docx/docx.iife.js").then(function () {
      var heading = document.querySelector("h1");
      var title = heading ? heading.textContent.replace(/\u00b6/g, "").trim() : document.title;
      return build(window.docx, roots, title, options);
    }).then(function (blob) { S.saveBlob(blob, name); });
  }

  window.SamenMetOudersWord = { download: download };
})();
