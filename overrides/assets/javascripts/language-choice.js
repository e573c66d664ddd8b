// Remembers the language a reader picks in the language switcher (or by the
// notices' "Read the English page"), so the
// server's home-page redirect (deploy/nginx) honours it over the browser's
// Accept-Language. The path is the site's root, found from this script's own
// address (<root>/assets/javascripts/language-choice.js): "/" when the site
// is at the root of its host, "/palliative-care/" under that sub-path (so it
// cannot clash with another application's `lang` cookie on a shared host).
(function () {
  var root = new URL("../../", document.currentScript.src).pathname
  document.addEventListener("click", function (event) {
    // The switcher, and the notices' link to the English page.
    var link = event.target instanceof Element && event.target.closest("a.md-select__link[hreflang], a.page-notice__english[hreflang]")
    if (!link) return
    document.cookie = "lang=" + encodeURIComponent(link.getAttribute("hreflang")) +
      "; path=" + root + "; max-age=31536000; SameSite=Lax" +
      (location.protocol === "https:" ? "; Secure" : "")
  }, true)
})()
