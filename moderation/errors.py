"""One exception type per failure a user can act on; the CLI prints them as one line."""


class ModerationError(Exception):
    """Base class: an error whose message is fit to show a user as is."""


class PageError(ModerationError):
    """A page or comment export cannot be read or parsed (empty, binary, malformed, too big)."""


class DataError(ModerationError):
    """A labelled data set is missing, malformed or has no usable labels."""


class ModelNotFound(ModerationError):
    """A model directory is missing or lacks the files a moderation model needs."""


class ConfigError(ModerationError):
    """A configuration file or option has a bad value."""


class StoreError(ModerationError):
    """The decision store cannot be opened or upgraded (bad URL, unreachable, newer schema)."""


class StoreLocked(ModerationError):
    """Another batch run holds the store; one run at a time keeps every comment stored once."""


class ReviewError(ModerationError):
    """A review action cannot be applied (unknown comment, action, label or moderator)."""


class AlreadyJudged(ReviewError):
    """Another moderator's verdict on the comment came first (two people on one queue)."""
