/* Materials skript legger vanlige Markdown-tabeller i en rulleramme (.md-typeset__scrollwrap).
   En ramme som kan rulles, må kunne nås med tastatur (WCAG 2.1.1; axe: scrollable-region-focusable),
   så den gjøres fokuserbar og får navn etter tabellens overskrift, ellers etter nærmeste overskrift
   over den. To områder med samme navn er vanskelige å skille (axe: landmark-unique), så like navn
   får et løpenummer. Rammen finnes bare når skript kjører, så uten skript er det ingenting å rette. */
(function () {
  "use strict";
  function overskriftFor(ramme) {
    var tittel = ramme.querySelector("caption");
    if (tittel) return tittel.textContent.trim();
    var el = ramme.closest(".md-typeset__table") || ramme;
    while (el) {
      var forrige = el.previousElementSibling;
      while (forrige) {
        if (/^H[1-6]$/.test(forrige.tagName)) return forrige.textContent.replace("¶", "").trim();
        forrige = forrige.previousElementSibling;
      }
      el = el.parentElement;
      if (!el || el.classList.contains("md-content__inner")) break;
    }
    return "";
  }
  function rett(rot) {
    var brukt = {};
    rot.querySelectorAll(".md-typeset__scrollwrap:not([tabindex])").forEach(function (ramme) {
      var navn = "Tabell" + (overskriftFor(ramme) ? ": " + overskriftFor(ramme) : "");
      brukt[navn] = (brukt[navn] || 0) + 1;
      if (brukt[navn] > 1) navn += " (" + brukt[navn] + ")";
      ramme.setAttribute("tabindex", "0");
      ramme.setAttribute("role", "region");
      ramme.setAttribute("aria-label", navn);
    });
  }
  if (typeof document$ !== "undefined" && document$.subscribe) {
    document$.subscribe(function () { rett(document); });
  } else {
    document.addEventListener("DOMContentLoaded", function () { rett(document); });
  }
})();
