/* Søkeboksen i toppteksten (overrides/partials/sok.html), med Pagefind som motor.
 *
 * Motoren (pagefind/pagefind.js + WebAssembly + indeks) og orddataene (pagefind/sok-ord.json, laget av
 * data/sok/ord.yml og data/ordliste.yml ved bygget) hentes først når noen går inn i søkefeltet.
 * Alle ord (synonymer, stoppord, fareord, støyord) står i dataene, ikke her. Her står bare reglene:
 *   - æøå skrevet som ae/oe/aa eller som vanlige bokstaver finner ordet, og omvendt;
 *   - «barne- og familieteamet» blir «barne og familieteamet» (+ «barneteamet» hvis ordet finnes);
 *   - et ord på 5 bokstaver eller mer som ikke gir treff, rettes til ord i indeksen som er én
 *     bokstav unna (dekker også -s- i sammensetninger: barnevernstjenesten / barneverntjenesten);
 *   - fareord setter akuttsiden først.
 * Ingen innebygde skript: CSP-en i deploy/nginx tillater bare skript fra nettstedet selv.
 */
(function () {
  "use strict";
  var boks = document.querySelector("[data-sok]");
  if (!boks) return;
  var felt = boks.querySelector(".sok__felt");
  var skjema = boks.querySelector(".sok__skjema");
  var panel = boks.querySelector(".sok__resultater");
  var antall = boks.querySelector(".sok__antall");
  var liste = boks.querySelector(".sok__liste");
  // data-sok-rot er «{{ base_url }}/»: «./», «../» – eller «//» på 404-siden, der base_url er «/».
  var rot = new URL((boks.getAttribute("data-sok-rot") || "/").replace(/\/{2,}$/, "/"), document.baseURI).pathname;
  var MAKS = 8;
  var klar = null;      // Promise {pf, ord}
  var teller = 0;       // nyeste søk; eldre svar kastes
  var venter = null;

  document.documentElement.classList.add("sok-js");

  function last() {
    if (klar) return klar;
    klar = Promise.all([
      import(rot + "pagefind/pagefind.js"),
      fetch(rot + "pagefind/sok-ord.json").then(function (r) { return r.json(); })
    ]).then(function (deler) {
      var pf = deler[0], ord = deler[1];
      // noWorker: indeksen er liten, så søket tar få millisekunder i hovedtråden; uten workeren henter et
      // første søk 12 KiB mindre (budsjettet er 150 KiB, deploy/README.md «Søk»).
      pf.options({ basePath: rot + "pagefind/", baseUrl: rot, excerptLength: 24, noWorker: true });
      return pf.init().then(function () { return { pf: pf, ord: forbered(ord) }; });
    });
    return klar;
  }

  function fold(w) {
    return w.replace(/æ/g, "ae").replace(/ø/g, "o").replace(/å/g, "a").replace(/aa/g, "a")
      .replace(/é/g, "e").replace(/ü/g, "u");
  }

  function forbered(ord) {
    var foldet = {};
    ord.ordforrad.forEach(function (w) {
      var f = fold(w);
      (foldet[f] = foldet[f] || []).push(w);
    });
    ord.foldet = foldet;
    ord.foldetListe = Object.keys(foldet);
    ord.fareSett = {};
    ord.fare.ord.forEach(function (w) { ord.fareSett[fold(w)] = true; });
    ord.stoppSett = {};
    ord.stoppord.forEach(function (w) { ord.stoppSett[w] = true; });
    ord.synFoldet = {};
    Object.keys(ord.synonymer).forEach(function (k) { ord.synFoldet[fold(k)] = ord.synonymer[k]; });
    return ord;
  }

  // Én bokstav unna: bytt, legg til eller ta bort én bokstav (a og b er allerede foldet).
  function enUnna(a, b) {
    var la = a.length, lb = b.length;
    if (Math.abs(la - lb) > 1 || a === b) return false;
    var i = 0, j = 0, feil = 0;
    while (i < la && j < lb) {
      if (a[i] === b[j]) { i++; j++; continue; }
      if (++feil > 1) return false;
      if (la > lb) i++; else if (lb > la) j++; else { i++; j++; }
    }
    return feil + (la - i) + (lb - j) <= 1;
  }

  function normaliser(q) {
    q = q.toLowerCase().replace(/[«»"“”()?!.,:;]/g, " ");
    // Bindestrek-koordinering: «barne- og familieteamet», «helse- og omsorg».
    return q.replace(/(\S+)-\s+(og|eller)\s+/g, "$1 $2 ").replace(/\s+/g, " ").trim();
  }

  // Sammensetningen «barne- og familieteamet» -> også «barneteamet» når det ordet finnes.
  function koordinert(qRaa, ord) {
    var ekstra = [];
    var m, re = /(\S+)-\s+(?:og|eller)\s+(\S+)/g;
    while ((m = re.exec(qRaa.toLowerCase())) !== null) {
      for (var k = 3; k < m[2].length - 2; k++) {
        var kand = m[1] + m[2].slice(k);
        if (ord.foldet[fold(kand)]) { ekstra.push(kand); break; }
      }
    }
    return ekstra;
  }

  function treffPaa(pf, tekst) {
    return pf.search(tekst).then(function (r) { return r.results; });
  }

  // Hvert ord blir et «begrep» med alternativer: ordet selv, synonymets faste term, rettede ord.
  function begreper(q, ord) {
    var ordene = normaliser(q).split(" ").filter(Boolean);
    var liste = [];
    var brukt = {};
    // Synonymer på to ord først («melde til», «slår barnet»), så enkeltord.
    for (var i = 0; i < ordene.length; i++) {
      var to = i + 1 < ordene.length ? ordene[i] + " " + ordene[i + 1] : null;
      if (to && ord.synFoldet[fold(to)]) {
        liste.push({ ord: to, alt: [ord.synFoldet[fold(to)]], fare: !!ord.fareSett[fold(to)] });
        brukt[i] = brukt[i + 1] = true;
      }
    }
    ordene.forEach(function (w, i) {
      if (brukt[i] || ord.stoppSett[w] || ord.stoppSett[fold(w)]) return;
      var f = fold(w);
      var b = { ord: w, alt: [], fare: !!ord.fareSett[f] };
      function legg(x) {
        if (b.alt.indexOf(x) < 0) b.alt.push(x);
        var syn = ord.synFoldet[fold(x)];
        // Et ord i indeksen som leder til én bestemt side (ord.sider): ordet selv finner siden, og
        // tittelpoeng() løfter den. Å søke på sidens tittel i tillegg henter bare flere indeksdeler.
        if (syn && ord.sider[x.toLowerCase()] && ord.foldet[fold(x)]) return;
        if (syn && b.alt.indexOf(syn) < 0) b.alt.unshift(syn);
      }
      if (ord.stoy[w]) ord.stoy[w].forEach(legg);
      else {
        (ord.foldet[f] || []).forEach(function (v) { if (v !== w) legg(v); });
        if (!kjent(f, ord)) rettinger(f, ord).forEach(legg);
        legg(w);
      }
      liste.push(b);
    });
    koordinert(q, ord).forEach(function (w) { liste.push({ ord: w, alt: [w], fare: false }); });
    return Promise.resolve(liste);
  }

  // Kjent ord: står i ordforrådet, eller er begynnelsen på et ord der (bøyde former og sammensetninger).
  function kjent(f, ord) {
    if (ord.foldet[f]) return true;
    if (f.length < 4) return true;
    for (var i = 0; i < ord.foldetListe.length; i++) {
      if (ord.foldetListe[i].lastIndexOf(f, 0) === 0) return true;
    }
    return false;
  }

  // Ukjent ord: samme ord med æøå (foldet likt), ellers ord én bokstav unna (bare 5 bokstaver eller mer).
  function rettinger(f, ord) {
    var kand = (ord.foldet[f] || []).slice();
    if (!kand.length && f.length >= 5) {
      ord.foldetListe.forEach(function (v) { if (enUnna(f, v)) kand = kand.concat(ord.foldet[v]); });
    }
    return kand.slice(0, 4);
  }

  function ordI(tekst) { return fold(tekst.toLowerCase()).split(/[^a-z0-9]+/).filter(Boolean); }

  function tittelpoeng(d, bs, ord) {
    var tittel = ordI((d.meta && d.meta.title) || "");
    var sti = d.url.slice(rot.length);
    var p = 0;
    bs.forEach(function (b) {
      var best = 0;
      b.alt.concat([b.ord]).forEach(function (a) {
        if (ord.sider[a.toLowerCase()] === sti) best = Math.max(best, 3);
        var ordene = ordI(a);
        if (!ordene.length) return;
        var treff = ordene.filter(function (w) {
          return tittel.some(function (t) { return t === w || (t.lastIndexOf(w, 0) === 0 && t.length - w.length <= 2); });
        }).length;
        if (treff === ordene.length) best = Math.max(best, 2);
        else if (treff > 0) best = Math.max(best, 1);
      });
      p += best;
    });
    return p;
  }

  function sok(q) {
    return last().then(function (m) {
      var pf = m.pf, ord = m.ord;
      return begreper(q, ord).then(function (bs) {
        if (!bs.length) return [];
        var fare = bs.some(function (b) { return b.fare; });
        var hoved = bs.map(function (b) { return b.alt[0]; }).join(" ");
        var jobber = [treffPaa(pf, hoved)];
        bs.forEach(function (b) { jobber.push(Promise.all(b.alt.map(function (a) { return treffPaa(pf, a); }))); });
        return Promise.all(jobber).then(function (svar) {
          var sider = {};
          function side(r) {
            return sider[r.id] = sider[r.id] || { r: r, alle: 0, dekning: 0, poeng: 0 };
          }
          svar[0].forEach(function (r, i) { side(r).alle = 1000 - i; });
          svar.slice(1).forEach(function (perAlt) {
            var best = {};
            perAlt.forEach(function (rs, nr) {
              var vekt = nr === 0 ? 1 : 0.5;
              rs.forEach(function (r) { best[r.id] = Math.max(best[r.id] || 0, r.score * vekt); });
            });
            Object.keys(best).forEach(function (id) {
              var s = sider[id] || null;
              if (!s) perAlt.forEach(function (rs) { rs.forEach(function (r) { if (r.id === id) s = side(r); }); });
              s.dekning += 1;
              s.poeng += best[id];
            });
          });
          var rangert = Object.keys(sider).map(function (k) { return sider[k]; });
          rangert.sort(function (a, b) {
            return (b.alle > 0) - (a.alle > 0) || b.dekning - a.dekning || b.alle - a.alle || b.poeng - a.poeng;
          });
          return Promise.all(rangert.slice(0, MAKS).map(function (s) { return s.r.data(); }))
            .then(function (data) {
              // Tittelen og ordlistens «her står svaret» veier tyngst; ellers Pagefinds rekkefølge.
              var poeng = data.map(function (d, i) { return { d: d, i: i, p: tittelpoeng(d, bs, ord) }; });
              poeng.sort(function (a, b) { return b.p - a.p || a.i - b.i; });
              data = poeng.map(function (x) { return x.d; });
              if (fare) {
                var maal = rot + ord.fare.side;
                var i = data.findIndex(function (d) { return d.url === maal; });
                if (i > 0) data.unshift(data.splice(i, 1)[0]);
              }
              return data.slice(0, MAKS);
            });
        });
      });
    });
  }

  function el(navn, klasse, tekst) {
    var e = document.createElement(navn);
    if (klasse) e.className = klasse;
    if (tekst) e.textContent = tekst;
    return e;
  }

  // Pagefinds utdrag er tekst med <mark>; vi bygger det på nytt av tekstnoder, så ingen HTML slipper inn.
  function utdrag(html) {
    var p = el("p", "sok__utdrag");
    html.split(/(<mark>.*?<\/mark>)/).forEach(function (del) {
      var m = /^<mark>(.*)<\/mark>$/.exec(del);
      var tekst = (m ? m[1] : del).replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">")
        .replace(/&quot;/g, "\"").replace(/&#39;/g, "'").replace(/<[^>]*>/g, "");
      p.appendChild(m ? el("mark", "", tekst) : document.createTextNode(tekst));
    });
    return p;
  }

  function vis(q, data) {
    liste.textContent = "";
    data.forEach(function (d) {
      var li = el("li", "sok__rad");
      var a = el("a", "sok__treff", (d.meta && d.meta.title) || d.url);
      a.href = d.url;
      li.appendChild(a);
      if (d.excerpt) li.appendChild(utdrag(d.excerpt));
      var under = (d.sub_results || []).filter(function (s) { return s.url !== d.url && s.url.indexOf("#") > 0; });
      if (under.length) {
        var ul = el("ul", "sok__deler");
        under.slice(0, 3).forEach(function (s) {
          var li2 = el("li");
          var a2 = el("a", "sok__del", s.title);
          a2.href = s.url;
          li2.appendChild(a2);
          ul.appendChild(li2);
        });
        li.appendChild(ul);
      }
      liste.appendChild(li);
    });
    antall.textContent = data.length === 0
      ? "Ingen treff på «" + q + "». Prøv et annet ord, eller se A–Å-oversikten."
      : (data.length === 1 ? "1 treff" : data.length + " treff") + ". Trykk Tab for å gå til treffene.";
    if (data.length === 0) {
      var li = el("li", "sok__rad");
      var a = el("a", "sok__treff", "A–Å: alle emner");
      a.href = rot + "a-a/";
      li.appendChild(a);
      liste.appendChild(li);
    }
    panel.hidden = false;
    boks.setAttribute("data-sok-ferdig", q);
  }

  function lukk() {
    panel.hidden = true;
  }

  function kjor() {
    var q = felt.value.trim();
    var nr = ++teller;
    if (!q) { lukk(); boks.setAttribute("data-sok-ferdig", ""); return; }
    sok(q).then(function (data) { if (nr === teller) vis(q, data); }, function (feil) {
      if (nr !== teller) return;
      antall.textContent = "Søket virker ikke akkurat nå. Bruk A–Å-oversikten eller rutineoversikten.";
      panel.hidden = false;
      if (window.console) console.error(feil);
    });
  }

  felt.addEventListener("focus", last);
  felt.addEventListener("input", function () {
    clearTimeout(venter);
    venter = setTimeout(kjor, 60);
  });
  skjema.addEventListener("submit", function (ev) {
    ev.preventDefault();
    clearTimeout(venter);
    kjor();
  });
  boks.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape") { lukk(); felt.focus(); }
  });
  // Lukk når fokus forlater søket (ikke når det går fra feltet til treffene).
  boks.addEventListener("focusout", function (ev) {
    if (ev.relatedTarget && !boks.contains(ev.relatedTarget)) lukk();
  });
  document.addEventListener("click", function (ev) { if (!boks.contains(ev.target)) lukk(); });
  // Samme snarvei som Materials søk: / eller s når du ikke skriver i et felt.
  document.addEventListener("keydown", function (ev) {
    var t = ev.target;
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    if (ev.key === "/" || ev.key === "s" || ev.key === "S") {
      ev.preventDefault();
      felt.focus();
    }
  });
})();
