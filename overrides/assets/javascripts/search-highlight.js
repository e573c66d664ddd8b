// On the page a search result leads to (?h=words): the words marked in the
// content, as the results marked them. Loaded by search.js only then.
import { matcher, marked } from "./search-engine.js"

export function highlight(text, lang) {
  const content = document.querySelector("article.md-content__inner")
  if (!content || !text) return
  const match = matcher(text, lang)
  const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement.closest("script, style, mark") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  })
  const nodes = []
  while (walker.nextNode()) nodes.push(walker.currentNode)
  for (const node of nodes) {
    if (match.stretches(node.data).length) node.replaceWith(marked(node.data, match))
  }
}
