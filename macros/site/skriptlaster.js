/* Skriptene lastes etter at siden er vist. macros/site/skriptlaster.py skriver lista inn i data-skript og
 * publiserer denne filen som assets/js/skriptlaster.js.
 *
 * Hvorfor: Materials skript leser rulleposisjonen når det starter. Står skriptet i siden, skjer det før
 * siden er tegnet første gang, og nettleseren må da legge ut hele siden midt i skriptet. På den lengste
 * siden («Jeg er bekymret for et barn») var det den lengste blokkeringen av hovedtråden (Lighthouse mobil,
 * make bench), og teksten ventet på 50 KiB skript. Nå tegnes teksten først; så hentes skriptene, i samme
 * rekkefølge som før.
 *
 * Material 9.8.1 starter på hendelsen DOMContentLoaded, som allerede har skjedd når skriptet kommer.
 * Derfor sendes den én gang til når alle skriptene har kjørt. De andre skriptene våre tåler det:
 * ny-ansatt.js ser på document.readyState, tabeller.js følger Materials document$.
 * Til slutt får <html> data-hv-skript="klar", så tester og PDF-utskriften vet at siden er ferdig.
 * Uten JavaScript virker siden som før: lenker, meny (avkrysningsboksene), søkeskjemaet som går til A–Å.
 */
(function () {
  "use strict";
  var meg = document.currentScript;
  var liste = ((meg && meg.getAttribute("data-skript")) || "").split(" ").filter(Boolean);

  function ferdig() {
    document.dispatchEvent(new Event("DOMContentLoaded"));
    document.documentElement.setAttribute("data-hv-skript", "klar");
  }

  function last() {
    var igjen = liste.length;
    if (!igjen) { ferdig(); return; }
    liste.forEach(function (src) {
      var s = document.createElement("script");
      s.src = src;
      s.async = false;   // kjøres i rekkefølge, slik de sto i siden
      // Et skript som ikke kan hentes, skal ikke stoppe de andre.
      s.addEventListener("load", ettEtter);
      s.addEventListener("error", ettEtter);
      document.body.appendChild(s);
    });
    function ettEtter() {
      igjen -= 1;
      if (igjen === 0) ferdig();
    }
  }

  // requestAnimationFrame kjører rett før neste tegning; setTimeout etter den kjører når siden er tegnet.
  // En skjult fane tegner ikke, og da venter heller ikke skriptene lenger enn til siden er lastet.
  if (document.visibilityState === "hidden") {
    if (document.readyState === "complete") last();
    else window.addEventListener("load", last, { once: true });
  } else {
    requestAnimationFrame(function () { setTimeout(last, 0); });
  }
})();
