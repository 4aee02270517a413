"""Answer composers: GroundedComposer (templates, embedded default) and LLMComposer."""
from assistant.composers.base import Composer, ComposerFailed, Composition

__all__ = ["Composer", "Composition", "ComposerFailed"]
