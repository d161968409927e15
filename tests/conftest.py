"""Shared fixtures: one Coder (spaCy pipeline + dictionaries) for the whole session."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def coder():
    from accord.coder import Coder

    return Coder()


@pytest.fixture(scope="session")
def nlp(coder):
    return coder.nlp
