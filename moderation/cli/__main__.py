"""`python -m moderation.cli`: the same as the `moderation` console script."""

from moderation.cli import main

main()
