// BelarusForces evidence explorer: sortable and filterable tables, copy buttons and the search page. Every page is
// readable without this script; only the search needs it.
(function () {
  "use strict";

  // Case, accents and punctuation do not matter: "Raŭkoŭ" finds "Raukou", "TorM2" and "Tor-M2" both give "tor m2".
  // Folded as the library folds: case and accents do not count; an apostrophe or hyphen inside a word joins it
  // (T-72B = T72B, Zas’s = Zass), a dash between two numbers separates them. In the records' text the parts of a
  // hyphenated word are words too (long-range is also "long" and "range"); in a query the word stays whole.
  var joined = /[\p{L}\p{N}]+(?:[-\u2010-\u2013\u2212'\u2018\u2019\u02bc][\p{L}\p{N}]+)+/gu;

  function fold(text, withParts) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(joined, function (word) {
        var parts = word.split(/[-\u2010-\u2013\u2212]/).map(function (p) { return p.replace(/['\u2018\u2019\u02bc]/g, ""); });
        if (parts.every(function (p) { return /^\p{N}+$/u.test(p); })) return parts.join(" ");
        var whole = parts.join("");
        return withParts && parts.length > 1 ? whole + " " + parts.join(" ") : whole;
      })
      .replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  }

  function words(text) {
    return fold(text, false).split(" ").filter(Boolean);
  }

  function sortable(table) {
    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (th, column) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      button.textContent = th.textContent;
      th.textContent = "";
      th.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(heads, function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = key(a.cells[column]), y = key(b.cells[column]);
          // An empty cell (undated, no figure) goes last whichever way the column is sorted.
          if (x === "" || y === "") return (x === "") - (y === "");
          var order = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  }

  function key(cell) {
    var sort = cell.getAttribute("data-sort");
    if (sort !== null) return sort;
    var text = cell.textContent.trim();
    var number = Number(text.replace(/,/g, ""));
    return text !== "" && !isNaN(number) ? number : text.toLowerCase();
  }

  function filterable(input) {
    var table = document.getElementById(input.getAttribute("data-filter"));
    input.parentNode.hidden = false;
    input.addEventListener("input", function () {
      var wanted = words(input.value);
      Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
        var text = " " + fold(row.textContent);
        row.hidden = !wanted.every(function (w) { return text.indexOf(" " + w) >= 0; });
      });
    });
  }

  // Facets: the address's query (?kind=test&year=2017) says which rows show, so that a narrowed listing can be linked.
  // Each facet link toggles its value in the address; counts are of the rows the other facets leave.
  function faceted(nav) {
    var table = document.getElementById(nav.getAttribute("data-table"));
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var links = Array.prototype.slice.call(nav.querySelectorAll("a[data-facet]"));
    var params = new URLSearchParams(window.location.search);
    var wanted = {};
    links.forEach(function (a) { wanted[a.getAttribute("data-facet")] = params.getAll(a.getAttribute("data-facet")); });
    var matches = function (row, skip) {
      return Object.keys(wanted).every(function (facet) {
        if (facet === skip || wanted[facet].length === 0) return true;
        var values = (row.getAttribute("data-" + facet) || "").split("|");
        return wanted[facet].some(function (v) { return values.indexOf(v) >= 0; });
      });
    };
    var shown = 0;
    // A class, not the hidden attribute, so that the text filter (which sets hidden) narrows within the facets.
    rows.forEach(function (row) { var out = !matches(row, null); row.classList.toggle("out", out); if (!out) shown++; });
    links.forEach(function (a) {
      var facet = a.getAttribute("data-facet"), value = a.getAttribute("data-value");
      var on = wanted[facet].indexOf(value) >= 0;
      var next = new URLSearchParams(params.toString());
      next.delete(facet);
      wanted[facet].filter(function (v) { return v !== value; }).concat(on ? [] : [value]).forEach(function (v) { next.append(facet, v); });
      a.href = "?" + next.toString();
      if (on) { a.setAttribute("aria-current", "true"); a.closest("details").open = true; }
      a.nextElementSibling.textContent = rows.filter(function (row) {
        return matches(row, facet) && (row.getAttribute("data-" + facet) || "").split("|").indexOf(value) >= 0;
      }).length;
    });
    var status = document.getElementById(nav.getAttribute("data-table").replace("table-", "shown-"));
    var active = Object.keys(wanted).filter(function (f) { return wanted[f].length > 0; });
    if (status) {
      status.textContent = active.length === 0 ? "" : "Showing " + shown + " of " + rows.length + " records: "
        + active.map(function (f) { return f + " " + wanted[f].join(" or "); }).join("; ") + ".";
    }
    nav.hidden = false;
  }

  function copyable(pre) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy";
    button.textContent = "Copy " + pre.getAttribute("data-format");
    button.addEventListener("click", function () {
      var done = function () { button.textContent = "Copied"; };
      var select = function () {
        var range = document.createRange();
        range.selectNodeContents(pre);
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        button.textContent = "Selected: press Ctrl+C";
      };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(pre.textContent).then(done, select);
      } else {
        select();
      }
    });
    pre.parentNode.insertBefore(button, pre.nextSibling);
  }

  function prepare(entry) {
    entry.tw = " " + fold(entry.t, true);
    entry.aw = " " + fold(entry.a, true);
    entry.xw = " " + fold(entry.x, true);
    // Facts before the things they are about, in the site's order of collections (written with the index).
    entry.rank = (window.BelarusForcesCollections || []).indexOf(entry.c);
    return entry;
  }

  function score(entry, terms) {
    var total = 0;
    for (var i = 0; i < terms.length; i++) {
      var t = " " + terms[i];
      var s = entry.tw.indexOf(t) >= 0 ? 3 : entry.aw.indexOf(t) >= 0 ? 2 : entry.xw.indexOf(t) >= 0 ? 1 : 0;
      if (s === 0) return 0;
      total += s;
    }
    return total;
  }

  function search(index, query) {
    var terms = words(query);
    if (terms.length === 0) return [];
    return index.map(function (e) { return { e: e, s: score(e, terms) }; })
      .filter(function (r) { return r.s > 0; })
      .sort(function (a, b) { return b.s - a.s || a.e.rank - b.e.rank || a.e.t.localeCompare(b.e.t); })
      .map(function (r) { return r.e; });
  }

  function searchPage(list) {
    var index = (window.BelarusForcesIndex || []).map(prepare);
    var input = document.getElementById("q");
    var status = document.getElementById("search-status");
    var render = function () {
      var found = search(index, input.value);
      list.textContent = "";
      found.slice(0, 100).forEach(function (e) {
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = "../" + e.u;
        link.textContent = e.t;
        item.appendChild(link);
        var kind = document.createElement("span");
        kind.className = "kind";
        kind.textContent = " " + e.c + (e.d ? ", " + e.d : "");
        item.appendChild(kind);
        list.appendChild(item);
      });
      status.textContent = input.value.trim() === "" ? "Type a name, a word or a figure."
        : found.length === 0 ? "Nothing matches “" + input.value + "”."
        : found.length + (found.length === 1 ? " record matches" : " records match") + (found.length > 100 ? "; the first 100 are listed." : ".");
    };
    input.value = new URLSearchParams(window.location.search).get("q") || "";
    input.addEventListener("input", function () {
      // The address keeps the query, so that Back and a shared link return to the same results.
      var address = new URL(window.location.href);
      address.searchParams.set("q", input.value);
      try { window.history.replaceState(null, "", address.href); } catch (e) { /* file:// may refuse */ }
      render();
    });
    render();
  }

  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), sortable);
    Array.prototype.forEach.call(document.querySelectorAll("nav.facets"), faceted);
    Array.prototype.forEach.call(document.querySelectorAll("input[data-filter]"), filterable);
    Array.prototype.forEach.call(document.querySelectorAll("pre.citation"), copyable);
    var results = document.getElementById("results");
    if (results) searchPage(results);
  });
})();
