package kz.kepil.catalog.infrastructure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordsTest {

    @Test
    void inflectedRussianWordsShareTheirStem() {
        assertThat(Words.stem("коляски")).isEqualTo(Words.stem("коляска"));
        assertThat(Words.stem("подгузники")).isEqualTo(Words.stem("подгузник"));
        assertThat(Words.stem("катетеры")).isEqualTo(Words.stem("катетер"));
    }

    @Test
    void kazakhPluralsShareTheirStem() {
        assertThat(Words.stem("жаялықтар")).isEqualTo(Words.stem("жаялық"));
        assertThat(Words.stem("арбалар")).startsWith(Words.stem("арба").substring(0, 3));
    }

    @Test
    void englishPluralsShareTheirStem() {
        assertThat(Words.stem("wheelchairs")).isEqualTo(Words.stem("wheelchair"));
        assertThat(Words.stem("diapers")).isEqualTo(Words.stem("diaper"));
    }

    @Test
    void wordsAreNormalisedAndSplitAtAnythingButLettersAndDigits() {
        assertThat(Words.words("Кресло-коляска «ОРТОНИКА» Base 170, ёмкость"))
                .containsExactly("кресло", "коляска", "ортоника", "base", "170", "емкость");
    }
}
