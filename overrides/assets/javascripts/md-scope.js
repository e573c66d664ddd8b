// Material's storage helpers (partials/javascripts/base.html), served as a
// file so the Content-Security-Policy needs no 'unsafe-inline'. The scope is
// the site root, found from this script's own address
// (<root>/assets/javascripts/md-scope.js), so it holds at any directory depth
// and under any sub-path.
__md_scope = new URL("../../", document.currentScript.src)
__md_hash = e => [...e].reduce((e, _) => (e << 5) - e + _.charCodeAt(0), 0)
__md_get = (e, _ = localStorage, t = __md_scope) => JSON.parse(_.getItem(t.pathname + "." + e))
__md_set = (e, _, t = localStorage, a = __md_scope) => {
  try {
    t.setItem(a.pathname + "." + e, JSON.stringify(_))
  } catch (e) {}
}
