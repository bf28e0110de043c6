"""Language identification: English reports full of Azerbaijani and Turkish place names stay English."""

from newsprism.language import detect


def test_english_with_azerbaijani_place_names_is_english():
    # lingua alone says Turkish here: three of fifteen words carry Turkic letters
    text = "Azerbaijani forces entered Şuşa and Ağdam, the ministry in Bakı said on Monday after talks."
    assert detect(text) == "en"
    assert detect("The shelling of Şuşa and Ağdam continued on Tuesday, officials said.") == "en"


def test_real_azerbaijani_and_turkish_are_still_recognised():
    assert detect("Prezident bu gün Bakıda xarici qonaqları qəbul edib, məlumat verilib.") == "az"
    assert detect("Bakı şəhərində hava yaxşıdır və insanlar parka gedir.") == "az"
    assert detect("Cumhurbaşkanı bugün Ankara'da yabancı konukları kabul etti ve bir konuşma yaptı.") == "tr"


def test_too_little_text_has_no_language():
    assert detect("Şuşa 12") is None
