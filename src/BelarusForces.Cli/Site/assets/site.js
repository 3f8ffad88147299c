// BelarusForces evidence explorer: sortable and filterable tables, copy buttons and the search page. Every page is
// readable without this script; only the search needs it.
(function () {
  "use strict";

  // Words are read and folded as the library reads them (SearchText.WordReader and NameIndex.Normalize): a word is a run
  // of letters, digits and combining marks; case and diacritics do not count (Raŭkoŭ = raukou); an apostrophe between
  // letters joins (Zas’s = zass), and a hyphen or dash joins too (T-72B = t72b) unless it stands between two digits
  // (2011-2013 is two words); the parts of a hyphenated word are words as well, at its position and after. The index's
  // words were folded by the library, so a query must fold the same way to meet them.
  var LETTER = /\p{L}/u, DIGIT = /\p{Nd}/u, LETTER_OR_DIGIT = /[\p{L}\p{Nd}]/u, MARK = /[\p{Mn}\p{Mc}]/u, ASCII_WORD = /[A-Za-z0-9]/;
  var LONGEST_WORD = 256;

  function isWordChar(c) {
    var code = c.charCodeAt(0);
    return code < 0x80 ? ASCII_WORD.test(c) : LETTER_OR_DIGIT.test(c) || (code >= 0xd800 && code <= 0xdfff) || MARK.test(c);
  }

  function isApostrophe(c) { return "'\u2019\u02bc\u2018".indexOf(c) >= 0; }

  function isHyphen(c) { return "-\u2010\u2011\u2012\u2013\u2212".indexOf(c) >= 0; }

  function joins(c, before, after) {
    return isApostrophe(c) ? LETTER.test(before) && LETTER.test(after) : isHyphen(c) && !(DIGIT.test(before) && DIGIT.test(after));
  }

  // A letter or digit is lower-cased, and a Latin or Cyrillic one also loses its diacritics (the first letter of its
  // canonical decomposition, as NameIndex's tables hold it); anything else is dropped.
  function foldChar(c) {
    var code = c.charCodeAt(0);
    if (code < 0x80) return ASCII_WORD.test(c) ? c.toLowerCase() : "";
    if (!LETTER_OR_DIGIT.test(c)) return "";
    var tabled = code < 0x250 || (code >= 0x400 && code < 0x500);
    return (tabled ? c.normalize("NFD").charAt(0) : c).toLowerCase().charAt(0);
  }

  function foldWord(text) {
    var folded = "";
    for (var i = 0; i < text.length; i++) folded += foldChar(text.charAt(i));
    return folded;
  }

  // The words of a text: where each starts, its length, its folded form, its position, and whether it is a part of a
  // hyphenated word.
  function words(text) {
    var found = [], at = 0, position = -1;
    var add = function (start, length, wordPosition, isPart) {
      var folded = foldWord(text.substr(start, Math.min(length, LONGEST_WORD)));
      if (folded !== "") found.push({ start: start, length: length, folded: folded, position: wordPosition, isPart: isPart });
      return folded !== "";
    };
    while (at < text.length) {
      if (!isWordChar(text.charAt(at))) { at++; continue; }
      var start = at, hyphenated = false;
      while (at < text.length) {
        var c = text.charAt(at);
        if (isWordChar(c)) {
          at++;
        } else if (at + 1 < text.length && isWordChar(text.charAt(at + 1)) && joins(c, text.charAt(at - 1), text.charAt(at + 1))) {
          hyphenated = hyphenated || !isApostrophe(c);
          at++;
        } else {
          break;
        }
      }

      if (!add(start, at - start, position + 1, false)) continue;
      position++;
      if (hyphenated) {
        var partAt = start, partPosition = position;
        while (partAt < at) {
          var partStart = partAt;
          while (partAt < at && isWordChar(text.charAt(partAt))) partAt++;
          if (add(partStart, partAt - partStart, partPosition, true)) partPosition++;
          partAt++; // past the hyphen
        }
        position = Math.max(position, partPosition - 1);
      }
    }
    return found;
  }

  // The folded words of a text, a joined word (T-72B) as one.
  function primaryWords(text) {
    return words(text).filter(function (w) { return !w.isPart; }).map(function (w) { return w.folded; });
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
      var wanted = primaryWords(input.value);
      Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
        // A row shows when each word typed begins one of its words, folded as search folds them.
        var own = row.folded || (row.folded = words(row.textContent).map(function (w) { return w.folded; }));
        row.hidden = !wanted.every(function (w) { return own.some(function (o) { return o.startsWith(w); }); });
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

  // The search page runs the library's search over the library's index (assets/search-index.js, written by
  // SearchIndex.WriteTo): the same words, postings, field weights, stem groups, names and constants, ranked as
  // SearchIndex.Search ranks, step by step. Only the query is read here. What the script lacks is a stemmer: a query
  // word that no text uses finds no other forms of itself, only the words it begins and those one slip away.
  function Engine(ix) {
    var self = this;
    self.ix = ix;
    self.termIndex = new Map();
    ix.terms.forEach(function (t, i) { self.termIndex.set(t, i); });
    self.stemGroup = new Int32Array(ix.terms.length).fill(-1);
    ix.stems.forEach(function (group, g) { group.forEach(function (t) { self.stemGroup[t] = g; }); });
    self.names = new Map(Object.keys(ix.names).map(function (k) { return [k, ix.names[k]]; }));
    self.numbers = new Map(Object.keys(ix.numbers).map(function (k) { return [k, ix.numbers[k]]; }));
    self.stopWords = new Set(ix.stopWords);
    // Postings as sorted (field document, position) pairs; each word's inverse document frequency as the library's.
    self.docsOf = [];
    self.positionsOf = [];
    self.idf = ix.postings.map(function (pairs) {
      var docs = new Int32Array(pairs.length / 2), positions = new Int32Array(pairs.length / 2), df = 0;
      for (var i = 0, doc = 0; i < pairs.length; i += 2) {
        if (pairs[i] !== 0 || i === 0) df++;
        doc += pairs[i];
        docs[i / 2] = doc;
        positions[i / 2] = pairs[i + 1];
      }
      self.docsOf.push(docs);
      self.positionsOf.push(positions);
      return Math.log(1 + (ix.docs.length - df + 0.5) / (df + 0.5));
    });
  }

  Engine.prototype.bm25 = function (tf, doc) {
    var ix = this.ix;
    return tf * (ix.k1 + 1) / (tf + ix.k1 * (1 - ix.b + ix.b * ix.docs[doc][3] / ix.averageLength));
  };

  Engine.prototype.lowerBound = function (word) {
    var terms = this.ix.terms, lo = 0, hi = terms.length;
    while (lo < hi) {
      var mid = (lo + hi) >>> 1;
      if (terms[mid] < word) lo = mid + 1; else hi = mid;
    }
    return lo;
  };

  // Whether some beginning of `term` is one edit (a letter added, dropped or changed) from `word`.
  function beginsWithinOneEdit(word, term) {
    var i = 0;
    while (i < word.length && i < term.length && word[i] === term[i]) i++;
    if (i === word.length) return true;
    if (term.substring(i).startsWith(word.substring(i + 1))) return true;
    if (i === term.length) return false;
    var restOfTerm = term.substring(i + 1);
    return restOfTerm.startsWith(word.substring(i + 1)) || restOfTerm.startsWith(word.substring(i));
  }

  // The index words that a query word matches, each with its weight: itself and the number it spells, the words of its
  // stem, the words it begins, and (for longer words) the words one slip away.
  Engine.prototype.expand = function (word, loose) {
    var ix = this.ix, terms = ix.terms, found = new Map();
    var add = function (t, weight) { if (weight > (found.get(t) || 0)) found.set(t, weight); };
    var exact = this.termIndex.get(word);
    if (exact !== undefined) add(exact, ix.exactWeight);
    var number = this.numbers.get(word);
    if (number !== undefined && this.termIndex.has(number)) add(this.termIndex.get(number), ix.exactWeight);
    if (exact !== undefined && this.stemGroup[exact] >= 0) ix.stems[this.stemGroup[exact]].forEach(function (t) { add(t, ix.stemWeight); });
    var i;
    if (loose && word.length >= ix.minPrefixLength) {
      for (i = this.lowerBound(word); i < terms.length && terms[i].startsWith(word); i++) add(i, ix.prefixWeight);
    }
    if (loose && word.length >= ix.minSlipLength) {
      var end = this.lowerBound(String.fromCharCode(word.charCodeAt(0) + 1));
      for (i = this.lowerBound(word.charAt(0)); i < end; i++) {
        if (!terms[i].startsWith(word) && beginsWithinOneEdit(word, terms[i])) add(i, ix.slipWeight);
      }
    }
    return found;
  };

  Engine.prototype.scoreWord = function (word, loose, marked) {
    var self = this, scores = new Map();
    self.expand(word, loose).forEach(function (weight, term) {
      marked.add(term);
      var docs = self.docsOf[term];
      for (var i = 0; i < docs.length;) {
        var doc = docs[i], tf = 0;
        for (; i < docs.length && docs[i] === doc; i++) tf++;
        var score = weight * self.idf[term] * self.bm25(tf, doc);
        if (score > (scores.get(doc) || 0)) scores.set(doc, score);
      }
    });
    return scores;
  };

  Engine.prototype.hasPosting = function (term, doc, position) {
    var docs = this.docsOf[term], positions = this.positionsOf[term], lo = 0, hi = docs.length;
    while (lo < hi) {
      var mid = (lo + hi) >>> 1;
      if (docs[mid] < doc || (docs[mid] === doc && positions[mid] < position)) lo = mid + 1; else hi = mid;
    }
    return lo < docs.length && docs[lo] === doc && positions[lo] === position;
  };

  // A phrase matches where its words stand one after another; the rarest word anchors the walk.
  Engine.prototype.scorePhrase = function (phrase, marked) {
    var self = this, scores = new Map(), terms = [];
    for (var i = 0; i < phrase.length; i++) {
      if (!self.termIndex.has(phrase[i])) return scores;
      terms.push(self.termIndex.get(phrase[i]));
    }
    var anchor = 0;
    terms.forEach(function (t, k) { if (self.docsOf[t].length < self.docsOf[terms[anchor]].length) anchor = k; });
    var counts = new Map(), docs = self.docsOf[terms[anchor]], positions = self.positionsOf[terms[anchor]];
    for (var p = 0; p < docs.length; p++) {
      var follows = true;
      for (var k = 0; k < terms.length && follows; k++) {
        follows = k === anchor || self.hasPosting(terms[k], docs[p], positions[p] - anchor + k);
      }
      if (follows) counts.set(docs[p], (counts.get(docs[p]) || 0) + 1);
    }
    if (counts.size > 0) terms.forEach(function (t) { marked.add(t); });
    var idf = terms.reduce(function (sum, t) { return sum + self.idf[t]; }, 0);
    counts.forEach(function (tf, doc) { scores.set(doc, idf * self.bm25(tf, doc)); });
    return scores;
  };

  // The clause for one to three words that name one to three records: the words, or any other name of those records.
  Engine.prototype.namedBy = function (tokens, start, span) {
    var ix = this.ix, own = tokens.slice(start, start + span).map(function (w) { return w.folded; }), key = own.join("");
    if (key.length < 3 || (span === 1 && this.stopWords.has(key))) return null;
    var named = this.names.get(key);
    if (!named || named.length === 0 || named.length > 3) return null;
    var alternatives = [{ words: own, expand: span === 1, weight: 1 }], seen = new Set([own.join(" ")]);
    named.forEach(function (owner) {
      ix.owners[owner].names.forEach(function (name) {
        if (name.length > 0 && name.join("").length >= 3 && !seen.has(name.join(" "))) {
          seen.add(name.join(" "));
          alternatives.push({ words: name, expand: true, weight: ix.aliasWeight });
        }
      });
    });
    return { text: key, alternatives: alternatives, quoted: false, words: span, names: named };
  };

  // Quoted words are one clause that must match; other words are a clause each, except that words naming a record
  // form one clause that also matches its other names; "the", "of" and such are left out of a query that has others.
  Engine.prototype.parse = function (query) {
    var self = this, clauses = [];
    query.replace(/[\u201c\u201d]/g, '"').split('"').forEach(function (part, i) {
      if (i % 2 === 1) {
        var phrase = primaryWords(part);
        if (phrase.length > 0) clauses.push({ text: part.trim(), alternatives: [{ words: phrase, expand: false, weight: 1 }], quoted: true, words: 1 });
        return;
      }
      var all = words(part), tokens = all.filter(function (w) { return !w.isPart; });
      for (var t = 0; t < tokens.length;) {
        var span = 3;
        for (; span >= 1; span--) {
          var clause = t + span <= tokens.length ? self.namedBy(tokens, t, span) : null;
          if (clause) {
            clause.text = part.substring(tokens[t].start, tokens[t + span - 1].start + tokens[t + span - 1].length);
            clauses.push(clause);
            break;
          }
        }
        if (span === 0) {
          var token = tokens[t];
          var pieces = all.filter(function (w) { return w.isPart && w.start >= token.start && w.start < token.start + token.length; })
            .map(function (w) { return w.folded; });
          var alternatives = [{ words: [token.folded], expand: true, weight: 1 }];
          if (pieces.length > 1) alternatives.push({ words: pieces, expand: false, weight: 1 });
          clauses.push({ text: part.substr(token.start, token.length), alternatives: alternatives, quoted: false, words: 1 });
          span = 1;
        }
        t += span;
      }
    });
    var plain = function (c) { return c.quoted || c.words > 1 || !self.stopWords.has(c.alternatives[0].words[0]); };
    // Clauses are bits of a 32-bit mask: a query of more than 31 words is read for its first 31.
    return (clauses.some(plain) ? clauses.filter(plain) : clauses).slice(0, 31);
  };

  Engine.prototype.scoreClause = function (clause, marked) {
    var self = this, scores = new Map();
    clause.alternatives.forEach(function (alternative) {
      var found = alternative.words.length === 1 ? self.scoreWord(alternative.words[0], alternative.expand, marked) : self.scorePhrase(alternative.words, marked);
      found.forEach(function (score, doc) {
        var weighted = score * alternative.weight;
        if (weighted > (scores.get(doc) || 0)) scores.set(doc, weighted);
      });
    });
    return scores;
  };

  function bitCount(mask) {
    var n = 0;
    for (; mask !== 0; mask &= mask - 1) n++;
    return n;
  }

  // Every owner that matches a word, best first: those matching all words, then most; within them, the sum of a field
  // holding every word it matches, half a second such field and a quarter of each word's best field, times two for a
  // record named by the whole query (one and a half by an alias), as in SearchIndex.Search.
  Engine.prototype.search = function (query) {
    var self = this, ix = self.ix, clauses = self.parse(query);
    var marked = new Set(), docs = new Map(), owners = new Map(), required = 0;
    clauses.forEach(function (clause, c) {
      var bit = 1 << c, best = new Map();
      if (clause.quoted) required |= bit;
      self.scoreClause(clause, marked).forEach(function (score, doc) {
        var weighted = score * ix.docs[doc][2], d = docs.get(doc) || { mask: 0, score: 0 }, owner = ix.docs[doc][0];
        docs.set(doc, { mask: d.mask | bit, score: d.score + weighted });
        if (weighted > (best.get(owner) || 0)) best.set(owner, weighted);
      });
      best.forEach(function (score, owner) {
        var o = owners.get(owner) || { mask: 0, score: 0 };
        owners.set(owner, { mask: o.mask | bit, score: o.score + score });
      });
    });

    var full = new Map();
    docs.forEach(function (d, doc) {
      var owner = ix.docs[doc][0];
      if (d.mask === owners.get(owner).mask) {
        var f = full.get(owner) || { best: 0, second: 0 };
        full.set(owner, d.score > f.best ? { best: d.score, second: f.best } : { best: f.best, second: Math.max(f.second, d.score) });
      }
    });

    var exact = new Map(), key = foldWord(query);
    (key === "" ? [] : self.names.get(key) || []).forEach(function (owner) { exact.set(owner, ix.owners[owner].names[0].join("") === key ? 2 : 1.5); });
    if (clauses.length > 1) {
      clauses.forEach(function (c) { (c.names || []).forEach(function (owner) { if (!exact.has(owner)) exact.set(owner, 0.6); }); });
    }

    var totalWords = clauses.reduce(function (sum, c) { return sum + c.words; }, 0), found = [];
    owners.forEach(function (o, owner) {
      if ((o.mask & required) !== required) return;
      var f = full.get(owner) || { best: 0, second: 0 };
      var matched = clauses.reduce(function (sum, c, i) { return sum + ((o.mask & (1 << i)) !== 0 ? c.words : 0); }, 0);
      found.push({ owner: owner, words: matched, score: (f.best + 0.5 * f.second + 0.25 * o.score) * (exact.get(owner) || 1), mask: o.mask });
    });
    found.sort(function (a, b) {
      var x = ix.owners[a.owner].key, y = ix.owners[b.owner].key;
      return b.words - a.words || b.score - a.score || (x < y ? -1 : x > y ? 1 : 0);
    });
    return { hits: found, clauses: clauses, totalWords: totalWords, docs: docs, marked: marked };
  };

  // The field to show for an owner: the one holding most of the query's clauses; a quote on a tie, then the higher score.
  Engine.prototype.bestField = function (result, owner) {
    var ix = this.ix, chosen = null, quote = ix.fields.indexOf("quote");
    result.docs.forEach(function (d, doc) {
      if (ix.docs[doc][0] !== owner) return;
      var count = bitCount(d.mask), isQuote = ix.docs[doc][1] === quote;
      if (!chosen || count > chosen.count || (count === chosen.count && ((isQuote && !chosen.quote) || (isQuote === chosen.quote && d.score > chosen.score)))) {
        chosen = { doc: doc, count: count, quote: isQuote, score: d.score };
      }
    });
    return chosen.doc;
  };

  // About snippetLength characters around the densest run of matching words, as pieces of text each marked or not;
  // the window does not open inside a quotation (SearchIndex's Snippet).
  Engine.prototype.snippet = function (text, markedWords) {
    var length = this.ix.snippetLength, all = words(text), hits = [];
    all.forEach(function (w) {
      var last = hits[hits.length - 1];
      if (markedWords.has(w.folded) && (!last || w.start >= last.start + last.length)) hits.push(w);
    });
    var start = 0, end = text.length;
    if (text.length > length) {
      var first = 0, lastHit = -1, bestCount = 0;
      for (var i = 0; i < hits.length; i++) {
        var distinct = new Set(), j = i;
        for (; j < hits.length && hits[j].start + hits[j].length - hits[i].start <= length; j++) distinct.add(hits[j].folded);
        if (distinct.size > bestCount) { first = i; lastHit = j - 1; bestCount = distinct.size; }
      }
      var spanStart = hits.length === 0 ? 0 : hits[first].start;
      var spanEnd = lastHit < 0 ? spanStart : hits[lastHit].start + hits[lastHit].length;
      start = Math.min(Math.max(spanStart - Math.trunc((length - (spanEnd - spanStart)) / 2), 0), Math.max(0, text.length - length));
      var wordStart = 0;
      for (var k = 0; k < all.length && all[k].start <= start; k++) if (!all[k].isPart) wordStart = all[k].start;
      start = this.outsideQuotation(text, wordStart, spanStart);
      end = Math.min(text.length, Math.max(start + length, spanEnd));
      if (end < text.length) {
        var whole = all.filter(function (w) { return !w.isPart && w.start + w.length <= end; }).pop();
        if (whole && whole.start > start) end = whole.start + whole.length;
      }
    }
    var pieces = start > 0 ? [{ text: "…", mark: false }] : [], at = start;
    hits.forEach(function (w) {
      if (w.start < start || w.start + w.length > end) return;
      pieces.push({ text: text.substring(at, w.start), mark: false }, { text: text.substr(w.start, w.length), mark: true });
      at = w.start + w.length;
    });
    pieces.push({ text: text.substring(at, end) + (end < text.length ? "…" : ""), mark: false });
    pieces.forEach(function (p) { p.text = p.text.replace(/[\r\n\t]/g, " "); });
    return pieces;
  };

  // A window that would open inside a quotation opens at its quotation mark, or after it closes when that is far back.
  Engine.prototype.outsideQuotation = function (text, start, match) {
    var open = -1;
    for (var i = 0; i < start; i++) {
      var c = text.charAt(i);
      if (c === "\u201c" || c === "\u00ab") open = i;
      else if (c === "\u201d" || c === "\u00bb") open = -1;
      else if (c === '"') open = open >= 0 ? -1 : i;
    }
    if (open < 0) return start;
    if (match - open <= this.ix.quotationReach) return open;
    var close = -1;
    for (var j = start; j < text.length && close < 0; j++) if ("\u201d\u00bb\"".indexOf(text.charAt(j)) >= 0) close = j;
    if (close < 0 || close >= match) return start;
    var after = close + 1;
    while (after < text.length && /\s/.test(text.charAt(after))) after++;
    return after;
  };

  function element(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  // A hit as the CLI shows it: the record (title, collection, date), what matched when not every word did, the snippet
  // from its best field with the matching words marked, and where the quote comes from: source, date and seed line.
  function hitItem(engine, result, hit) {
    var ix = engine.ix, owner = ix.owners[hit.owner], collection = owner.key.split("/")[0];
    var item = element("li"), link = element("a", null, owner.title);
    link.href = "../" + owner.key + "/index.html";
    item.appendChild(link);
    item.appendChild(element("span", "kind", " " + collection + (owner.date ? ", " + owner.date : "")));
    if (hit.words < result.totalWords) {
      var missing = result.clauses.filter(function (c, i) { return (hit.mask & (1 << i)) === 0; }).map(function (c) { return c.text; });
      item.appendChild(element("span", "matched", ", " + hit.words + " of " + result.totalWords + " words; not " + missing.join(", ")));
    }
    var doc = ix.docs[engine.bestField(result, hit.owner)];
    var markedWords = new Set(Array.from(result.marked, function (t) { return ix.terms[t]; }));
    var snippet = element("p", "snippet");
    snippet.appendChild(element("span", "field", ix.fields[doc[1]] + ": "));
    engine.snippet(ix.texts[doc[4]], markedWords).forEach(function (piece) {
      snippet.appendChild(piece.mark ? element("mark", null, piece.text) : document.createTextNode(piece.text));
    });
    item.appendChild(snippet);
    var evidence = doc.length > 5 ? [doc[5], doc[6]] : owner.evidence;
    if (evidence) {
      var source = ix.owners[evidence[0]], from = element("p", "provenance", "— ");
      var sourceLink = element("a", null, source.title);
      sourceLink.href = "../" + source.key + "/index.html";
      from.appendChild(sourceLink);
      from.appendChild(document.createTextNode((source.date ? ", " + source.date : "") + (evidence[1] > 0 ? ", seed line " + evidence[1] : "")));
      item.appendChild(from);
    }
    return item;
  }

  function searchPage(list) {
    var engine = new Engine(window.BelarusForcesSearch);
    var input = document.getElementById("q");
    var status = document.getElementById("search-status");
    var render = function () {
      var result = engine.search(input.value), hits = result.hits;
      var all = hits.filter(function (h) { return h.words === result.totalWords; }).length;
      list.textContent = "";
      hits.slice(0, 100).forEach(function (hit) { list.appendChild(hitItem(engine, result, hit)); });
      var records = function (n) { return n + (n === 1 ? " record" : " records"); };
      status.textContent = input.value.trim() === "" ? "Type a name, a word or a figure."
        : hits.length === 0 ? "Nothing matches “" + input.value + "”."
        : (all === hits.length ? records(all) + (all === 1 ? " matches." : " match.")
          : (all === 0 ? "No record matches every word; " : records(all) + " match every word; ") + records(hits.length - all) + " match some of them.")
          + (hits.length > 100 ? " The first 100 are listed." : "");
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
