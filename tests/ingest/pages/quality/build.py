# ruff: noqa: E501 - article text and page markup read better unwrapped
"""Build the extraction quality set: each article of articles.py in one of seven news-site
layouts, wrapped in the boilerplate real pages carry (navigation, cookie banners, ads inside
and around the text, related links, comments, newsletter boxes, author bios, footers).

    python tests/ingest/pages/quality/build.py      # writes NN-slug.html and expected.json here

expected.json lists, per page, the article's paragraphs (all must be kept) and the boilerplate
sentences (none may be kept).
"""

from __future__ import annotations

import json
from html import escape
from pathlib import Path

from articles import ARTICLES

HERE = Path(__file__).parent
SITES = [
    "The Northern Ledger",
    "Harbour City Post",
    "Daily Meridian",
    "The Valley Gazette",
    "Capital Wire",
    "The Evening Standard-Bearer",
    "Riverside Courier",
]


def e(text: str) -> str:
    return escape(text, quote=True)


def boilerplate(i: int, art: dict) -> dict:
    others = [a["title"] for a in ARTICLES if a is not art]
    related = [others[(i * 3 + k) % len(others)] for k in range(3)]
    return {
        "cookie": "We and our 214 partners use cookies to personalise content and advertising and to analyse our traffic.",
        "ad": f"Sponsored: Switch your energy supplier today and save up to {120 + i} euros a year.",
        "newsletter": "Get the morning briefing in your inbox every weekday before 7am.",
        "comment1": f"This is the {i + 2}nd time they promised this and nothing ever changes in this country.",
        "comment2": "Unemployment here is far higher than the official figures admit, everyone knows it.",
        "bio": f"{art['author']} has reported on public policy for the paper since {2009 + i % 10}.",
        "footer": f"Copyright 2026 {SITES[i % len(SITES)]}. All rights reserved.",
        "related": related,
        "readmore": f"Read more: {others[(i * 5 + 1) % len(others)]}",
        "paywall": "Subscribers get unlimited access to our journalism for 1 euro in the first month.",
    }


def head(art: dict, site: str, url: str) -> str:
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": art["title"],
        "datePublished": art["date"],
        "author": {"@type": "Person", "name": art["author"]},
        "publisher": {"@type": "Organization", "name": site},
    }
    return (
        f'<head><meta charset="utf-8"><title>{e(art["title"])} | {e(site)}</title>'
        f'<meta property="og:site_name" content="{e(site)}"><meta property="og:title" content="{e(art["title"])}">'
        f'<meta property="article:published_time" content="{art["date"]}"><link rel="canonical" href="{url}">'
        f'<script type="application/ld+json">{json.dumps(ld)}</script>'
        "<script>window.ads=window.ads||[];ads.push({slot:'top'});</script><style>body{font-family:serif}</style></head>"
    )


def nav(site: str) -> str:
    items = "".join(
        f'<li><a href="/{s.lower()}">{s}</a></li>'
        for s in ["News", "Politics", "Business", "Sport", "Culture", "Opinion", "Podcasts"]
    )
    return f'<header><a class="logo" href="/">{e(site)}</a><nav aria-label="Sections"><ul>{items}</ul></nav><a href="/login">Sign in</a></header>'


def related_block(b: dict, tag="aside") -> str:
    links = "".join(f'<li><a href="/news/{k}">{e(t)}</a></li>' for k, t in enumerate(b["related"]))
    return f'<{tag} class="related"><h2>Related</h2><ul>{links}</ul></{tag}>'


def comments_block(b: dict) -> str:
    return (
        '<section id="comments" class="comments"><h3>2 comments</h3>'
        f'<div class="comment"><span class="comment-author">rivergazer</span><div class="comment-body"><p>{e(b["comment1"])}</p></div></div>'
        f'<div class="comment"><span class="comment-author">M. Klein</span><div class="comment-body"><p>{e(b["comment2"])}</p></div></div></section>'
    )


def byline(art: dict) -> str:
    return f'<p class="byline">By <a rel="author" href="/authors/x">{e(art["author"])}</a> · <time datetime="{art["date"]}">{art["date"][:10]}</time></p>'


def layout_wordpress(art, b, site, url):
    paras = "".join(f"<p>{e(p)}</p>" for p in art["paragraphs"])
    return (
        f'<!DOCTYPE html><html lang="en">{head(art, site, url)}<body class="single-post">{nav(site)}'
        f'<div id="cookie-notice" role="dialog"><p>{e(b["cookie"])}</p><button>Accept</button></div>'
        f'<div id="primary"><article class="post"><h1 class="entry-title">{e(art["title"])}</h1>{byline(art)}'
        f'<div class="entry-content">{paras}</div><footer class="entry-footer">Tags: <a href="/t/a">local</a>, <a href="/t/b">policy</a></footer></article>'
        f"{comments_block(b)}</div>"
        f'<div id="secondary" class="widget-area"><section class="widget"><h2>Popular</h2><ul><li><a href="/p">{e(b["related"][0])}</a></li></ul></section>'
        f'<section class="widget ad"><p>{e(b["ad"])}</p></section></div>'
        f'<footer id="colophon"><p>{e(b["footer"])}</p></footer></body></html>'
    )


def layout_divsoup(art, b, site, url):
    ps = [f"<p>{e(p)}</p>" for p in art["paragraphs"]]
    ps.insert(2, f'<div class="inline-ad"><span>Advertisement</span><p>{e(b["ad"])}</p></div>')
    ps.insert(4, f'<p class="read-more"><strong><a href="/news/more">{e(b["readmore"])}</a></strong></p>')
    return (
        f'<html>{head(art, site, url)}<body>{nav(site)}<div id="wrap"><div id="content"><div class="headline"><h1>{e(art["title"])}</h1></div>'
        f'{byline(art)}<div class="txt">{"".join(ps)}</div>'
        f'<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a></div>'
        f"{related_block(b, 'div')}</div>"
        f'<div class="newsletter-box"><p>{e(b["newsletter"])}</p><input type="email"><button>Sign up</button></div>'
        f'{comments_block(b)}</div><div class="footer"><p>{e(b["footer"])}</p></div></body></html>'
    )


def layout_modern(art, b, site, url):
    blocks = "".join(f'<div data-component="text-block"><p>{e(p)}</p></div>' for p in art["paragraphs"])
    return (
        f'<!doctype html><html lang="en">{head(art, site, url)}<body><div id="root">{nav(site)}'
        f'<main id="main-content"><article><header><h1>{e(art["title"])}</h1>{byline(art)}</header>{blocks}'
        f'<div data-component="tag-list"><a href="/topics/1">Topics</a></div></article>'
        f'<section class="most-read"><h2>Most read</h2><ol>{"".join(f"<li><a href=/x>{e(t)}</a></li>" for t in b["related"])}</ol></section></main>'
        f"<footer><p>{e(b['footer'])}</p></footer></div>"
        f'<div class="consent-overlay" role="dialog" aria-modal="true"><h2>Your privacy</h2><p>{e(b["cookie"])}</p>'
        "<button>Agree</button><button>Reject all</button></div></body></html>"
    )


def layout_table(art, b, site, url):
    text = "<br><br>".join(e(p) for p in art["paragraphs"])
    return (
        f'<HTML>{head(art, site, url)}<BODY><TABLE width="100%"><TR><TD colspan="2">{nav(site)}</TD></TR>'
        f'<TR><TD width="180" valign="top" class="leftnav"><p>{e(b["ad"])}</p><p><a href="/archive">Archive</a></p></TD>'
        f'<TD valign="top"><h1>{e(art["title"])}</h1>{byline(art)}<div class="storytext">{text}</div>'
        f'<p class="bio"><i>{e(b["bio"])}</i></p></TD></TR>'
        f'<TR><TD colspan="2">{related_block(b, "div")}<p>{e(b["footer"])}</p></TD></TR></TABLE></BODY></HTML>'
    )


def layout_minimal(art, b, site, url):
    paras = "".join(f"<p>{e(p)}</p>" for p in art["paragraphs"])
    return (
        f'<!DOCTYPE html><html lang="en">{head(art, site, url)}<body>{nav(site)}<article><h1>{e(art["title"])}</h1>{byline(art)}'
        f'<figure><img src="/img/1.jpg" alt=""><figcaption>Photo: agency</figcaption></figure>{paras}</article>'
        f'<div class="newsletter"><h2>Newsletter</h2><p>{e(b["newsletter"])}</p></div>'
        f'<section class="cards">{"".join(f"<div class=card><h3><a href=/y>{e(t)}</a></h3></div>" for t in b["related"])}</section>'
        f"<footer><p>{e(b['footer'])}</p></footer></body></html>"
    )


def layout_microdata(art, b, site, url):
    paras = "".join(f"<p>{e(p)}</p>" for p in art["paragraphs"])
    return (
        f'<!DOCTYPE html><html lang="en">{head(art, site, url)}<body>'
        f'<div class="cookie-bar"><p>{e(b["cookie"])}</p><a href="/privacy">Privacy settings</a></div>{nav(site)}'
        f'<div itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">{e(art["title"])}</h1>{byline(art)}'
        f'<div itemprop="articleBody">{paras}</div></div>'
        f'<div class="author-box"><p>{e(b["bio"])}</p></div>{related_block(b)}{comments_block(b)}'
        f"<footer><p>{e(b['footer'])}</p></footer></body></html>"
    )


def layout_paywall(art, b, site, url):
    paras = "".join(f"<p>{e(p)}</p>" for p in art["paragraphs"])
    return (
        f'<!DOCTYPE html><html lang="en">{head(art, site, url)}<body>{nav(site)}'
        f'<div class="top-ad"><p>{e(b["ad"])}</p></div><main><article class="story"><h1>{e(art["title"])}</h1>{byline(art)}'
        f'<section class="story-body">{paras}</section></article>'
        f'<div class="subscribe-prompt"><p>{e(b["paywall"])}</p><a href="/subscribe">Subscribe</a></div>'
        f"{related_block(b)}</main><footer><p>{e(b['footer'])}</p></footer></body></html>"
    )


LAYOUTS = [
    layout_wordpress,
    layout_divsoup,
    layout_modern,
    layout_table,
    layout_minimal,
    layout_microdata,
    layout_paywall,
]


def build() -> None:
    expected = {}
    for i, art in enumerate(ARTICLES):
        site = SITES[i % len(SITES)]
        url = f"/news/2026/{art['slug']}"
        layout = LAYOUTS[i % len(LAYOUTS)]
        b = boilerplate(i, art)
        name = f"{i + 1:02d}-{art['slug']}.html"
        (HERE / name).write_text(layout(art, b, site, url), encoding="utf-8")
        drop = [
            b["cookie"],
            b["ad"],
            b["newsletter"],
            b["comment1"],
            b["comment2"],
            b["footer"],
            b["paywall"],
            b["bio"],
            b["readmore"],
            *b["related"],
        ]
        expected[name] = {
            "layout": layout.__name__.removeprefix("layout_"),
            "title": art["title"],
            "author": art["author"],
            "publisher": site,
            "date": art["date"],
            "keep": art["paragraphs"],
            "drop": drop,
        }
    (HERE / "expected.json").write_text(
        json.dumps(expected, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    build()
