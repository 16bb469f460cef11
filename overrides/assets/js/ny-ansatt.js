/* Ny ansatt: avkrysningsliste som huskes i nettleseren (fremgang). Siden virker uten skriptet.
 *
 * Uten skript er «Veien gjennom veilederen» en vanlig nummerert liste. Med skript får hvert steg en
 * ekte avkrysningsboks («Ferdig: …»), og over listen står fremgangen som tekst og som <progress>
 * («3 av 9 steg fullført»). Teksten er en høflig levende region (role="status"), så skjermlesere leser
 * den opp når den endres. «Nullstill» fjerner alle kryss.
 *
 * Lagres i localStorage under én nøkkel, som en liste over stegene som er ferdige. Et steg kjennes igjen
 * på adressen i sin første lenke, så rekkefølgen kan endres uten at kryssene havner på feil steg.
 * Ingenting sendes noe sted. Går det ikke å lagre (privat vindu, blokkert lagring), virker listen
 * likevel, og siden sier at kryssene ikke blir husket.
 *
 * Innholdssikkerhet (CSP): ingen innebygde skript, ingen hendelsesattributter, ingen style-attributter;
 * alt utseende ligger i assets/stilark/lesere.css.
 */
(function () {
  "use strict";

  // Nøkkelen er kommunens (attributtet data-ny-ansatt-vei på siden), så to kommuners veiledere på samme
  // intranett ikke deler kryss, og en endret nøkkel ikke sletter kryssene ansatte allerede har satt.
  var NOKKEL = "hv-ny-ansatt-v1";

  function lesLagret() {
    try {
      var verdi = JSON.parse(window.localStorage.getItem(NOKKEL) || "[]");
      return { ok: true, ferdige: Array.isArray(verdi) ? verdi : [] };
    } catch (e) {
      return { ok: false, ferdige: [] };
    }
  }

  function lagre(ferdige) {
    try {
      if (ferdige.length) {
        window.localStorage.setItem(NOKKEL, JSON.stringify(ferdige));
      } else {
        window.localStorage.removeItem(NOKKEL);
      }
      return true;
    } catch (e) {
      return false;
    }
  }

  function lag(tag, klasse, tekst) {
    var el = document.createElement(tag);
    if (klasse) { el.className = klasse; }
    if (tekst) { el.textContent = tekst; }
    return el;
  }

  function stegnavn(li) {
    var lenke = li.querySelector("a");
    if (lenke && lenke.textContent.trim()) { return lenke.textContent.trim(); }
    return li.textContent.split("–")[0].trim();
  }

  function stegnokkel(li, nr) {
    var lenke = li.querySelector("a[href]");
    return lenke ? lenke.getAttribute("href") : "steg-" + nr;
  }

  function start(beholder, indeks) {
    var liste = beholder.querySelector("ol");
    if (!liste) { return; }
    var punkter = Array.prototype.filter.call(liste.children, function (el) { return el.tagName === "LI"; });
    if (!punkter.length) { return; }

    var lagret = lesLagret();
    var ferdige = lagret.ferdige.slice();
    var prefiks = "ny-ansatt-" + indeks;
    var bokser = [];

    // Fremgang: tekst (levende region) + <progress> med tilgjengelig navn fra teksten + Nullstill.
    var fremdrift = lag("div", "ny-ansatt-fremdrift");
    var tekst = lag("p", "ny-ansatt-fremdrift__tekst");
    tekst.id = prefiks + "-fremdrift";
    tekst.setAttribute("role", "status");
    tekst.setAttribute("aria-live", "polite");
    var maler = lag("progress", "ny-ansatt-fremdrift__maler");
    maler.max = punkter.length;
    maler.setAttribute("aria-labelledby", tekst.id);
    var nullstill = lag("button", "md-button ny-ansatt-fremdrift__nullstill", "Nullstill");
    nullstill.type = "button";
    fremdrift.appendChild(tekst);
    fremdrift.appendChild(maler);
    fremdrift.appendChild(nullstill);
    if (!lagret.ok) {
      fremdrift.appendChild(lag("p", "ny-ansatt-fremdrift__merknad",
        "Nettleseren din lar ikke siden lagre kryssene. De forsvinner når du lukker siden."));
    }

    function oppdater() {
      var antall = bokser.filter(function (b) { return b.checked; }).length;
      var melding = antall + " av " + punkter.length + " steg fullført";
      if (antall === punkter.length) { melding += ". Bra! Husk kursene under."; }
      maler.value = antall;
      if (tekst.textContent !== melding) { tekst.textContent = melding; }
    }

    punkter.forEach(function (li, i) {
      var nokkel = stegnokkel(li, i + 1);
      var boks = document.createElement("input");
      boks.type = "checkbox";
      boks.id = prefiks + "-steg-" + (i + 1);
      boks.className = "ny-ansatt-ferdig__boks";
      boks.checked = ferdige.indexOf(nokkel) !== -1;
      var etikett = lag("label", "ny-ansatt-ferdig__etikett", "Ferdig: " + stegnavn(li));
      etikett.htmlFor = boks.id;
      var rad = lag("div", "ny-ansatt-ferdig");
      rad.appendChild(boks);
      rad.appendChild(etikett);
      li.appendChild(rad);
      li.classList.add("ny-ansatt-steg");
      li.classList.toggle("ny-ansatt-steg--ferdig", boks.checked);

      boks.addEventListener("change", function () {
        var plass = ferdige.indexOf(nokkel);
        if (boks.checked && plass === -1) { ferdige.push(nokkel); }
        if (!boks.checked && plass !== -1) { ferdige.splice(plass, 1); }
        li.classList.toggle("ny-ansatt-steg--ferdig", boks.checked);
        lagre(ferdige);
        oppdater();
      });
      bokser.push(boks);
    });

    nullstill.addEventListener("click", function () {
      ferdige = [];
      bokser.forEach(function (b) {
        b.checked = false;
        b.closest("li").classList.remove("ny-ansatt-steg--ferdig");
      });
      lagre(ferdige);
      oppdater();
    });

    // Teksten fylles ut før den settes inn, så skjermlesere ikke leser den opp bare fordi siden åpnes.
    oppdater();
    beholder.insertBefore(fremdrift, liste);
    beholder.classList.add("ny-ansatt-vei--aktiv");
  }

  function init() {
    var beholdere = document.querySelectorAll("[data-ny-ansatt-vei]");
    if (beholdere.length && beholdere[0].getAttribute("data-ny-ansatt-vei")) {
      NOKKEL = beholdere[0].getAttribute("data-ny-ansatt-vei");
    }
    Array.prototype.forEach.call(beholdere, start);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
