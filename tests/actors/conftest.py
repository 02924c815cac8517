"""Shared fixtures for the actor tests: the default knowledge base and matcher, built once."""

from __future__ import annotations

from pathlib import Path

import pytest

from event_extract.actors import ActorKnowledgeBase, ActorMatcher

HERE = Path(__file__).parent
REPO = HERE.parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def default_kb() -> ActorKnowledgeBase:
    return ActorKnowledgeBase.load_default()


@pytest.fixture(scope="session")
def matcher(default_kb: ActorKnowledgeBase) -> ActorMatcher:
    return ActorMatcher(default_kb)
