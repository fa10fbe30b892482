"""One-line summaries of Markdown: the marks go, the words stay, a cut ends at a word with "…".

markdown-it-py (a CommonMark parser, a test dependency) says what the words are; the
stripper must agree with it on every sample.
"""

from __future__ import annotations

import pytest
from markdown_it import MarkdownIt

from attune_journal.core.markdown_text import cut_at_word, plain_text, summary_line

SAMPLES = [
    "**tight**",
    "__tight__ chest",
    "a *soft* and _quiet_ morning",
    "***both*** at once",
    "**bold with _em_ inside**",
    "~~crossed~~ out",
    "snake_case_name stays whole",
    "2 * 3 * 4 is not emphasis",
    "a lone * star and a lone _ underscore",
    "# Morning",
    "## Evening ##",
    "Heading\n=======\n\nthen text",
    "- one\n- two\n* three\n+ four",
    "1. first\n2) second",
    "> quoted *words*\n> > nested",
    "`**not bold**` in code",
    "``a ` tick``",
    "```\ncode *stays*\n```\nafter",
    "~~~python\nprint('x')\n~~~",
    "[a link](https://example.org) and ![a picture](p.png)",
    '[titled](https://example.org "Title")',
    "[ref link][r]\n\n[r]: https://example.org",
    "<https://example.org> auto",
    "\\*not em\\* and \\# not heading",
    "Called my sister. Walked home <slowly> & happy.",
    "fish &amp; chips &copy; 2026",
    "line one  \nline two\\\nline three",
    "---\n\n***\n\ntext between rules",
    "- **bold** item with [link](x)",
    "1. a\n   - nested *item*",
]


def _oracle(markdown: str) -> str:
    """The words markdown-it-py finds, one line per block, spaces squeezed."""
    md = MarkdownIt("commonmark").enable("strikethrough")
    lines: list[str] = []
    for token in md.parse(markdown):
        if token.type == "inline":
            words = []
            for child in token.children or []:
                if child.type in ("text", "code_inline", "html_inline"):
                    words.append(child.content)
                elif child.type in ("softbreak", "hardbreak"):
                    words.append(" ")
                elif child.type == "image":
                    words.append(child.content)
            lines.append("".join(words))
        elif token.type in ("fence", "code_block"):
            lines.extend(token.content.splitlines())
    return " ".join(" ".join(lines).split())


@pytest.mark.parametrize("markdown", SAMPLES)
def test_the_words_agree_with_a_commonmark_parser(markdown: str) -> None:
    assert " ".join(plain_text(markdown).split()) == _oracle(markdown)


def test_bold_reads_as_its_word() -> None:
    assert summary_line("**tight**") == "tight"
    assert summary_line("Chest **tight**, jaw _clenched_.") == "Chest tight, jaw clenched."


def test_a_lone_heading_joins_what_follows() -> None:
    assert summary_line("# Morning\n\nSlept badly.") == "Morning · Slept badly."
    assert summary_line("# Morning") == "Morning"
    assert summary_line("Plain\n\nsecond paragraph") == "Plain second paragraph"


def test_a_long_line_is_cut_at_a_word_with_an_ellipsis() -> None:
    text = "The walk by the river was long and slow and the light was going"
    line = summary_line(text, limit=30)
    assert line.endswith("…") and len(line) <= 31
    kept = line.removesuffix("…")
    assert text.startswith(kept) and text[len(kept)] == " "  # a whole word, then the cut


def test_cut_at_word() -> None:
    assert cut_at_word("short", 10) == "short"
    assert cut_at_word("one two three", 9) == "one two…"
    assert cut_at_word("one two, three", 8) == "one two…"  # no dangling comma
    assert cut_at_word("x" * 20, 10) == "x" * 10 + "…"  # one long word: cut inside it


def test_a_huge_text_is_only_read_at_its_start() -> None:
    line = summary_line("word " * 2_000_000, limit=50)
    assert line.endswith("…") and len(line) <= 51


def test_task_boxes_go_as_the_entry_view_draws_them_as_boxes() -> None:
    # GitHub's dialect (what the entry view renders) makes "[ ]" a check box, not words.
    assert plain_text("- [ ] to do\n- [x] done") == "to do\ndone"


def test_empty_and_mark_only_texts() -> None:
    assert summary_line("") == ""
    assert summary_line("   \n\n") == ""
    assert summary_line("---") == ""


def test_a_cut_after_a_full_stop_shows_one_ellipsis() -> None:
    from attune_journal.core.markdown_text import cut_at_word

    assert cut_at_word("We talked for a long while. Then we walked home.", 30) == (
        "We talked for a long while…"
    )
