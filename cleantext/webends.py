"""Where a web page copy's main text runs, and where it ends, for the boilerplate stage: the
densest run of article-like blocks (``main_run``), cut at a phrase that ends an article
("Related", "27 comments") or before a comment thread whose posts outweigh the article.

Every word, weight and threshold comes from the ``[boilerplate]`` table of the rule files
(rules/boilerplate.toml), given as ``Settings``.
"""
from __future__ import annotations

from .webblocks import Block, Settings

def main_run(blocks: list[Block], settings: Settings) -> tuple[int, int] | None:
    """The densest run of good blocks: the run of blocks with the highest score.

    Good blocks count their words, short ones a share of theirs against,
    bad ones all of theirs and a cost (Kadane's maximum-sum run).
    """
    best, best_run = 0.0, None
    total, start = 0.0, 0
    for k, b in enumerate(blocks):
        if b.kind == "good":
            value = b.words
        elif b.signal in ("markup", "formula-markup"):
            value = 0.0   # inside the main text it is the article's formula or code, outside it is left out
        elif b.kind == "bad" and b.signal != "image":   # an image's place weighs as a short unit
            value = -settings.bad_weight * b.words - settings.bad_cost
        else:
            value = -settings.short_weight * max(b.words, 1) - (settings.short_cost if b.words <= settings.short_cost_max_words else 0.0)
        if total <= 0:
            total, start = 0.0, k
        total += value
        if total > best:
            best, best_run = total, (start, k)
    return best_run


def _end_at_marker(blocks: list[Block], start: int, end: int, settings: Settings) -> tuple[int, int]:
    """The main run cut at the first phrase that ends an article ("Related", "Comments") once
    ``end_min_share`` of the run's good words lie before it: teasers and comments below such a
    heading can outweigh it, and a share bar between headline and text must not end the run.
    A heading of other pages' headlines ends it however much prose lies below, when no prose
    follows it for ``end_gap_blocks`` blocks (``_heads_gap``).
    A phrase whose line comes again further on, after good blocks, is set under each post of a
    thread (a share bar under every answer), and ends none of them, unless a phrase that does not
    come again came before it: a "Comments" heading over comments that each end in "Reply".
    Short blocks between the last good one and the phrase stay (an author's note)."""
    total = sum(b.words for b in blocks[start:end + 1] if b.kind == "good")
    seen, announced = 0.0, False
    for k in range(start, end + 1):
        b = blocks[k]
        if b.kind == "good":
            seen += b.words
        elif b.phrase is not None and b.phrase.ends_main and not _inline_before(blocks, start, k):
            again = _again(blocks, k)
            if (seen >= settings.end_min_share * total or _heads_thread(blocks, k, end, seen, again, settings)
                    or (_closes_post(blocks, k, settings) and not again and seen >= settings.min_main_words)
                    or _heads_gap(blocks, k, end, seen, again, settings)) \
                    and (announced or not again):
                last = max(j for j in range(start, k) if blocks[j].kind == "good")
                if _closes_post(blocks, k, settings) and not again:
                    # A heading that closes a post ("Labels: Soups", "48 Responses to “Title”"):
                    # the article's tail above it stays (an ingredient list), not the furniture
                    # just above the heading (a share bar, the post's time).
                    j = k - 1
                    while j > last and (blocks[j].kind == "bad" or _is_mark(blocks[j], settings)):
                        j -= 1
                    return start, max(j, _note(blocks, last, settings))
                return start, _note(blocks, last, settings)
            announced = announced or not again
    return start, _note(blocks, end, settings)


def _closes_post(blocks: list[Block], k: int, settings: Settings) -> bool:
    """Whether block k is a phrase of ``thread_titles`` that closes the post above it ("Tags: Soups",
    "8 comments"): one that also marks a stream (``stream_marks``) and stands on the page at least
    ``stream_min_marks`` times, whatever its words ("11 Comments", "200 Comments"), is a stream of
    other pages' teasers' counts, each under its teaser, and closes nothing."""
    phrase = blocks[k].phrase
    if phrase.id not in settings.thread_titles:
        return False
    return phrase.id not in settings.stream_marks or sum(
        b.phrase is not None and b.phrase.id == phrase.id for b in blocks) < settings.stream_min_marks


def _heads_thread(blocks: list[Block], k: int, end: int, seen: float, again: bool, settings: Settings) -> bool:
    """Whether block k, a phrase of ``thread_heads`` ("Comments", "27 comments") that does not come
    again, heads a thread that outweighs the article above it: at least ``min_main_words`` good
    words above, and below it at least ``thread_min_marks`` good blocks of which at most
    ``thread_max_joined`` stand next to another good block. Each comment is a paragraph between a
    name and a button; an article's paragraphs follow one another."""
    if again or seen < settings.min_main_words or blocks[k].phrase.id not in settings.thread_heads:
        return False
    below = [j for j in range(k + 1, end + 1) if blocks[j].kind == "good"]
    joined = sum(blocks[j - 1].kind == "good" or (j < end and blocks[j + 1].kind == "good") for j in below)
    return len(below) >= settings.thread_min_marks and joined <= settings.thread_max_joined * len(below)


def _heads_gap(blocks: list[Block], k: int, end: int, seen: float, again: bool, settings: Settings) -> bool:
    """Whether block k, a phrase of ``gap_heads`` ("Related posts", "Top headlines") that does not
    come again, heads a stretch of at least ``end_gap_blocks`` blocks none of which is good, with
    at least ``min_main_words`` good words above: another page's list of headlines, which the main
    run crossed to reach the prose below it (teasers' summaries, a site's legal notice, comments).
    A box of links inside an article ("Related:" and two links) has its article's paragraphs
    again a few blocks below it; a longer one ("Recommended" over six pictured links) has them
    below it in a row, at least ``gap_resume_blocks`` of them, where a teaser's summary, a notice
    or a comment stands alone."""
    if (again or not settings.end_gap_blocks or seen < settings.min_main_words
            or blocks[k].phrase.id not in settings.gap_heads):
        return False
    j = k + 1
    while j <= end and blocks[j].kind != "good":
        j += 1
    if j - k - 1 < settings.end_gap_blocks:
        return False
    # An article's paragraphs follow one another; teasers' summaries, a notice, a comment each
    # stand alone between headlines, names and buttons. The article going on below a box of
    # links inside it ("Recommended" over pictured links) does so with paragraphs in a row.
    run = 0
    while j + run <= end and blocks[j + run].kind == "good":
        run += 1
    return not settings.gap_resume_blocks or run < settings.gap_resume_blocks


def _is_mark(block: Block, settings: Settings) -> bool:
    """Whether the block dates a post of a thread (a phrase of ``thread_marks``)."""
    return block.phrase is not None and block.phrase.id in settings.thread_marks


def _ends_article(block: Block, settings: Settings) -> bool:
    """Whether the block is a phrase after which an article is over ("Related", "27 comments")."""
    return block.phrase is not None and (block.phrase.ends_main or block.phrase.id in settings.thread_heads)


def _before_thread(blocks: list[Block], run: tuple[int, int], settings: Settings) -> tuple[int, int]:
    """The main run found before a comment thread when the densest run starts inside the thread:
    its good words above its first ``thread_marks`` line are too few for an article (a post's
    body), or a mark stands just above its first good block (a long post under its name, date
    and time), and the posts go back, mark after mark, each of fewer good words than an article
    needs. The thread's comments outweighed an article with a teaser or a caption in it."""
    marks = [k for k, b in enumerate(blocks) if _is_mark(b, settings)]
    inner = [k for k in marks if run[0] <= k <= run[1]]
    if len(marks) < settings.thread_min_marks or not inner or inner[0] == marks[0]:
        return run

    def good(a: int, b: int) -> float:
        return sum(x.words for x in blocks[a:b] if x.kind == "good")

    first = inner[0]
    if good(run[0], inner[0]) >= settings.min_main_words:
        # A mark just above the run's first good block (nothing good between) heads that block:
        # the run starts with a post, however long, as a post's mark heads each one below it.
        head = [k for k in marks if k < run[0] and not good(k + 1, run[0])]
        if not head:
            return run
        first = head[-1]
    n = marks.index(first)
    while n > 0 and good(marks[n - 1] + 1, marks[n]) < settings.min_main_words:
        n -= 1
    if n == marks.index(first):
        return run
    before = main_run(blocks[:marks[n]], settings)
    if before is None or good(before[0], before[1] + 1) < settings.min_main_words:
        return run
    return before


def _posts_throughout(blocks: list[Block], start: int, end: int, marks: list[int], settings: Settings) -> bool:
    """Whether the page is a thread from its first good block on (a forum's posts, a mailing
    list's messages): a mark heads the run's first good block (nothing good between them), no
    phrase that ends an article ("27 comments", "Next post: ...") stands above it, and the post
    under it has at most ``thread_first_post`` times the good words of the longest post below, up
    to the run's end. An article under a dateline outweighs any comment under it; the first post
    of a forum thread is a post like the others, and the thread is the page's main text."""
    head = start - 1
    while head >= 0 and blocks[head].kind != "good" and not _is_mark(blocks[head], settings):
        head -= 1
    if head < 0 or blocks[head].kind == "good" or any(_ends_article(b, settings) for b in blocks[:head]):
        return False
    bounds = [head] + [k for k in marks if head < k <= end] + [end + 1]
    if len(bounds) > 2 and any(_ends_article(blocks[j], settings) and not _again(blocks, j)
                               for j in range(head + 1, bounds[1])):
        return False   # "23 Comments" once below the first post: a blog's article over its comments
    posts = [sum(x.words for x in blocks[a + 1:z] if x.kind == "good") for a, z in zip(bounds, bounds[1:])]
    return len(posts) > 1 and posts[0] <= settings.thread_first_post * max(posts[1:])


def _end_at_thread(blocks: list[Block], start: int, end: int, settings: Settings) -> int:
    """The main run's end moved before a comment thread: lines of a phrase of ``thread_marks``
    (a date with a clock time: "July 26, 2012 at 3:56 pm") that recur at least
    ``thread_min_marks`` times head or sign the posts of a thread, or date a list of teasers.
    Comments read as prose, as the article does, and outweigh it. The thread starts at the first
    such line with at least ``min_main_words`` good words of the run above it, and no more up to
    the next one: a dateline over the article has the article below it; one signing the article,
    as each post below is signed, has a post."""
    # A mark in a line alone that reads as the article's prose ("Heard on the radio on 14.04.2026
    # at 17:50.") signs no post: a post is signed by a line of its own, or headed by one that its
    # text follows in the same block ("Posted by: Ann | November 13, 2012" over "I love it!").
    marks = [k for k in range(start, len(blocks)) if _is_mark(blocks[k], settings)
             and not (blocks[k].kind == "good" and blocks[k].first == blocks[k].last)]
    if len(marks) < settings.thread_min_marks or _posts_throughout(blocks, start, end, marks, settings):
        return end
    good = [0.0]   # good words of the blocks from start on, summed
    for b in blocks[start:]:
        good.append(good[-1] + (b.words if b.kind == "good" else 0.0))
    for n, k in enumerate(marks[:len(marks) - settings.thread_min_marks + 1]):
        if k > end:
            break
        above, below = good[k - start], good[marks[n + 1] - start] - good[k + 1 - start]
        if above >= settings.min_main_words and below <= above:
            # The blocks just above the line, of no more good words than the next post, are its
            # post's (a name, "said:", a comment signed below it); furniture above them (a share
            # bar, "8 comments:") parts the post from the article, whose end (a list, a note)
            # stays. No furniture: the article ends at its last good block.
            j, post = k - 1, 0.0
            while j > start and blocks[j].kind != "bad" and post + blocks[j].words * (blocks[j].kind == "good") <= below:
                post += blocks[j].words * (blocks[j].kind == "good")
                j -= 1
            if blocks[j].kind == "bad":
                while j > start and blocks[j].kind == "bad":
                    j -= 1
                return j
            return max(i for i in range(start, k) if blocks[i].kind == "good")
    return end


def _before_teasers(blocks: list[Block], start: int, end: int, settings: Settings) -> int:
    """The main run's end moved before a stream of other pages' teasers at its tail: good blocks
    of fewer than ``teaser_max_words`` words (a teaser's summary, a headline that reads as a
    sentence), at least ``teaser_min_count`` of them, none of three good blocks in a row, each
    among short ones (a section's name, a headline, a date, "Read article"), under a phrase that
    ends an article and does not come again ("More from the desk"). Searched back from the run's
    end to the last good block that is long or one of three in a row: an article's paragraphs
    follow one another, or are longer; a teaser's summary stands alone. The article above holds
    ``min_main_words`` good words at least. Without the heading a news wire's short paragraphs
    between "Article content" lines, or a how-to's steps, each under its photo, read the same."""
    if not settings.teaser_max_words:
        return end
    goods = [k for k in range(start, end + 1) if blocks[k].kind == "good"]

    def in_row(n: int) -> bool:   # goods[n] one of three good blocks in a row
        k = goods[n]
        row = [k - 2, k - 1, k, k + 1, k + 2]
        good = [start <= j <= end and blocks[j].kind == "good" for j in row]
        return (good[0] and good[1]) or (good[1] and good[3]) or (good[3] and good[4])

    n = len(goods) - 1
    while n >= 0 and blocks[goods[n]].words < settings.teaser_max_words and not in_row(n):
        n -= 1
    stream = goods[n + 1:]
    if n < 0 or len(stream) < settings.teaser_min_count:
        return end
    above = sum(blocks[k].words for k in goods[:n + 1])
    if above < settings.min_main_words:
        return end
    if not any(_ends_article(blocks[j], settings) and not _again(blocks, j) for j in range(goods[n] + 1, stream[0])):
        return end
    return goods[n]


def _note(blocks: list[Block], last: int, settings: Settings) -> int:
    """The main text's end moved over the short blocks (at most ``lead_blocks``) between its last
    block and a phrase that ends an article: a note below the last paragraph (the author's line)
    stays, as the lead above the first one does."""
    j = last + 1
    while (j < len(blocks) and j - last <= settings.lead_blocks and blocks[j].kind == "short"
           and blocks[j].phrase is None and blocks[j].words <= settings.lead_max_words):
        j += 1
    if j < len(blocks) and blocks[j].phrase is not None and blocks[j].phrase.ends_main:
        return j - 1
    return last


def _inline_before(blocks: list[Block], start: int, k: int) -> bool:
    """Whether block k's phrase stood already between the main run's paragraphs, with the same
    words: a good block above that line and another between it and block k. A pointer set inside
    an article again and again ("Lire aussi :" over another page's headline) ends it no more the
    last time than the times before."""
    good = False
    for j in range(start, k):
        b = blocks[j]
        if b.kind == "good":
            if good is None:
                return True
            good = True
        elif good and b.phrase is not None and b.phrase.id == blocks[k].phrase.id and b.key == blocks[k].key:
            good = None   # found between paragraphs: a paragraph below it remains to be seen
    return False


def _again(blocks: list[Block], k: int) -> bool:
    """Whether block k's phrase is found again further on, with the same words, after a good block."""
    good = False
    for b in blocks[k + 1:]:
        good = good or b.kind == "good"
        if good and b.phrase is not None and b.phrase.id == blocks[k].phrase.id and b.key == blocks[k].key:
            return True
    return False
