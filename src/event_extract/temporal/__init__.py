"""Rule-based TIMEX3 temporal tagging for English news.

- :class:`TimexRecognizer` finds temporal expressions and normalises them the TimeML/TIMEX3 way.
- :func:`find_reference_date` infers a publication date from a dateline or the first full date.

See ``data/README.md`` for the lexicon format and for where (and why) dateparser is used.
"""

from .recognizer import NO_REFERENCE, TimexRecognizer
from .reference import find_reference_date

__all__ = ["NO_REFERENCE", "TimexRecognizer", "find_reference_date"]
