// Prepended to Material's search worker by docs_hooks/search_ranking.py.
// Material appends `*` to every query word, and lunr scores each word that the prefix expands to
// by its rarity: `linear` found F.linear_cross_entropy (a rare word) before nn.Linear (a common
// one). Each plain word of the query is added once more, exact and boosted, so that a page with the
// very word ranks first, while the prefix still finds words being typed.
addEventListener("message", event => {
  const QUERY = 2  // Material's SearchMessageType.QUERY
  if (event.data && event.data.type === QUERY && typeof event.data.data === "string") {
    const exact = event.data.data.trim().split(/\s+/).filter(word => /^[^"+\-~^*:]+$/.test(word))
    if (exact.length)
      event.data.data = `${event.data.data} ${exact.map(word => `${word}^10`).join(" ")}`
  }
})
