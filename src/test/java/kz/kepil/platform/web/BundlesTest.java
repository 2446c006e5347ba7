package kz.kepil.platform.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text the portal shows in English (a base bundle) is there in Kazakh and Russian too, with the same
 * placeholders: a page never falls back to English, or drops a date or an amount, in the other languages.
 */
class BundlesTest {

    private static final Path RESOURCES = Path.of("src/main/resources/kz/kepil");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static List<Path> baseBundles() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(f -> f.toString().endsWith(".properties"))
                    .filter(f -> !f.getFileName().toString().matches(".*_(kk|ru|en)\\.properties"))
                    .filter(f -> Files.exists(sibling(f, "kk")) || Files.exists(sibling(f, "ru")))
                    .sorted().toList();
        }
    }

    private static Path sibling(Path base, String language) {
        return base.resolveSibling(base.getFileName().toString().replace(".properties", "_" + language + ".properties"));
    }

    @Test
    void everyEnglishTextHasItsKazakhAndRussianWithTheSamePlaceholders() throws IOException {
        List<Path> bases = baseBundles();
        assertThat(bases).as("the bundles of the pages").isNotEmpty()
                .anyMatch(p -> p.toString().endsWith("ordering/web/messages.properties"));
        List<String> wrong = new ArrayList<>();
        for (Path base : bases) {
            Properties english = load(base);
            for (String language : List.of("kk", "ru")) {
                Path file = sibling(base, language);
                if (!Files.exists(file)) {
                    wrong.add(file + " is missing");
                    continue;
                }
                Properties translated = load(file);
                for (String key : english.stringPropertyNames()) {
                    String text = translated.getProperty(key);
                    if (text == null) {
                        wrong.add(file.getFileName() + " in " + base.getParent() + " lacks " + key);
                    } else if (!placeholders(text).equals(placeholders(english.getProperty(key)))) {
                        wrong.add(file.getFileName() + " in " + base.getParent() + " has other placeholders in " + key);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }
}
