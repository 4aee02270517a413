"""A title a letter or two away from a known alias is read as that alias (dev titles: 'lasbilsförare')."""
from retrieval.titles import TitleIndex

IDX = TitleIndex([("Lastbilsförare", "truck"), ("Fjärrbilsförare", "truck"), ("Personlig assistent", "pa"),
                  ("Skogstransportförare", "forest"), ("Taxiförare", "taxi")])


def test_a_misspelt_alias_names_its_occupations():
    assert IDX.head_family("lasbilsförare") == ("~lastbilsförare", [("truck", 1)])
    assert IDX.head_family("personlig asistent") == ("~personlig assistent", [("pa", 1)])


def test_short_titles_statements_and_far_words_are_not_misspellings():
    assert IDX.misspelt_family("taxiföra") == ("", [])          # two edits where 8 letters allow one
    assert IDX.misspelt_family("Jag har kört lastbil och taxi i många år") == ("", [])  # a statement
    assert IDX.misspelt_family("bussförare") == ("", [])       # three edits from any alias
