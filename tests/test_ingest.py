"""Ingest: boilerplate goes by general rules, report text stays, offsets slice the raw text exactly."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from timeline.corpus import load_corpus
from timeline.ingest import ingest, split_sentences

from conftest import RAW

# Page furniture in the styles the seeds show, but none of these lines is in the seeds.
JUNK_LINES = [
    "Leave a Comment",
    "Post a Reply",
    "Comments (12)",
    "Your email address will not be published.",
    "Insert your ad code here",
    "Advertisement",
    "YOU MIGHT ALSO LIKE: Niger junta expels French ambassador",
    "Read more: Burkina Faso's army retakes Djibo",
    "Related Articles",
    "See More",
    "The Latest From Africa",
    "Previous Article",
    "Follow us on Twitter",
    "Share this:",
    "Subscribe to our newsletter",
    "Got any questions? Contact us any time and we will answer.",
    "https://example.org/news/mali-123",
    "By Amadou Diallo",
    "About the author: Jane Doe is a senior correspondent. Follow her on X.",
    "Posted by admin | July 30, 2024 | 0 comments",
    "Published: July 29, 2024",
    "This website uses cookies to improve your experience. Accept",
    "We use cookies to personalise content and ads. By continuing to browse, you agree to our Privacy Policy.",
    "Enter your email address",
    "Get the latest news from the Sahel delivered to your inbox every morning.",
    "Facebook Twitter LinkedIn",
    "Click here to read more stories like this",
    "Also on our site: How Wagner came to Mali",
    "Subscribers only: Read the full analysis",
    "Join the conversation",
    "What do you think? Tell us in the comments below.",
    "Save my name, email, and website in this browser for the next time I comment.",
]

# Every line of the seeds that is furniture, not report (the list).
SEED_JUNK = [
    r"^Leave a Reply$",
    r"^Your email address will not be published",
    r"^Post a Comment \(0\)$",
    r"^Previous Post Next Post$",
    r"^Put your ad code here$",
    r"^YOU MAY ALSO READ:",
    r"^View All$",
    r"^The Latest In ",
    r"^Find us on Socials",
    r"^Got a Question\?$",
    r"^War$",
    r"asesor de seguros",
    r"^Juan Brignardello Vela$",
]

REPORT = [
    "Fighting broke out near Kidal on Tuesday, residents said.",
    "The army said it had repelled the attack and killed several assailants.",
    "Rebels of the CSP said they had taken a base north of Gao after two days of clashes.",
    "The U.N. mission withdrew from Tessalit in October.",
]

# Report lines that look like furniture at first glance and must stay.
REPORT_LOOKALIKES = [
    "Related clashes were reported in Menaka, officials said.",
    "Share prices of the gold miner fell 5% on Monday.",
    "Cookie sellers in Bamako said business was down.",
    "Share of the budget spent on defence has doubled since 2020.",
    "The rebels said they would get in touch with Algerian mediators on Tuesday.",
    "« Nous ne sommes pas vaincus, la lutte continue », a déclaré le colonel.",
]


def test_no_seed_boilerplate_line_survives_in_any_sentence():
    for article in load_corpus(RAW):
        for sentence in ingest(article.source_id, article.text).sentences:
            for pattern in SEED_JUNK:
                assert not re.search(pattern, sentence.text), (article.source_id, pattern, sentence.text)


def test_every_seed_sentence_slices_its_raw_text_exactly():
    for article in load_corpus(RAW):
        result = ingest(article.source_id, article.text)
        assert result.sentences
        for s in result.sentences:
            assert article.text[s.char_start : s.char_end] == s.text


def test_report_lines_that_look_like_furniture_are_kept():
    raw = "\n\n".join([REPORT[0], *REPORT_LOOKALIKES, "Heavy losses", REPORT[1]])
    result = ingest("x", raw)
    assert [s.text for s in result.sentences] == [REPORT[0], *REPORT_LOOKALIKES, "Heavy losses", REPORT[1]]
    assert result.removed == ()


def test_repeated_title_is_kept_once_as_title():
    raw = "Rebels Seize Base in Northern Mali\n\nRebels Seize Base in Northern Mali\n\n" + " ".join(REPORT)
    result = ingest("x", raw)
    titles = [s for s in result.sentences if s.kind == "title"]
    assert [t.text for t in titles] == ["Rebels Seize Base in Northern Mali"]
    assert [r.rule for r in result.removed] == ["repeated_line"]


def test_self_promotion_in_another_language_and_its_byline_are_removed():
    raw = "\n\n".join(
        [
            "Ana Pérez, consultora de marketing",
            "Ana Pérez",
            "Ana Pérez, consultora de marketing, se dedica a la gestión de marcas para las empresas del sector.",
            *REPORT,
        ]
    )
    result = ingest("x", raw)
    assert [s.text for s in result.sentences] == REPORT
    assert {r.rule for r in result.removed} == {"foreign_language", "echo_of_removed"}


def test_keyword_spam_line_is_removed():
    spam = " ".join(["Best Hotels Bamako, cheap flights,"] * 5)
    result = ingest("x", "\n".join([REPORT[0], spam, REPORT[1]]))
    assert [s.text for s in result.sentences] == REPORT[:2]
    assert [r.rule for r in result.removed] == ["spam_repetition"]


def test_section_headings_are_kept_and_marked():
    raw = "\n\n".join([REPORT[0], "Reaction in Bamako", REPORT[1]])
    kinds = [(s.kind, s.text) for s in ingest("x", raw).sentences]
    assert kinds == [("body", REPORT[0]), ("heading", "Reaction in Bamako"), ("body", REPORT[1])]


def test_a_paragraph_broken_by_the_page_is_rejoined():
    raw = "The attack caused the deaths of\n\n\n\u00a0Seven soldiers and two civilians.\n"
    sentences = ingest("x", raw).sentences
    assert len(sentences) == 1
    assert sentences[0].text == "The attack caused the deaths of\n\n\n\u00a0Seven soldiers and two civilians."
    assert raw[sentences[0].char_start : sentences[0].char_end] == sentences[0].text


def test_sentences_do_not_split_after_abbreviations_or_initials():
    text = 'Col. Assimi Goïta met the U.N. envoy on Aug. 4. He said: "We will not leave." J. Smith agreed.'
    parts = [text[s:e] for s, e in split_sentences(text)]
    assert parts == [
        "Col. Assimi Goïta met the U.N. envoy on Aug. 4.",
        'He said: "We will not leave."',
        "J. Smith agreed.",
    ]


def test_clean_text_maps_back_to_raw_offsets():
    raw = "Leave a Reply\n\n" + REPORT[0] + "\n\nAdvertisement\n" + REPORT[1] + "\n"
    clean = ingest("x", raw).clean
    assert clean.text == REPORT[0] + "\n\n" + REPORT[1]
    start = clean.text.index("killed")
    raw_start = clean.to_raw(start)
    assert raw[raw_start : raw_start + len("killed")] == "killed"


@settings(max_examples=150, deadline=None)
@given(
    report=st.lists(st.sampled_from(REPORT), min_size=1, max_size=4, unique=True),
    junk=st.lists(st.sampled_from(JUNK_LINES), min_size=1, max_size=5),
    positions=st.lists(st.integers(min_value=0, max_value=20), min_size=5, max_size=5),
    separator=st.sampled_from(["\n", "\n\n", "\r\n", "\n \n"]),
    indent=st.sampled_from(["", " ", "\u00a0", "\t"]),
)
def test_junk_lines_anywhere_are_removed_and_report_sentences_kept(report, junk, positions, separator, indent):
    lines = list(report)
    for line, pos in zip(junk, positions):
        lines.insert(pos % (len(lines) + 1), line)
    raw = separator.join(indent + line for line in lines) + separator
    result = ingest("x", raw)
    kept = [s.text for s in result.sentences]
    assert kept == report
    for s in result.sentences:
        assert raw[s.char_start : s.char_end] == s.text
    for r in result.removed:
        assert raw[r.char_start : r.char_end] == r.text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=400))
@example("0\n0\ra:")  # a broken line must not be rejoined across a removed one
def test_offsets_are_exact_for_any_text(raw):
    result = ingest("x", raw)
    for s in result.sentences:
        assert raw[s.char_start : s.char_end] == s.text
        assert s.text == s.text.strip() and s.text
    spans = sorted([(s.char_start, s.char_end) for s in result.sentences] + [(r.char_start, r.char_end) for r in result.removed])
    for (a_start, a_end), (b_start, b_end) in zip(spans, spans[1:]):
        assert a_end <= b_start, "kept and removed spans never overlap"
