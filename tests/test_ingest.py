"""Ingest: boilerplate goes by general rules, report text stays, offsets slice the raw text exactly."""

from __future__ import annotations

import re
import textwrap

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from timeline.corpus import load_corpus
from timeline.ingest import ingest, split_lines, split_sentences, wrap_width

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
    "Skip to main content",
    "Support independent journalism in the Sahel. Donate now",
    "Edition: English | Français",
    "Updated 14:02 GMT | 3 min read",
    "(Reporting by Jane Doe in Bamako; Editing by John Roe)",
    "Photo caption: Soldiers patrol a road near Gao, Mali, March 3, 2024.",
    "Show key events only",
    "World | Africa | Sahel",
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
@example(  # furniture lines of wrap-like length are no evidence of wrapping, and are never glued
    report=REPORT[:2],
    junk=["https://example.org/news/mali-123", "(Reporting by Jane Doe in Bamako; Editing by John Roe)"],
    positions=[0, 0, 0, 0, 0],
    separator="\n",
    indent="",
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


# ---------------------------------------------------------------------------------------------
# Hard-wrapped wire copy: plain text broken every ~70 characters, mid-sentence.

WIRE_PARAGRAPHS = [
    "GAO, Mali (AP) — Separatist fighters attacked an army camp outside Gao before dawn on Tuesday, "
    "setting fire to fuel trucks and seizing weapons, the Malian army said in a statement.",
    "The army said 11 soldiers had been killed and 16 wounded, and that about 30 assailants had died in "
    "the fighting. Reuters could not independently verify the figures.",
    "A spokesman for the separatist alliance told Reuters by telephone that its fighters had taken "
    "two armoured vehicles. \"Our men withdrew in good order,\" he said.",
    "Mali's junta has relied on Russian fighters since late 2021.",
]


def _wire_sentences() -> list[str]:
    return [p[s:e] for p in WIRE_PARAGRAPHS for s, e in split_sentences(p)]


def _flat(text: str) -> str:
    return " ".join(text.split())


def _body(raw: str) -> list[str]:
    return [_flat(s.text) for s in ingest("x", raw).sentences if s.kind == "body"]


@pytest.mark.parametrize("width", [45, 60, 66, 70, 72, 76, 80])
def test_hard_wrapped_paragraphs_are_rejoined_into_their_sentences(width):
    raw = "\n\n".join(textwrap.fill(p, width) for p in WIRE_PARAGRAPHS) + "\n"
    assert _body(raw) == _wire_sentences()


def test_a_speaker_on_the_next_wrapped_line_stays_in_its_sentence():
    raw = (
        "Separatist rebels in northern Mali said on Sunday they had killed\n"
        "dozens of soldiers near the Algerian border, a claim rejected by the army\n"
        "said on Friday that it had lost two men and that 20 assailants had been\n"
        "killed, according to a statement read out on state television and seen by\n"
        "Reuters on Saturday.\n"
    )
    sentences = ingest("x", raw).sentences
    assert [(s.kind, _flat(s.text)) for s in sentences] == [("body", _flat(raw))]


def test_a_short_wrapped_line_that_ends_mid_sentence_goes_on():
    raw = (
        "Rebels said their fighters ambushed an army convoy on Sunday on the road\n"
        "from Aguelhok to Tessalit. In an audio message sent to reporters, rebel\n"
        "spokesman Almahdi Ag Rhissa said\n"
        '"dozens" of soldiers had been killed and that his men had destroyed 11\n'
        "vehicles.\n"
    )
    sentences = ingest("x", raw).sentences
    assert len({s.paragraph_index for s in sentences}) == 1
    assert any('said "dozens" of soldiers' in _flat(s.text) for s in sentences)
    raw = (
        "On Monday, the jihadists also struck Timbuktu. A car bomb went off\n"
        "near the army camp before gunmen tried to storm it, residents said.\n"
        'The army said it had repelled the assault and "neutralised"\n'
        "14 attackers, adding that no civilians had been hurt.\n"
    )
    assert any('"neutralised" 14 attackers' in _flat(s.text) for s in ingest("x", raw).sentences)  # a quoted word is no sentence end


def test_a_list_item_after_a_wrapped_lead_ending_with_a_colon_opens_its_own_line():
    raw = textwrap.fill(WIRE_PARAGRAPHS[0], 70) + "\n\n" + (
        "Other incidents recorded by the Mission since the start of the year:\n"
        "- On 5 January, a logistics convoy travelling from Gao to Tessalit\n"
        "struck an improvised explosive device about 20 kilometres south of\n"
        "Anefis.\n"
    )
    texts = [_flat(s.text) for s in ingest("x", raw).sentences]
    assert "Other incidents recorded by the Mission since the start of the year:" in texts
    assert any(t.startswith("- On 5 January, a logistics convoy") for t in texts)


def test_a_sentence_across_a_line_break_keeps_the_break_in_its_raw_slice():
    raw = textwrap.fill(WIRE_PARAGRAPHS[0], 70) + "\n\n" + textwrap.fill(WIRE_PARAGRAPHS[1], 70) + "\n"
    sentences = ingest("x", raw).sentences
    assert "\n" in sentences[0].text
    for s in sentences:
        assert raw[s.char_start : s.char_end] == s.text


def test_the_short_last_line_of_a_wrapped_paragraph_joins_it_and_is_no_heading():
    raw = textwrap.fill(WIRE_PARAGRAPHS[0], 55) + "\n\n" + textwrap.fill(WIRE_PARAGRAPHS[3], 55) + "\n"
    sentences = ingest("x", raw).sentences
    assert raw.endswith(" late\n2021.\n")
    assert [(s.kind, _flat(s.text)) for s in sentences][-1] == ("body", WIRE_PARAGRAPHS[3])


def test_blank_lines_still_separate_wrapped_paragraphs():
    raw = "\n\n".join(textwrap.fill(p, 68) for p in WIRE_PARAGRAPHS[:2]) + "\n"
    sentences = ingest("x", raw).sentences
    assert [s.paragraph_index for s in sentences] == [0, 1, 1]


def test_a_chronology_under_wrapped_copy_keeps_one_line_per_dated_entry():
    entries = ["22 March 2012 - Junta announces the overthrow of President Toure", "30 March-1 April 2012 - Kidal, Gao and Timbuktu fall",
               "11 January 2013 - France launches Operation Serval", "Jan. 8, 2015: Talks resume in Algiers"]
    raw = "\n\n".join(textwrap.fill(p, 68) for p in WIRE_PARAGRAPHS[:2]) + "\n\nKEY DATES\n" + "\n".join(entries) + "\n"
    assert [s.text for s in ingest("x", raw).sentences if s.text[:1].isdigit() or s.text.startswith("Jan.")] == entries


def test_a_wrapped_sentence_whose_next_line_opens_with_a_date_stays_one_sentence():
    lead = ("BAMAKO, Mali (AP) - The soldiers who ousted President Ibrahim Boubacar Keita\nAug. 18, 2020 - the first of two coups in nine months - have since\n"
            "turned to Russia for help against the jihadists who control much of the north.")
    raw = "\n\n".join(textwrap.fill(p, 68) for p in WIRE_PARAGRAPHS[:2]) + "\n\n" + lead + "\n"
    assert any("Keita Aug. 18, 2020 - the first" in _flat(s.text) and "turned to Russia" in _flat(s.text) for s in ingest("x", raw).sentences)


def test_an_indented_line_opens_a_paragraph_in_wrapped_copy_without_blank_lines():
    raw = "\n".join(textwrap.fill(p, 68, initial_indent="   ") for p in WIRE_PARAGRAPHS[:2]) + "\n"
    sentences = ingest("x", raw).sentences
    assert [(s.paragraph_index, _flat(s.text)) for s in sentences] == [
        (0, WIRE_PARAGRAPHS[0]),
        (1, _wire_sentences()[1]),
        (1, _wire_sentences()[2]),
    ]


@pytest.mark.parametrize(
    "title",
    [
        "Separatists attack army camp near Gao, seize weapons and fuel trucks",
        "Separatists Attack Army Camp Near Gao, Seize Weapons and Fuel Trucks",
        "SEPARATISTS ATTACK ARMY CAMP NEAR GAO",
    ],
)
def test_a_title_over_wrapped_copy_without_a_blank_line_is_not_glued_to_the_lead(title):
    lead = WIRE_PARAGRAPHS[0].replace("GAO, Mali (AP) — ", "")
    raw = title + "\n" + textwrap.fill(lead, 70) + "\n\n" + textwrap.fill(WIRE_PARAGRAPHS[1], 70) + "\n"
    sentences = ingest("x", raw).sentences
    assert (sentences[0].kind, sentences[0].text) == ("title", title)
    assert _flat(sentences[1].text) == lead


@pytest.mark.parametrize(
    "byline",
    [
        "By Jane Doe and John Roe, Associated Press",
        "By JANE DOE and JOHN ROE\nAssociated Press",
        "By Staff and wire reports",
        "By Jane Doe | Reuters",
    ],
)
def test_byline_and_dateline_lines_are_not_glued_to_wrapped_copy(byline):
    raw = "Separatists attack army camp near Gao\n" + byline + "\n" + "\n".join(textwrap.fill(p, 70) for p in WIRE_PARAGRAPHS[:2]) + "\n"
    result = ingest("x", raw)
    assert [r.text for r in result.removed] == byline.split("\n")
    assert [_flat(s.text) for s in result.sentences if s.kind == "body"][0] == WIRE_PARAGRAPHS[0]


def test_a_credit_wrapped_over_two_lines_is_removed_whole():
    raw = textwrap.fill(WIRE_PARAGRAPHS[0], 70) + "\n\n(Reporting by Jane Doe in Bamako; Editing by\nJohn Roe and Amadou Diallo)\n"
    result = ingest("x", raw)
    assert _body(raw) == [WIRE_PARAGRAPHS[0]]
    assert [(r.rule, r.text) for r in result.removed] == [("cue", "(Reporting by Jane Doe in Bamako; Editing by\nJohn Roe and Amadou Diallo)")]


def test_wrap_width_is_read_from_wrapped_copy_only():
    wrapped = "\n\n".join(textwrap.fill(p, 70) for p in WIRE_PARAGRAPHS)
    one_line_each = "\n".join(WIRE_PARAGRAPHS)
    short_sentences = "\n".join(REPORT + REPORT_LOOKALIKES[:3])
    headlines = "\n".join(
        [
            "Mali junta extends the transition by another five years",
            "Niger expels French ambassador after the July coup",
            "Wagner fighters leave Mali as Russia's Africa Corps stays",
            "Burkina Faso's army retakes Djibo after a long siege",
        ]
    )
    assert 60 <= wrap_width(wrapped, split_lines(wrapped)) <= 70
    assert [wrap_width(t, split_lines(t)) for t in (one_line_each, short_sentences, headlines)] == [None, None, None]


def test_a_list_of_headlines_after_a_related_cue_is_not_glued_into_report():
    headlines = [
        "Mali junta extends the transition by another five years",
        "Niger expels French ambassador after the July coup",
        "Wagner fighters leave Mali as Russia's Africa Corps stays",
    ]
    raw = "\n\n".join(textwrap.fill(p, 70) for p in WIRE_PARAGRAPHS) + "\n\nRelated Articles\n" + "\n".join(headlines) + "\n"
    assert _body(raw) == _wire_sentences()


@settings(max_examples=150, deadline=None)
@given(
    paragraphs=st.lists(st.sampled_from(WIRE_PARAGRAPHS + REPORT), min_size=1, max_size=6),
    width=st.integers(min_value=40, max_value=80),
    separator=st.sampled_from(["\n\n", "\r\n\r\n", "\n \n", "\n\n\n"]),
    newline=st.sampled_from(["\n", "\r\n"]),
    indent=st.sampled_from(["", "  ", "\t"]),
    junk=st.lists(st.sampled_from(JUNK_LINES), max_size=3),
)
def test_rejoining_wrapped_lines_keeps_every_offset_exact(paragraphs, width, separator, newline, indent, junk):
    blocks = [newline.join(indent + line for line in textwrap.wrap(p, width)) for p in paragraphs]
    for i, line in enumerate(junk):
        blocks.insert((i * 2) % (len(blocks) + 1), line)
    raw = separator.join(blocks) + newline
    result = ingest("x", raw)
    for s in result.sentences:
        assert raw[s.char_start : s.char_end] == s.text
        assert s.text == s.text.strip() and s.text
    for r in result.removed:
        assert raw[r.char_start : r.char_end] == r.text
    spans = sorted([(s.char_start, s.char_end) for s in result.sentences] + [(r.char_start, r.char_end) for r in result.removed])
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:]))


@settings(max_examples=100, deadline=None)
@given(
    paragraphs=st.lists(st.sampled_from(WIRE_PARAGRAPHS), min_size=3, max_size=4, unique=True),
    width=st.integers(min_value=45, max_value=80),
    separator=st.sampled_from(["\n\n", "\r\n\r\n", "\n \n"]),
)
def test_wrapped_copy_gives_back_the_sentences_of_the_unwrapped_text(paragraphs, width, separator):
    raw = separator.join(textwrap.fill(p, width) for p in paragraphs) + "\n"
    expected = [p[s:e] for p in paragraphs for s, e in split_sentences(p)]
    assert _body(raw) == expected


# ---------------------------------------------------------------------------------------------
# Page furniture of real pages, by class. Every line here is invented.

FURNITURE = {
    "skip links": ["Skip to content", "Skip to main content", "Skip to navigation"],
    "donation banners": [
        "Support independent journalism: every contribution helps us report from the Sahel.",
        "Become a member",
        "Become a supporter today and get our reporting without ads",
        "Donate now",
        "Our journalism is free for everyone, and we want to keep it that way.",
        "Make a one-off donation",
    ],
    "edition pickers": ["Edition: English | Français", "International edition", "English | Français | العربية", "Choose your edition: Africa"],
    "reading metadata": ["Updated 14:02 GMT | 3 min read", "5 min read", "Listen to this article", "July 30, 2024 | 4 min read", "Published Aug. 2, 2024"],
    "date stamps": ["Monday, August 5, 2024", "29 July 2024 — 14:05", "Sunday 21 June 2015", "12/01/2013 - 10:25", "Aug. 2, 2024 at 4:37 PM GMT"],
    "contact and comment prompts": [
        "Have information? Contact our newsdesk on +44 20 7946 0000",
        "Got a tip? Email us",
        "Comments are closed for this live blog.",
        "Share this live blog | Comments are closed",
    ],
    "credits": [
        "(Reporting by Jane Doe; Editing by John Roe)",
        "(Additional reporting by Amadou Diallo in Bamako; Writing by Jane Doe; Editing by John Roe)",
        "Reporting by Jane Doe; Writing by John Roe; Editing by Amadou Diallo",
        "Reporting by our Dakar and Bamako bureaus; Editing by the Africa desk",
        "Reporting by Jane Doe in Bamako",
        "--With assistance from Amadou Diallo.",
        "— With assistance from our Dakar bureau",
        "To contact the reporter on this story: Jane Doe in Bamako at jdoe@example.com",
        "To contact the editors responsible for this story: John Roe",
        "Our Standards: The Thomson Reuters Trust Principles.",
    ],
    "newsletters": ["Sign up for our weekly Africa briefing", "Get our free morning newsletter", "Subscribe to the daily Sahel digest"],
    "captions": [
        "Photo caption: Soldiers patrol a street in Gao, Mali, March 3, 2024.",
        "FILE PHOTO: Malian soldiers stand guard at a checkpoint near Bamako, Mali, May 4, 2023. REUTERS/Jane Doe/File Photo",
        "(Photo: A convoy on the road to Kidal. File image.)",
        "Image: Jane Doe/AFP via Getty Images",
        "Photograph: Jane Doe/AP",
        "A soldier stands guard in Gao, Mali, on July 3, 2024. (AP Photo/Jane Doe)",
        "Soldiers on patrol near Menaka on Monday. Jane Doe/AFP via Getty Images",
    ],
    "advertising": ["Advertisement", "ADVERTISEMENT", "Advertisement - Continue reading below", "Story continues below advertisement"],
    "live blogs": ["Key events", "Show key events only", "Live", "Updated at 10:02", "10:02 GMT", "2h ago", "Pinned post"],
    "navigation": [
        "World | Africa",
        "Home > Africa > Sahel",
        "Markets | Politics | Africa",
        "Most read: 1. Niger's junta | 2. Wagner in Africa",
        "More from Sahel: Burkina Faso | Niger",
        "NEWS / WEST AFRICA",
        "World News | Fri Apr 12, 2013 2:51pm EDT",
    ],
    "bylines": [
        "By Jane Doe and John Roe, Associated Press",
        "By Staff and wire reports",
        "By JANE DOE",
        "By Jane Doe | Reuters | July 30, 2024",
        "By Jane Doe, Sahel analyst | 30 September 2024",
    ],
}


@pytest.mark.parametrize("kind,line", [(k, line) for k, lines in FURNITURE.items() for line in lines])
def test_page_furniture_of_every_class_is_removed_by_a_cue(kind, line):
    raw = "\n\n".join([REPORT[0], line, REPORT[1], line.upper() if kind == "skip links" else line, REPORT[2]])
    result = ingest("x", raw)
    assert [s.text for s in result.sentences] == REPORT[:3]
    assert {r.rule for r in result.removed} <= {"cue", "repeated_line"}


@pytest.mark.parametrize(
    "line",
    [
        "By Friday, the rebels had withdrawn from the town, residents said.",
        "By Sunday Wagner and the army had retaken the base.",
        "Reporting by state television said 12 soldiers had died.",
        "Live ammunition was used against protesters in Bamako, witnesses said.",
        "Support for the junta remains strong in the capital, analysts say.",
        "File photos released by the army showed burnt vehicles near Anefis.",
        "The army said it would donate food to families displaced by the fighting.",
        "The English edition of the newspaper was suspended by the junta in March.",
        "Updated casualty figures released on Monday showed 20 dead.",
        "Mali: rebels claim victory | Reuters",
        "Mali coup | Junta leader sworn in as interim president",
        "Key events in Mali since the 2012 uprising",
        "Have the rebels won the war or only a battle?",
        "The army said 10 / 20 of its vehicles were damaged.",
        "March 3, 2024, the army said, was the deadliest day.",
    ],
)
def test_report_lines_that_look_like_the_new_furniture_are_kept(line):
    raw = "\n\n".join([REPORT[0], line, REPORT[1]])
    result = ingest("x", raw)
    assert [s.text for s in result.sentences] == [REPORT[0], line, REPORT[1]]
    assert result.removed == ()


@pytest.mark.parametrize(
    "credit",
    ["(Reporting by Jane Doe; Editing by John Roe)", "(Additional reporting by Amadou Diallo in Bamako; Writing by Jane Doe)"],
)
def test_a_credit_at_the_end_of_the_last_paragraph_is_cut_off(credit):
    raw = REPORT[0] + "\n\n" + REPORT[1] + " " + credit + "\n"
    result = ingest("x", raw)
    assert [s.text for s in result.sentences] == REPORT[:2]
    assert [(r.rule, r.text, raw[r.char_start : r.char_end]) for r in result.removed] == [("cue", credit, credit)]


def test_a_caption_between_paragraphs_takes_no_body_sentence_with_it():
    raw = "\n".join([REPORT[0], "Photo caption: Soldiers patrol a street in Gao, Mali, March 3, 2024.", REPORT[1], REPORT[2]])
    assert [s.text for s in ingest("x", raw).sentences] == REPORT[:3]


def test_a_photo_gallery_keeps_its_captions_as_its_report():
    captions = [
        "Photo: Residents of Gao cheer a French armoured vehicle on Sunday. (Reuters)",
        "Photo: French paratroopers were dropped north of Timbuktu on Sunday night. (AFP)",
        "Photo: Looters empty a shop owned by a trader in Timbuktu on Tuesday. (AP)",
    ]
    kept = [s.text for s in ingest("x", "In pictures: Gao and Timbuktu\n\n" + "\n\n".join(captions) + "\n").sentences]
    assert len([t for t in kept if t.startswith("Photo: ")]) == 3
    # beside a report they are page furniture, as before
    raw = "\n".join([*REPORT[:3], captions[0]])
    assert [s.text for s in ingest("x", raw).sentences] == REPORT[:3]


def test_a_byline_over_two_lines_is_removed_with_its_outlet():
    raw = "Separatists attack army camp near Gao\n\nBy JANE DOE\nAssociated Press\n\n" + REPORT[0] + "\n"
    result = ingest("x", raw)
    assert [r.text for r in result.removed] == ["By JANE DOE", "Associated Press"]
    assert [(s.kind, s.text) for s in result.sentences] == [("title", "Separatists attack army camp near Gao"), ("body", REPORT[0])]


def test_a_title_under_a_skip_link_is_not_glued_to_wrapped_copy():
    lead = WIRE_PARAGRAPHS[0].replace("GAO, Mali (AP) — ", "")
    title = "Separatists attack army camp near Gao, seize weapons and fuel trucks"
    raw = "Skip to main content\n" + title + "\n" + textwrap.fill(lead, 70) + "\n\n" + textwrap.fill(WIRE_PARAGRAPHS[1], 70) + "\n"
    sentences = ingest("x", raw).sentences
    assert [(s.kind, _flat(s.text)) for s in sentences[:2]] == [("title", title), ("body", lead)]


def test_furniture_above_the_title_leaves_it_the_title():
    raw = "Skip to main content\nWorld | Africa\nSeparatists attack army camp near Gao\n\n" + REPORT[0] + "\n"
    sentences = ingest("x", raw).sentences
    assert [(s.kind, s.text) for s in sentences] == [("title", "Separatists attack army camp near Gao"), ("body", REPORT[0])]


# ---------------------------------------------------------------------------------------------
# Datelines stay in the lead: other stages decide that they date and place nothing.

DATELINES = [
    "BAMAKO, Mali (AP) —",
    "MOSCOW, August 1. /TASS/.",
    "MOSCOW, August 1.",
    "PARIS/BAMAKO --",
    "Bamako, 16 November 2023 –",
    "DAKAR, July 27 (Reuters) -",
    "(Bloomberg) --",
]


@pytest.mark.parametrize("dateline", DATELINES)
def test_a_dateline_opens_the_first_body_sentence(dateline):
    raw = "Separatists attack army camp near Gao\n\n" + dateline + " " + REPORT[1] + " " + REPORT[0] + "\n"
    sentences = ingest("x", raw).sentences
    assert [(s.kind, s.text) for s in sentences] == [
        ("title", "Separatists attack army camp near Gao"),
        ("body", dateline + " " + REPORT[1]),
        ("body", REPORT[0]),
    ]


@pytest.mark.parametrize("dateline", DATELINES)
def test_a_dateline_alone_on_its_line_joins_the_lead(dateline):
    raw = "Separatists attack army camp near Gao\n\n" + dateline + "\n" + REPORT[1] + "\n"
    sentences = ingest("x", raw).sentences
    assert [(s.kind, _flat(s.text)) for s in sentences][1:] == [("body", dateline + " " + REPORT[1])]
    assert len(sentences) == 2



def test_a_long_line_of_spaced_slashes_is_classified_like_a_short_one():
    # the breadcrumb cue once backtracked exponentially on such a line (a build took hours)
    from timeline.ingest import ingest

    line = " / ".join(["Gao"] * 60) + " ."
    result = ingest("x", "Title\n\n" + line + "\n\nThe army said on Friday it retook Gao.\n")
    assert result.sentences[-1].text == "The army said on Friday it retook Gao."


def test_a_dateline_agency_with_a_bracket_inside_its_bracket_is_a_dateline():
    from timeline.ingest import dateline_end

    text = "BAMAKO, April 2, 2012 (Wire service (test)) - Tuareg separatists have seized Gao."
    assert text[dateline_end(text):].strip().startswith("Tuareg")


def test_an_abbreviated_title_in_capitals_ends_no_sentence():
    from timeline.ingest import split_sentences
    text = "A (COL. MARC DELAUNAY): Thank you. On 3 January, two jets struck."
    assert [text[a:b].strip() for a, b in split_sentences(text)] == ["A (COL. MARC DELAUNAY): Thank you.", "On 3 January, two jets struck."]


def test_one_caption_repeated_is_no_gallery():
    caption = "Photo caption: Soldiers patrol a road near Gao, Mali, March 3, 2024."
    raw = "\n".join([caption, caption, caption, "Fighting broke out near Kidal on Tuesday, residents said."]) + "\n"
    assert [s.text for s in ingest("x", raw).sentences] == ["Fighting broke out near Kidal on Tuesday, residents said."]


@pytest.mark.parametrize("line", [
    "10-12 July 2020 - Clashes in the capital; opposition says 23 killed",
    "Jan. 14: Islamist fighters seize Diabaly",
    "• Monday 3 March — armed men raid two hamlets near Tenenkou",
])
def test_a_chronologys_lines_are_body_text_not_headings(line):
    text = f"Explainer\n\nSome text about what happened.\n\n{line}\n\n18 August 2020 - Mutiny at Kati; Keita arrested\n"
    assert [s.kind for s in ingest("a", text).sentences if s.text.startswith(line[:8])] == ["body"]


@pytest.mark.parametrize("line", ["12 March 2024 - 3 min read", "March 12, 2024 - Updated 14:32 GMT", "Aug. 18: The day a democracy fell"])
def test_a_dated_line_alone_is_no_chronology(line):
    text = f"Explainer\n\nSome text about what happened.\n\n{line}\n\nMore text about it.\n"
    assert [s.kind for s in ingest("a", text).sentences if s.text.startswith(line[:8])] == ["heading"]
