"""The build command's work: check every source once, build the languages
(in parallel), render the handouts, swap site/ in whole."""
