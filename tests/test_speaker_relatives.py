"""Speakers behind relative clauses and listeners after "told" (timeline/speaker_phrases.py)."""

from __future__ import annotations

import pytest

from timeline.names import matcher
from timeline.sayings import cues
from timeline.speaker_phrases import speaker_phrase


def speaker(text: str) -> str | None:
    cue = cues(text)[-1]
    phrase = speaker_phrase(text, cue, matcher().find(text), [], "en")
    return phrase.text if phrase else None


@pytest.mark.parametrize(
    "text, expected",
    [
        # the outlet after "told" heard the words; the speaker stands before the relative clause
        ("A local official, who spoke on condition of anonymity for fear of reprisals, told Reuters that 40 people died.", "A local official"),
        # "who hid in a granary" is what the farmer did, not who spoke
        ("A 56-year-old farmer who hid in a granary said the gunmen came on motorcycles.", "A 56-year-old farmer"),
        ("A relative who spoke to a reporter from Sevare said 19 people had been killed.", "A relative"),
        # the listener of an earlier "told X that" is not the speaker of what is told
        ("A hospital worker told AFP that a cousin who works at the morgue had counted 35 dead.", "a cousin"),
        # a source the speaker cites is not the speaker
        ('A military blogger, citing "people who came back", said about 80 fighters had died.', "A military blogger"),
        # an inverted saying still names its speaker after the verb
        ('"We lost nine men," said a soldier at the camp.', "a soldier at the camp"),
        # an ordinal is no count: the colonel of a numbered regiment speaks
        ('"He was the first," said a retired colonel of the 4th Helicopter Regiment.', "a retired colonel of the 4th Helicopter Regiment"),
        # an age and what follows it describe the speaker named before them
        ("Sergeant Moussa, now 38 and stationed near Mopti, said his unit had lost six men.", "Sergeant Moussa"),
        ("The sergeant, aged 38 and based in Sevare, said six soldiers died.", "The sergeant"),
        # a relative clause without "which": the noun before it is not the speaker, nor what acted before it
        ("Islamist fighters overran the same camp in a raid the army said killed 11 soldiers.", "the army"),
        ("A worker at a hospital in the capital said the morgue had received dozens of bodies.", "A worker at a hospital in the capital"),
    ],
)
def test_the_speaker_of_a_saying(text, expected):
    assert speaker(text) == expected


def claimant_of(text: str, figure: str) -> str | None:
    from timeline.claimants import Discourse, speaker_of

    start = text.index(figure)
    s = speaker_of(text, start, start + len(figure), matcher().find(text), Discourse(set()))
    return s.label or s.actor_id


@pytest.mark.parametrize(
    "text, figure, expected",
    [
        # sayings inside a quotation are the quoted speaker's words
        ('"I counted more than 60 bodies before the soldiers told us to move," said the 34-year-old trader.', "more than 60", "the 34-year-old trader"),
        ('"We have counted around 40 dead on our side, and dozens are missing," the officer said.', "around 40", "the officer"),
        # a name with a digit names a speaker
        ("The government put the toll at 11 dead, the M5 said 23 of its supporters had been killed.", "23", "the M5"),
        # a saying without a speaker ("without giving a figure") does not hide the one before it
        ("The general staff acknowledged losses without giving a figure and said about 20 suspects had been detained.", "about 20", "The general staff"),
        # a document "cited by" the media is the source, not the media
        ("A security document cited by several media put the dead at more than 70.", "more than 70", "A security document"),
        # a contrasting clause brings its own subject to the next saying
        ("Two security sources told the AP that 30 soldiers died, while the army spoke of losses and said it killed dozens of assailants.", "dozens", "the army"),
        # the one who received allegations relays them; "recalled" an attack tells its toll
        ("The mission received allegations that at least 20 civilians had been killed and that some 40 men had been arrested.", "some 40", "The mission"),
        ("The ambassador recalled the attack on the boat, which had killed 49 civilians.", "49", "The ambassador"),
        # an attack "claimed by" a group, set off by commas after its place, is responsibility, not a saying
        ("An ambush on a joint patrol near Tabankort, also claimed by IS, killed 24 soldiers and wounded 29, the Malian army said.", "24", "fama"),
        # "the deadliest attack documented" is a participle, not a saying: the source follows the figure
        ("The deadliest attack documented took place in Ogossagou, when militiamen killed at least 150 villagers, according to witnesses.", "at least 150", "witnesses"),
        # a source who "told Test Agency that residents had told him": the residents
        ("A local official told Test Agency that residents had told him more than 150 people had been killed.", "more than 150", "residents"),
        # the country a spokesman speaks from is not his principal
        ("Its spokesman in France, Moussa Ag Assarid, told Reuters that the rebels had lost only one fighter.", "one", "Moussa Ag Assarid"),
        ("A spokesman at MINUSMA, Olivier Salgado, said 3 peacekeepers were killed.", "3", "minusma"),
        # a participle with its own clause still speaks
        ("Officials briefed on the attack confirmed that 12 soldiers were killed.", "12", "Officials briefed on the attack"),
        # a relative clause without "that" after the speaker ("the aid group they work for said")
        ("Gunmen abducted four aid workers near Menaka on Monday, the aid group they work for said.", "four", "the aid group"),
        ("Gunmen abducted four aid workers near Menaka on Monday, the group they were working for said.", "four", "the group"),
        # "with one saying": one of the speakers just named
        ("Two security sources told Test Wire the toll was likely to be higher, with one saying at least 38 had been killed.", "at least 38", "Two security sources"),
        # the agent of a passive saying ends before "of" and its gerund
        ("The army has been accused by the United Nations of executing at least 500 people in Moura.", "at least 500", "un"),
        # a count that "gave" a figure speaks
        ("A UN count gave at least 12 dead.", "at least 12", "A UN count"),
        # "put … at" with a longer phrase of losses between
        ("French officers later put the combined Chadian losses for the campaign at about 38 dead.", "about 38", "French officers"),
        # bodies found, told inside another saying's "that" clause: the teller speaks, not the finders
        ("The minister wrote on Twitter that reinforcements sent to the post had found 54 bodies.", "54", "The minister"),
        # claiming "an attack" is responsibility, not a saying of the toll after it
        ("Islamic State claimed an attack on a post at Indelimane that killed 49 soldiers, according to the army's final count.", "49", "the army"),
        # two speakers joined by "and" are both the claimant; not a clause joined by "and"
        ("A gunman opened fire on diners, killing five people, police and witnesses said.", "five", "police and witnesses"),
        ("The army shelled the village and residents said 12 people were killed.", "12", "residents"),
        # "the ministry" after another speaker of its sentence is not that speaker
        ("An army statement said 32 hostages had been freed and the ministry said 14 people were wounded.", "14", "the ministry"),
        # "elected" before its noun is no verb: "he" after the colon is the official
        ("A local elected official gave a different account: he said nobody was killed in that strike and that two people were lightly wounded.", "two", "A local elected official"),
        # a rights group that "documented" killings gives their figure
        ("In a report on March 15, Human Rights Watch documented the killing of at least 107 civilians in central Mali.", "at least 107", "human_rights_watch"),
        # a relative clause with no commas, whose own verbs say things, before the main verb
        ('A blogger who writes as "Sever" and says he served in Africa put the toll at at least 20 Russians killed.', "at least 20", "A blogger"),
        ("A local official who asked not to be named told AFP that survivors had counted about 100 bodies.", "about 100", "survivors"),
        ("A woman who says she lost two sons put the toll at 40.", "40", "A woman"),
        # ... unless the relative clause names the group spoken for: the group, not the bare noun
        ("A man who said he spoke for a brigade of AQIM told a Mauritanian news site that dozens of Chadian soldiers had been killed.", "dozens", "a brigade of AQIM"),
        # soldiers "reported missing" are in a state; no one speaks there
        ("Of the soldiers reported missing, 33 have returned to their units; 27 are still missing, the army said.", "27", "the army"),
        # a participial aside between a count and its verb ("drawn up by survivors and handed to …")
        ("The village's own count, drawn up by survivors and handed to the authorities, lists 38 dead and 19 people still missing.", "38", "The village"),
        # a noun and its relative clause without "that": the speaker is the relative's subject
        ("Militants overran two army positions, the heaviest losses the army has acknowledged in months, killing 38 soldiers.", "38", "the army"),
        ("A military source inside the force had earlier given AFP a toll of at least six dead, a figure the governor said had been inflated.", "at least six", "A military source inside the force"),
        # a registry actor joined by "and" keeps its id
        ("MINUSMA and the Malian army said 12 people died.", "12", "fama"),
        # a gloss in brackets is no source; a claim in brackets is
        ("Some 15,000 peacekeepers served in the UN mission (MINUSMA).", "15,000", None),
        ("Ambush on an army supply convoy: 12 soldiers killed (IS Sahel claim via Amaq)", "12", "is_sahel"),
        # a subject named in an appositive before "said" is no quotation that "said" inverts; a
        # participle after the source's noun modifies it (corpora JF, JH)
        ("An army spokesman, Colonel Souleymane Maiga, said the dead included five soldiers, four of the gunmen and three civilians.", "five", "An army spokesman, Colonel Souleymane Maiga"),
        ("Drone strikes on Tinzaouaten have killed 21 civilians, 11 of them children, according to the main coalition of Tuareg-led separatist groups fighting the country's military government.", "21", "tuareg_separatists"),
        # a second verb of one subject ("accused … and said") is that subject's saying; a
        # possessor after a comparison is the possessor alone (corpus JG)
        ("The statement accused the police of firing live rounds into crowds and said more than 150 had been wounded.", "more than 150", "The statement"),
        ("Opposition leaders counted 23 dead, more than double the government's figure of 11 killed.", "11", "the government"),
        # a document's participle aside ("written in French", "delivered in June") is how it was made, not who speaks (corpus JL)
        ("The warrant, written in French, says more than 40 soldiers who were no longer fighting were executed.", "more than 40", "The warrant"),
        # a bulletin's figure with its source in brackets at the end of its line
        ("About 51,300 internally displaced people in and around Menaka town (local authorities, 22 May)", "51,300", "local authorities"),
    ],
)
def test_the_claimant_of_a_figure(text, figure, expected):
    assert claimant_of(text, figure) == expected


def test_a_country_that_recalled_its_ambassador_says_nothing_of_the_toll_after():
    assert claimant_of("Mali recalled its ambassador after the strike, which killed 21 civilians.", "21") != "Mali"


def test_our_own_figures_are_the_writer_s_and_our_staff_speak_for_themselves():
    from timeline.claimants import Discourse, speaker_of

    def basis(text: str, figure: str) -> str:
        start = text.index(figure)
        return speaker_of(text, start, start + len(figure), matcher().find(text), Discourse(set())).basis

    assert basis("According to our latest figures, some 172,000 people have been forced from their homes.", "some 172,000") == "article"
    assert claimant_of("According to our staff who survived the attack, two drivers were killed.", "two") == "our staff"

