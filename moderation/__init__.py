"""moderation: parse news pages, score reader comments, and decide what to do with them."""

__version__ = "0.1.0"
