"""Answer composers: GroundedComposer (templates, embedded default) and LLMComposer."""
from assistant.composers.base import Composer, Composition, ComposerFailed

__all__ = ["Composer", "Composition", "ComposerFailed"]
