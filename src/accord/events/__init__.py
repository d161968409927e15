"""Events: lexicon, frames, attributes, quotes, contexts and the extractor."""
