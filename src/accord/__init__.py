"""accord: an open political event coder.

News text in; PLOVER/CAMEO events with evidence spans out.  The public API:

    >>> from accord import Coder
    >>> coder = Coder()                      # loads the spaCy pipeline once
    >>> events = coder.code("Iran's foreign minister met his Pakistani counterpart.", date="2025-05-26")
    >>> events[0].event_type
    'CONSULT'
"""
__version__ = "0.1.0"

from accord.records import Article, Entity, Event, Trigger  # noqa: E402

__all__ = ["Article", "Entity", "Event", "Trigger", "Coder", "__version__"]


def __getattr__(name: str):
    # Coder pulls in spaCy; import it lazily so that `import accord` stays cheap.
    if name == "Coder":
        from accord.coder import Coder

        return Coder
    raise AttributeError(name)
