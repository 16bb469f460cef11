/* Materials skript legger vanlige Markdown-tabeller i en rulleramme (.md-typeset__scrollwrap).
   En ramme som kan rulles, må kunne nås med tastatur (WCAG 2.1.1; axe: scrollable-region-focusable),
   så den gjøres fokuserbar og får navn etter tabellens overskrift. Rammen finnes bare når skript kjører,
   så uten skript er det ingenting å rette. */
(function () {
  "use strict";
  function rett(rot) {
    rot.querySelectorAll(".md-typeset__scrollwrap:not([tabindex])").forEach(function (ramme) {
      var tittel = ramme.querySelector("caption");
      ramme.setAttribute("tabindex", "0");
      ramme.setAttribute("role", "region");
      ramme.setAttribute("aria-label", tittel ? "Tabell: " + tittel.textContent.trim() : "Tabell");
    });
  }
  if (typeof document$ !== "undefined" && document$.subscribe) {
    document$.subscribe(function () { rett(document); });
  } else {
    document.addEventListener("DOMContentLoaded", function () { rett(document); });
  }
})();
