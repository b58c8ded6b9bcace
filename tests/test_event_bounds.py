"""An event never starts after its first report, even where most articles agree on a later day.

Why: on a synthetic corpus of 10,000 articles the build refused to write because one event broke
that rule. Two retellings gave "until July 31" as the day of a massacre that a third report put
"between July 27 and 31", and an undated mention from an article of July 30 had been linked to
it (linking checked the hull, July 27). The consensus of the day-precise mentions then moved the
start to July 31, a day after that article. The consensus, and the day three articles agree on,
stand only when they do not begin after the first report; otherwise the hull linking checked does.
"""

from __future__ import annotations

from datetime import date

from timeline.clusters import Cluster, agreed_day, bounds
from timeline.event_records import event_records
from timeline.linking import link
from timeline.mention_records import Mention


def _mention(source_id: str, start: date | None, end: date | None, n: int = 0) -> Mention:
    dated = start is not None
    return Mention(
        mention_id=f"{source_id}:{n}", source_id=source_id, sentence_id=f"{source_id}:{n:04d}", char_start=0, char_end=40,
        quote="Soldiers executed men in In-Khalil.", trigger="executed", trigger_start=9, trigger_end=17,
        event_type="mass_killing", start_date=start, end_date=end, date_precision="day" if dated else None,
        date_approximate=False, date_basis="occurred" if dated else "undated", timex_id=None, tense="past",
        actor_ids=("fama", "civilians"), place_id="in_khalil", place_basis="sentence",
    )


JULY = lambda day: date(2013, 7, day)  # noqa: E731
PUBLISHED = {"retold_a": date(2013, 8, 6), "retold_b": date(2013, 8, 6), "report": date(2013, 8, 5), "early": JULY(30)}
MENTIONS = [_mention("retold_a", JULY(31), JULY(31)), _mention("retold_b", JULY(31), JULY(31)), _mention("report", JULY(27), JULY(31)), _mention("early", None, None)]


def test_the_consensus_stands_when_it_does_not_begin_after_the_first_report():
    cluster = Cluster("violence", MENTIONS[:3])
    assert bounds(cluster)[:2] == (JULY(31), JULY(31))  # two articles against one that only stretches it
    assert bounds(cluster, first_reported=date(2013, 8, 5))[:2] == (JULY(31), JULY(31))


def test_a_consensus_after_the_first_report_gives_way_to_the_hull():
    cluster = Cluster("violence", MENTIONS[:3])
    assert bounds(cluster, first_reported=JULY(30)) == (JULY(27), JULY(31), "day", "occurred")


def test_every_linked_event_starts_on_or_before_its_first_report():
    result = link(MENTIONS, PUBLISHED)
    records = event_records(result, PUBLISHED)
    assert records and all(r["start_date"] <= r["first_reported"] for r in records)
    linked = [r for r in records if "early" in r["source_ids"]]
    assert [(r["start_date"], r["first_reported"]) for r in linked] in ([], [(JULY(27), JULY(30))])


def test_the_day_three_articles_agree_on_stands_only_if_it_is_not_after_the_first_report():
    days = [_mention(s, JULY(31), JULY(31)) for s in ("a", "b", "c")] + [_mention("d", JULY(30), JULY(30))]
    cluster = Cluster("violence", days)
    assert agreed_day(cluster) == JULY(31)
    assert agreed_day(cluster, first_reported=JULY(31)) == JULY(31)
    assert agreed_day(cluster, first_reported=JULY(30)) is None
