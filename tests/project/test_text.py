"""Plain-text helpers for user text: bidirectional controls and excerpts."""

from lerendnetwerk.text import excerpt, plain_text, without_bidi_controls

RLO = "\u202e"


def test_bidi_overrides_embeddings_isolates_and_marks_are_removed():
    text = "\u202aa\u202bb\u202cc\u202dd\u202ee\u2066f\u2067g\u2068h\u2069i\u200ej\u200fk\u061cl"
    assert without_bidi_controls(text) == "abcdefghijkl"


def test_text_without_controls_and_right_to_left_letters_stay_as_they_are():
    assert without_bidi_controls("Samen tegen armoede – مرحبا") == "Samen tegen armoede – مرحبا"
    assert without_bidi_controls("") == ""
    assert without_bidi_controls(None) is None


def test_an_excerpt_ends_at_a_whole_word_with_an_ellipsis():
    assert excerpt("een twee drie vier vijf", words=3) == "een twee drie…"
    assert excerpt("schuldhulpverlening werkt beter samen", chars=24) == "schuldhulpverlening…"


def test_an_excerpt_that_ends_a_sentence_gets_no_ellipsis_after_the_full_stop():
    assert excerpt("Dit is wat het is. En nog meer tekst daarna", words=5) == "Dit is wat het is."
    assert excerpt("Werkt dit? Ja, heel goed", words=2) == "Werkt dit?"
    assert excerpt("Dit is wat het is. En nog meer", chars=19) == "Dit is wat het is."


def test_an_excerpt_leaves_a_comma_or_colon_off_before_its_ellipsis():
    assert excerpt("eerst dit, dan dat", words=2) == "eerst dit…"
    assert excerpt("zo: een lijst van dingen", words=1) == "zo…"


def test_a_short_text_is_not_cut_and_gets_no_ellipsis():
    assert excerpt("kort", words=40) == "kort"
    assert excerpt("kort  en\nklein", chars=100) == "kort en klein"


def test_plain_text_of_html_has_no_tags_and_decoded_entities():
    assert plain_text("<p>Zorg &amp; welzijn</p>\n<p>samen</p>") == "Zorg & welzijn samen"


def test_plain_text_keeps_paragraphs_and_list_items_apart_but_not_inline_markup():
    assert plain_text("<p>Klaar is.</p><p>Daarna</p><ul><li>een</li><li>twee</li></ul>") == "Klaar is. Daarna een twee"
    assert plain_text("<p><strong>Vet</strong>gedrukt en <em>schuin</em>.</p>") == "Vetgedrukt en schuin."
