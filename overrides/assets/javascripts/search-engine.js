// The site's search, loaded by search.js only when a reader opens the search
// box (or arrives from a result, to highlight its words). It fetches only
// what a query needs from the language's index (<language root>/search/, see
// scripts/patient_site/pages/search_index.py): the manifest, the bucket of
// each word, and the chunks of the pages it shows. keysOf() is the twin of
// search_terms.py, which made the index: tests hold the two to the same words.

const HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{2fa1f}"
const HAN_RUN = new RegExp(`([${HAN}]+)`, "u")
const IS_HAN = new RegExp(`^[${HAN}]`, "u")
const WORD = /[\p{L}\p{N}]+/gu
const WORD_WITH_MARKS = /[\p{L}\p{N}\p{M}]+/gu
const ARABIC_ARTICLES = ["وال", "بال", "كال", "فال", "لل", "ال"]
const ARABIC_SUFFIXES = ["ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"]
const ARABIC_PROCLITICS = ["ب", "ك", "ف", "ل"]
const SHOWN = 10

export function fold(text) {
  return text.toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "")
}

function words(folded) {
  const found = []
  for (const match of folded.matchAll(WORD)) {
    for (const part of match[0].split(HAN_RUN)) if (part) found.push(part)
  }
  return found
}

const isHan = (word) => IS_HAN.test(word)
const len = (word) => [...word].length

function hanPairs(run) {
  const chars = [...run]
  if (chars.length < 2) return [run]
  return chars.slice(0, -1).map((ch, i) => ch + chars[i + 1])
}

function spanishPlural(w) {
  if (len(w) > 4 && w.endsWith("ces")) return w.slice(0, -3) + "z"
  if (len(w) > 4 && w.endsWith("es") && "lrndzj".includes(w.at(-3))) return w.slice(0, -2)
  if (len(w) > 3 && w.endsWith("s") && !w.endsWith("ss")) return w.slice(0, -1)
  return w
}

function englishPlural(w) {
  if (len(w) > 3 && w.endsWith("ies") && !w.endsWith("eies") && !w.endsWith("aies")) return w.slice(0, -3) + "y"
  if (len(w) > 3 && w.endsWith("es") && !["aes", "ees", "oes"].some((s) => w.endsWith(s))) return w.slice(0, -1)
  if (len(w) > 2 && w.endsWith("s") && !w.endsWith("us") && !w.endsWith("ss")) return w.slice(0, -1)
  return w
}

const arabicFold = (w) => w.replace(/\u0649/g, "\u064a").replace(/\u0629/g, "\u0647").replace(/\u0640/g, "")

function arabicLight(w) {
  w = arabicFold(w)
  if (len(w) > 3 && w.startsWith("و")) w = w.slice(1)
  for (const article of ARABIC_ARTICLES) {
    if (w.startsWith(article) && len(w) - len(article) >= 2) {
      w = w.slice(article.length)
      break
    }
  }
  for (const suffix of ARABIC_SUFFIXES) {
    if (w.endsWith(suffix) && len(w) - len(suffix) >= 2) w = w.slice(0, -suffix.length)
  }
  return w
}

export function keysOfWord(word, lang) {
  if (isHan(word)) return hanPairs(word)
  if (len(word) < 2) return []
  if (lang === "es") return [spanishPlural(word)]
  if (lang === "en") return [englishPlural(word)]
  if (lang === "ar") {
    const keys = [arabicLight(word)]
    let base = arabicFold(word)
    if (len(base) > 3 && base.startsWith("و")) base = base.slice(1)
    if (len(base) > 3 && ARABIC_PROCLITICS.some((p) => base.startsWith(p)) && !ARABIC_ARTICLES.some((a) => base.startsWith(a))) {
      const alternative = arabicLight(base.slice(1))
      if (!keys.includes(alternative)) keys.push(alternative)
    }
    return keys
  }
  return [word]
}

export function keysOf(text, lang) {
  return words(fold(text)).flatMap((word) => keysOfWord(word, lang))
}

// Each word of a query as the keys any of which it may start (a Han run:
// each of its pairs is a word of its own).
export function parseQuery(text, lang) {
  const found = []
  for (const word of words(fold(text))) {
    if (isHan(word)) hanPairs(word).forEach((pair) => found.push([pair]))
    else {
      const keys = keysOfWord(word, lang)
      if (keys.length) found.push(keys)
    }
  }
  return found
}

function prefix(key) {
  return isHan(key) ? [...key].slice(0, 1).join("") : [...key].slice(0, 2).join("")
}

function bucketOf(key, buckets) {
  let value = 0x811c9dc5
  for (const ch of prefix(key)) value = Math.imul(value ^ ch.codePointAt(0), 0x01000193) >>> 0
  return value % buckets
}

// One language's index, each file fetched once.
class Index {
  constructor(root) {
    this.folder = new URL("search/", root)
    this.files = new Map()
    this.manifest = this.file("manifest.json")
  }

  file(name) {
    if (!this.files.has(name)) {
      this.files.set(name, fetch(new URL(name, this.folder)).then((response) => {
        if (!response.ok) throw new Error(`${response.status} ${response.url}`)
        return response.json()
      }))
    }
    return this.files.get(name)
  }

  // Pages of any key that starts with one of `keys`, scored (a whole key
  // counts twice a key the word only starts), as search_index.py does.
  async scores(keys) {
    const { pages, buckets } = await this.manifest
    const scores = new Map()
    for (const wanted of keys) {
      const bucket = await this.file(`t/${bucketOf(wanted, buckets)}.json`)
      for (const [key, flat] of Object.entries(bucket)) {
        if (!key.startsWith(wanted)) continue
        const idf = Math.log(1 + pages / (flat.length / 2))
        const boost = key === wanted ? 2 : 1
        let page = 0
        for (let i = 0; i < flat.length; i += 2) {
          page += flat[i]
          scores.set(page, Math.max(scores.get(page) || 0, flat[i + 1] * idf * boost))
        }
      }
    }
    return scores
  }

  // Every page that matches every word, best first (ties in page order).
  async search(text, lang) {
    const query = parseQuery(text, lang)
    if (!query.length) return []
    const all = await Promise.all(query.map((keys) => this.scores(keys)))
    let combined = all[0]
    for (const scores of all.slice(1)) {
      const next = new Map()
      for (const [page, score] of combined) if (scores.has(page)) next.set(page, score + scores.get(page))
      combined = next
    }
    const round = (score) => Math.round(score * 1e6) / 1e6
    return [...combined.keys()].sort((a, b) => round(combined.get(b)) - round(combined.get(a)) || a - b)
  }

  // A page's [url, title, summary].
  async page(page) {
    const { chunk } = await this.manifest
    return (await this.file(`d/${Math.floor(page / chunk)}.json`))[page % chunk]
  }
}

// -- marking the query's words in a text --------------------------------------

export function matcher(text, lang) {
  const query = parseQuery(text, lang)
  const wanted = query.flat().filter((key) => !isHan(key))
  const runs = words(fold(text)).filter(isHan)
  return {
    // [start, end] of each stretch of `value` the query finds.
    stretches(value) {
      const found = []
      for (const match of value.matchAll(WORD_WITH_MARKS)) {
        let offset = match.index
        for (const part of match[0].split(HAN_RUN)) {
          if (!part) continue
          if (isHan(part)) {
            for (const run of runs) {
              for (let at = part.indexOf(run); at >= 0; at = part.indexOf(run, at + run.length)) {
                found.push([offset + at, offset + at + run.length])
              }
            }
          } else if (words(fold(part)).some((w) => keysOfWord(w, lang).some((key) => wanted.some((k) => key.startsWith(k))))) {
            found.push([offset, offset + part.length])
          }
          offset += part.length
        }
      }
      return found.sort((a, b) => a[0] - b[0])
    },
  }
}

export function marked(value, match) {
  const fragment = document.createDocumentFragment()
  let at = 0
  for (const [start, end] of match.stretches(value)) {
    if (start < at) continue
    fragment.append(value.slice(at, start))
    const mark = document.createElement("mark")
    mark.textContent = value.slice(start, end)
    fragment.append(mark)
    at = end
  }
  fragment.append(value.slice(at))
  return fragment
}

// -- the search box --------------------------------------------------------------

const indexes = new Map()

export function attach(form) {
  if (form.dataset.attached) return
  form.dataset.attached = "true"
  const lang = form.dataset.lang
  const root = new URL(form.dataset.root, document.baseURI)
  if (!indexes.has(root.href)) indexes.set(root.href, new Index(root))
  const index = indexes.get(root.href)
  const input = form.elements.query
  const dialog = form.closest(".md-search")
  const result = dialog.querySelector(".md-search-result")
  const meta = result.querySelector(".md-search-result__meta")
  const list = result.querySelector(".md-search-result__list")
  const toggle = document.getElementById("__search")
  let latest = 0

  const count = (n) => n === 0 ? result.dataset.none : n === 1 ? result.dataset.one : result.dataset.other.replace("#", n)

  function item([url, title, summary], text, match) {
    const href = new URL(url, root)
    href.searchParams.set("h", text)
    const link = document.createElement("a")
    link.className = "md-search-result__link"
    link.href = href.href
    const article = document.createElement("article")
    article.className = "md-search-result__article md-typeset"
    const heading = document.createElement("h1")
    heading.append(marked(title, match))
    const teaser = document.createElement("p")
    teaser.append(marked(summary, match))
    article.append(heading, teaser)
    link.append(article)
    const entry = document.createElement("li")
    entry.className = "md-search-result__item"
    entry.append(link)
    return entry
  }

  // The first result as soon as its page is read, then the next ones.
  async function run() {
    const text = input.value.trim()
    const ticket = ++latest
    const current = () => ticket === latest
    if (!text) {
      meta.textContent = result.dataset.placeholder
      list.replaceChildren()
      return
    }
    const ranked = await index.search(text, lang)
    if (!current()) return
    const match = matcher(text, lang)
    const shown = ranked.slice(0, SHOWN)
    const first = shown.length ? [item(await index.page(shown[0]), text, match)] : []
    if (!current()) return
    list.replaceChildren(...first)
    meta.textContent = count(ranked.length)
    const rest = await Promise.all(shown.slice(1).map((page) => index.page(page)))
    if (current()) list.append(...rest.map((page) => item(page, text, match)))
  }

  function close() {
    if (toggle) toggle.checked = false
    input.blur()
  }

  input.addEventListener("input", () => run())
  form.addEventListener("reset", () => setTimeout(run))
  form.addEventListener("submit", (event) => {
    event.preventDefault()
    const first = list.querySelector("a")
    if (first) location.href = first.href
  })
  dialog.addEventListener("keydown", (event) => {
    const links = [...list.querySelectorAll("a")]
    const at = links.indexOf(document.activeElement)
    if (event.key === "Escape") {
      event.preventDefault()
      close()
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!links.length) return
      event.preventDefault()
      const step = event.key === "ArrowDown" ? 1 : -1
      const next = at + step
      if (next < 0) input.focus()
      else links[Math.min(next, links.length - 1)].focus()
    }
  })
  if (input.value) run()
}
