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

  // Først når første tegning er vist: Paint Timing melder «first-contentful-paint» når bildet faktisk står på
  // skjermen (requestAnimationFrame sier bare at en tegning er bestilt, og da startet hentingen av og til før).
  // Nettlesere uten Paint Timing venter én tegning. En skjult fane tegner ikke: da hentes skriptene når siden er
  // lastet, og som reserve alltid senest 3 s etter «load».
  var startet = false;
  function enGang() {
    if (startet) return;
    startet = true;
    last();
  }
  var typer = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
  if (typer.indexOf("paint") >= 0) {
    new PerformanceObserver(function (liste, observator) {
      if (liste.getEntriesByName("first-contentful-paint").length) {
        observator.disconnect();
        setTimeout(enGang, 0);
      }
    }).observe({ type: "paint", buffered: true });
  } else {
    requestAnimationFrame(function () { setTimeout(enGang, 0); });
  }
  function reserve() {
    if (document.visibilityState === "hidden") enGang();
    else setTimeout(enGang, 3000);
  }
  if (document.readyState === "complete") reserve();
  else window.addEventListener("load", reserve, { once: true });
})();
