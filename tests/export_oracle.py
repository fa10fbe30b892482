"""The readable definition of an exported entry's front matter, as a dict.

It lives in the app (``markdown_render.front_matter``: sync builds its fields from it);
the tests check the export's text against ``frontmatter.dump(front_matter(entry))``
for every kind and for generated journals.
"""

from __future__ import annotations

from attune_journal.exchange.markdown_render import front_matter

__all__ = ["front_matter"]
