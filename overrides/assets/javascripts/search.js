// Opens the site's search box (partials/search.html). Nothing of the search
// engine or of an index is fetched until the reader opens the box — by
// focusing its field, tapping the header's search button, or pressing "/",
// "s" or "f" as in Material — or arrives from a search result (?h=words),
// whose words are then marked on the page (search-highlight.js). Both sit
// beside this script, found from its own address.
(function () {
  var form = document.querySelector("form[data-site-search]")
  if (!form) return
  var here = document.currentScript.src
  var engineUrl = new URL("search-engine.js", here).href
  var toggle = document.getElementById("__search")
  var input = form.elements.query
  var engine = null

  function load() {
    engine = engine || import(engineUrl)
    return engine
  }

  function open() {
    // Material's styles show the results while its search toggle is on.
    if (toggle) toggle.checked = true
    load().then(function (module) { module.attach(form) })
  }

  form.addEventListener("submit", function (event) { event.preventDefault() })
  // (A click too: the box may have been closed with the field still focused.)
  input.addEventListener("focus", open)
  input.addEventListener("click", open)
  if (toggle) {
    toggle.addEventListener("change", function () {
      if (toggle.checked) input.focus()
    })
  }
  document.addEventListener("keydown", function (event) {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return
    var target = event.target
    if (target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return
    if (event.key === "/" || event.key === "s" || event.key === "f") {
      event.preventDefault()
      input.focus()
    }
  })

  var words = new URLSearchParams(location.search).get("h")
  if (words) {
    import(new URL("search-highlight.js", here).href).then(function (module) { module.highlight(words, form.dataset.lang) })
  }
})()
