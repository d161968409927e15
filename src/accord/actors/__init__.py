"""Actors: dictionaries, mention resolution and in-article coreference.

``ActorDictionary`` loads the data files, ``ActorResolver`` finds and resolves
mentions in a parsed article, ``accord.actors.coref`` links pronouns and nominal
mentions, ``accord.actors.petrarch`` converts PETRARCH-format dictionaries.
"""
from accord.actors.dictionary import ActorDictionary, ActorEntry, Period
from accord.actors.resolver import ActorResolver, Mention

__all__ = ["ActorDictionary", "ActorEntry", "ActorResolver", "Mention", "Period"]
