/* Søkeindeksen (search/search_index.json, ca. 90 KB komprimert) hentes først når noen tar i bruk søket.
   Materials skript henter den ellers på hver side med en gang, også for alle som aldri søker – det koster
   mye på tynne nett og gamle PC-er. Skriptet lastes i <head>, før Materials skript, og holder bare igjen
   den ene forespørselen til brukeren går til søkefeltet (klikk, fokus, tastatursnarvei eller ?q= i adressen).
   Uten skript finnes ikke søket heller, så ingenting annet endres. */
(function () {
  "use strict";
  var XHR = window.XMLHttpRequest;
  if (!XHR) { return; }
  var apne = XHR.prototype.open;
  var send = XHR.prototype.send;
  var venter = [];
  var frigitt = false;

  function slipp() {
    if (frigitt) { return; }
    frigitt = true;
    venter.forEach(function (fortsett) { fortsett(); });
    venter = [];
  }

  XHR.prototype.open = function (metode, adresse) {
    this.hvSokeindeks = /search\/search_index\.json(?:[?#]|$)/.test(String(adresse));
    return apne.apply(this, arguments);
  };
  XHR.prototype.send = function () {
    if (this.hvSokeindeks && !frigitt) {
      var xhr = this;
      var argumenter = arguments;
      venter.push(function () { send.apply(xhr, argumenter); });
      return undefined;
    }
    return send.apply(this, arguments);
  };

  function iSok(element) {
    return element && element.closest && element.closest(".md-search, [for='__search'], #__search");
  }
  document.addEventListener("focusin", function (e) { if (iSok(e.target)) { slipp(); } }, true);
  document.addEventListener("pointerdown", function (e) { if (iSok(e.target)) { slipp(); } }, true);
  document.addEventListener("change", function (e) { if (iSok(e.target)) { slipp(); } }, true);
  /* Materials tastatursnarveier for søk er s, f og /. */
  document.addEventListener("keydown", function (e) {
    if (!e.ctrlKey && !e.metaKey && !e.altKey && /^[sSfF/]$/.test(e.key)) { slipp(); }
  }, true);
  if (/[?&]q=/.test(window.location.search)) { slipp(); }
})();
