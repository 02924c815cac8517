"""The data model every component reads and writes.

All models are pydantic v2 and serialise to plain JSON (``model_dump(mode="json")``), which is what
the components put into Haystack ``Document.meta`` and what the CLI writes. Character offsets
(``start``/``end``) always index the exact text the annotation came from, ``end`` exclusive.
Calendar intervals (``interval_start``/``interval_end`` on a timex, ``start``/``end`` on an
:class:`EventDate`) are ISO dates, ``end`` exclusive, so "September 2025" is
``[2025-09-01, 2025-10-01)``.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Granularity = Literal[
    "millennium", "century", "decade", "year", "half", "quarter", "season", "month", "week", "day",
    "time",
]
ActorKind = Literal["person", "state", "government", "organisation", "group"]
Modality = Literal["asserted", "negated", "planned", "hypothetical", "reported"]
DateProvenance = Literal["explicit", "relative", "inherited", "publication"]
ReferenceDateSource = Literal["argument", "meta", "dateline", "text", "none"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TimeExpression(_Model):
    """A temporal expression found in text and normalised the TIMEX3 way."""

    start: int = Field(ge=0, description="Character offset of the first character.")
    end: int = Field(ge=0, description="Character offset just past the last character.")
    text: str
    type: TimexType
    value: str | None = Field(
        description="TIMEX3 value, e.g. '2025-09', 'P3Y', 'PRESENT_REF'; None when unresolvable."
    )
    mod: str | None = Field(default=None, description="TIMEX3 mod: START, MID, END, APPROX, ...")
    quant: str | None = Field(default=None, description="TIMEX3 quant for sets, e.g. 'EVERY'.")
    freq: str | None = Field(default=None, description="TIMEX3 freq for sets, e.g. '2X'.")
    granularity: Granularity | None = None
    interval_start: str | None = Field(
        default=None, description="First day covered (ISO date), for anchored DATE/TIME values."
    )
    interval_end: str | None = Field(
        default=None, description="First day no longer covered (ISO date, exclusive)."
    )
    relative: bool = Field(
        default=False, description="True when the value was computed from the reference date."
    )
    unresolved_reason: str | None = Field(
        default=None, description="Why a relative expression has no value (e.g. no reference date)."
    )


class Office(_Model):
    """An office an actor holds on the document's reference date."""

    role: str = Field(description="head_of_state, head_of_government, foreign_minister, ...")
    title: str | None = None
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-3 of the office.")
    organisation: str | None = Field(default=None, description="Organisation actor id, for IGO offices.")
    start: str | None = None
    end: str | None = None


class Actor(_Model):
    """A canonical actor: a person, state, government, organisation or group."""

    id: str = Field(description="Stable id, e.g. 'person:kim-jong-un', 'state:PRK', 'org:nato'.")
    name: str
    kind: ActorKind
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-3 country code.")
    sector: str | None = Field(default=None, description="CAMEO sector code: GOV, MIL, OPP, ...")
    cameo: str | None = Field(default=None, description="CAMEO actor code, e.g. 'PRKGOV', 'RUS', 'IGOUNO'.")
    office: Office | None = None


class ActorMention(_Model):
    """A span of text linked to a canonical actor."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    actor: Actor
    confidence: float = Field(ge=0.0, le=1.0)
    via: str | None = Field(
        default=None, description="How it was linked: alias, title, short_form, demonym_group, ..."
    )


class EventDate(_Model):
    """When an event happened and how we know."""

    value: str | None = Field(description="TIMEX3 value at the granularity the text gives.")
    start: str | None = Field(default=None, description="ISO date, first day of the interval.")
    end: str | None = Field(default=None, description="ISO date, exclusive end of the interval.")
    granularity: Granularity | None = None
    provenance: DateProvenance
    timex: str | None = Field(default=None, description="The text of the timex that dated it.")


class Trigger(_Model):
    """The words that signal an event."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Place(_Model):
    """Where an event happened."""

    name: str
    country: str | None = None
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Event(_Model):
    """A coded event: who did what to whom, when, where, and how sure we are."""

    cameo: str = Field(description="CAMEO event code, e.g. '051'.")
    plover: str | None = Field(default=None, description="PLOVER category, e.g. 'CONSULT'.")
    label: str = Field(description="CAMEO label of the code.")
    goldstein: float | None = None
    source: Actor | None = None
    target: Actor | None = None
    date: EventDate
    trigger: Trigger
    modality: Modality = "asserted"
    confidence: float = Field(ge=0.0, le=1.0)
    symmetric: bool = Field(
        default=False, description="One of the two directed halves of a mutual event (A-B and B-A)."
    )
    location: Place | None = None
    sentence_start: int = Field(ge=0)
    sentence_end: int = Field(ge=0)
    doc_id: str | None = None


class TimelineEntry(_Model):
    """One real-world event merged from the reports of several documents."""

    cameo: str
    plover: str | None = None
    label: str
    source: Actor | None = None
    target: Actor | None = None
    date: EventDate
    modality: Modality = "asserted"
    symmetric: bool = False
    confidence: float = Field(ge=0.0, le=1.0)
    doc_ids: list[str] = Field(description="Documents that report the event, in first-seen order.")
    reports: int = Field(ge=1, description="How many extracted events were merged into this entry.")


_SKIP_FIELDS = {"skipped", "language"}
"""Fields a record holds only when its document was skipped."""


class DocumentRecord(_Model):
    """What the components found in one document: one line of ``event-extract extract --format jsonl``.

    ``skipped`` and ``language`` are written only for a document left unannotated (non-English
    text, say). Read a line back with ``DocumentRecord.model_validate_json(line)``.
    """

    id: str
    reference_date: str | None = Field(description="ISO date relative expressions were resolved against.")
    reference_date_source: ReferenceDateSource | None
    timexes: list[TimeExpression] = Field(default_factory=list)
    actors: list[ActorMention] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    skipped: str | None = Field(default=None, description="Why the document was not annotated.")
    language: str | None = Field(default=None, description="The language judged, for a skipped document.")

    def to_json_line(self) -> str:
        """The record as its JSONL line, without the newline (compact, non-ASCII kept as is)."""
        return self.model_dump_json(exclude=self._left_out())

    def to_json_dict(self) -> dict[str, Any]:
        """The record as the JSON-safe dict its line holds."""
        return self.model_dump(mode="json", exclude=self._left_out())

    def _left_out(self) -> set[str] | None:
        return None if self.skipped is not None else _SKIP_FIELDS


FlatValue = str | int | float | bool | None

EVENT_COLUMNS: tuple[str, ...] = (
    "doc_id", "event_cameo", "event_root", "event_plover", "event_label", "goldstein", "modality",
    "confidence", "symmetric",
    "source_id", "source_name", "source_kind", "source_country", "source_cameo",
    "target_id", "target_name", "target_kind", "target_country", "target_cameo",
    "date_value", "date_start", "date_end", "date_granularity", "date_provenance",
    "location_name", "location_country", "trigger", "sentence_start", "sentence_end",
)
"""The keys of :func:`flatten_event`, in order: CSV columns and per-event Document meta."""


def _actor_columns(prefix: str, actor: Actor | None) -> dict[str, FlatValue]:
    return {
        f"{prefix}_id": actor.id if actor else None,
        f"{prefix}_name": actor.name if actor else None,
        f"{prefix}_kind": actor.kind if actor else None,
        f"{prefix}_country": actor.country if actor else None,
        f"{prefix}_cameo": actor.cameo if actor else None,
    }


def flatten_event(event: Event) -> dict[str, FlatValue]:
    """One flat, single-valued record per event: for document-store filters, CSV and tables."""
    return {
        "doc_id": event.doc_id,
        "event_cameo": event.cameo,
        "event_root": event.cameo[:2],
        "event_plover": event.plover,
        "event_label": event.label,
        "goldstein": event.goldstein,
        "modality": event.modality,
        "confidence": event.confidence,
        "symmetric": event.symmetric,
        **_actor_columns("source", event.source),
        **_actor_columns("target", event.target),
        "date_value": event.date.value,
        "date_start": event.date.start,
        "date_end": event.date.end,
        "date_granularity": event.date.granularity,
        "date_provenance": event.date.provenance,
        "location_name": event.location.name if event.location else None,
        "location_country": event.location.country if event.location else None,
        "trigger": event.trigger.text,
        "sentence_start": event.sentence_start,
        "sentence_end": event.sentence_end,
    }
