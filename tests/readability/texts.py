"""Texts whose counts are worked out by hand, shared by the readability tests."""

from __future__ import annotations

# Two English sentences whose every word has one syllable count in every CMU
# pronunciation: palliative 4 (P AE1 L IY0 AH0 T IH0 V), better 2, about 2,
# matters 2, every other word 1.
#   sentence 1: 6 words, 4+1+1+1+1+2 = 10 syllables
#   sentence 2: 10 words, 1+1+1+1+1+1+2+1+2+1 = 12 syllables
# W = 16, S = 2, Y = 22:
#   FK  = 0.39 * 16/2 + 11.8 * 22/16 - 15.59 = 3.12 + 16.225 - 15.59 = 3.755
#   FRE = 206.835 - 1.015 * 8 - 84.6 * 1.375 = 206.835 - 8.12 - 116.325 = 82.39
ENGLISH = "Palliative care helps you feel better. The team will talk with you about what matters most."
ENGLISH_SYLLABLES = {"palliative": 4, "better": 2, "about": 2, "matters": 2}
