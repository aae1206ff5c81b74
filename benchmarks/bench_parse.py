"""Parser throughput on 10,000 generated pages of mixed layouts, against bare decode+splitlines.

Run: `make bench` (or `.venv/bin/python benchmarks/bench_parse.py [--pages N]`).
"""

from __future__ import annotations

import argparse
import json
import random
import time

from moderation.parse import parse_page

WORDS = (
    "council harbour budget school river train market bridge library water road morning city "
    "price ticket summer night people report minister plan vote housing rent weather"
).split()
NAMES = ["Ann", "Bo Lind", "kestrel_9", "Old Salt", "Ray O", "Mina"]


def sentence(rng: random.Random, low: int = 8, high: int = 25) -> str:
    """A plausible sentence of random words."""
    return " ".join(rng.choices(WORDS, k=rng.randint(low, high))).capitalize() + "."


def thread_page(rng: random.Random) -> tuple[str, str]:
    """Plain text with permalink comment headers and reply lines."""
    parts = ["Headline " + sentence(rng, 3, 6)[:-1], ""]
    parts += [sentence(rng) + "\n" for _ in range(rng.randint(4, 12))]
    for day in range(1, rng.randint(2, 15)):
        author, replied = rng.sample(NAMES, 2)
        parts += [
            f"{author} {replied} Sat, 08/{day:02d}/2018 - 17:25 Permalink",
            "",
            sentence(rng),
            "",
            f"In reply to by {replied}",
            "",
        ]
    return "\n".join(parts), "thread.txt"


def voice_page(rng: random.Random) -> tuple[str, str]:
    """A report one paragraph per line followed by unmarked comments."""
    lines = [sentence(rng) for _ in range(rng.randint(6, 20))]
    lines += [
        rng.choice(
            [
                "lol no way!!",
                "I think you're wrong about this",
                "why does nobody ask who pays??",
                "GREAT NEWS FOR ONCE",
            ]
        )
        for _ in range(rng.randint(0, 8))
    ]
    return "\n".join(lines), "voice.txt"


def blog_page(rng: random.Random) -> tuple[str, str]:
    """A blog page with byline, promotion lines and a comment form."""
    body = "\n".join(sentence(rng) for _ in range(rng.randint(5, 15)))
    tail = "Listen to the podcast every week.\n\nLeave a Reply\n\nYou are commenting using it."
    return f"Title {sentence(rng, 3, 5)[:-1]}\n\nby Jo Writer\n{body}\n{tail}\n", "blog.txt"


def html_page(rng: random.Random) -> tuple[str, str]:
    """A WordPress article with a nested comment list."""
    paragraphs = "".join(f"<p>{sentence(rng)}</p>" for _ in range(rng.randint(3, 10)))
    comments = "".join(
        f'<li class="comment" id="comment-{n}"><div class="comment-author"><b class="fn">'
        f'{rng.choice(NAMES)}</b></div><time datetime="2024-03-04T09:15:00">x</time>'
        f'<div class="comment-content"><p>{sentence(rng)}</p></div></li>'
        for n in range(rng.randint(0, 12))
    )
    html = (
        f"<html><head><title>T</title></head><body><article><h1>{sentence(rng, 3, 6)}</h1>"
        f'<div class="entry-content">{paragraphs}</div></article>'
        f'<ol class="commentlist">{comments}</ol><footer>&copy; 2024</footer></body></html>'
    )
    return html, "page.html"


def export_page(rng: random.Random) -> tuple[str, str]:
    """A JSONL comment export."""
    rows = [
        json.dumps({"id": n, "author": rng.choice(NAMES), "text": sentence(rng)})
        for n in range(rng.randint(1, 30))
    ]
    return "\n".join(rows), "export.jsonl"


GENERATORS = (thread_page, voice_page, blog_page, html_page, export_page)


def corpus(count: int, seed: int = 0) -> list[tuple[bytes, str]]:
    """`count` pages, layouts in turn, as the bytes a scraper would save."""
    rng = random.Random(seed)
    pages = []
    for number in range(count):
        text, source = GENERATORS[number % len(GENERATORS)](rng)
        pages.append((text.encode("utf-8"), source))
    return pages


def baseline(pages: list[tuple[bytes, str]]) -> float:
    """Seconds for the least any parser must do: decode and split into lines."""
    started = time.perf_counter()
    for raw, _ in pages:
        raw.decode("utf-8").splitlines()
    return time.perf_counter() - started


def parser(pages: list[tuple[bytes, str]]) -> float:
    """Seconds for `parse_page` on every page."""
    started = time.perf_counter()
    for raw, source in pages:
        parse_page(raw, source)
    return time.perf_counter() - started


def main() -> None:
    """Generate the corpus, time both, print pages/second and the ratio."""
    arguments = argparse.ArgumentParser(description=__doc__)
    arguments.add_argument("--pages", type=int, default=10_000)
    count = arguments.parse_args().pages
    pages = corpus(count)
    megabytes = sum(len(raw) for raw, _ in pages) / 1e6
    base, parse = baseline(pages), parser(pages)
    print(f"corpus: {count} pages, {megabytes:.1f} MB, {len(GENERATORS)} layouts")
    print(f"baseline decode+splitlines: {count / base:,.0f} pages/s")
    print(f"parse_page:                 {count / parse:,.0f} pages/s")
    print(f"ratio parse/baseline time:  {parse / base:,.0f}x")


if __name__ == "__main__":
    main()
