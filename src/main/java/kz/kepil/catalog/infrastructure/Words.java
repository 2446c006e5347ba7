package kz.kepil.catalog.infrastructure;

import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.RussianStemmer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a text as catalog search compares them: normalised (Unicode NFKC, lower case, ё as е),
 * split at anything but letters and digits, and reduced to a stem, so that «коляски» finds «коляска»,
 * «wheelchairs» finds «wheelchair» and «жаялықтар» finds «жаялық». Cyrillic words go through the
 * Russian Snowball stemmer, after the plural suffix is cut from a word with letters only Kazakh has (a
 * Russian word such as «катетер» keeps its ending); Latin words go through the English stemmer.
 * Index and query use the same analysis, so a stem that is not a real word still matches itself.
 */
public final class Words {

    private static final String[] KAZAKH_PLURALS = {"лар", "лер", "дар", "дер", "тар", "тер"};
    private static final String KAZAKH_LETTERS = "әғқңөұүһі";
    private static final ThreadLocal<SnowballStemmer> RUSSIAN = ThreadLocal.withInitial(RussianStemmer::new);
    private static final ThreadLocal<SnowballStemmer> ENGLISH = ThreadLocal.withInitial(EnglishStemmer::new);

    private Words() {
    }

    /** The stems of a text, in order, repeats kept. */
    public static List<String> stems(String text) {
        List<String> out = new ArrayList<>();
        for (String word : words(text)) {
            out.add(stem(word));
        }
        return out;
    }

    /** The normalised words of a text, unstemmed. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('ё', 'е');
        int start = -1;
        for (int i = 0; i <= n.length(); i++) {
            boolean part = i < n.length() && Character.isLetterOrDigit(n.charAt(i));
            if (part && start < 0) {
                start = i;
            } else if (!part && start >= 0) {
                out.add(n.substring(start, i));
                start = -1;
            }
        }
        return out;
    }

    /** The stem of one normalised word. */
    public static String stem(String word) {
        if (word.length() < 4 || !Character.isLetter(word.charAt(0))) {
            return word;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(word.codePointAt(0));
        if (script == Character.UnicodeScript.CYRILLIC) {
            String w = word;
            for (String suffix : KAZAKH_PLURALS) {
                if (!kazakh(w)) {
                    break;
                }
                if (w.length() >= suffix.length() + 4 && w.endsWith(suffix)) {
                    w = w.substring(0, w.length() - suffix.length());
                    break;
                }
            }
            return run(RUSSIAN.get(), w);
        }
        if (script == Character.UnicodeScript.LATIN) {
            return run(ENGLISH.get(), word);
        }
        return word;
    }

    private static boolean kazakh(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (KAZAKH_LETTERS.indexOf(word.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String run(SnowballStemmer stemmer, String word) {
        stemmer.setCurrent(word);
        stemmer.stem();
        String s = stemmer.getCurrent();
        return s.isEmpty() ? word : s;
    }
}
