package kz.kepil.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Locale;
import java.util.Objects;

/**
 * A name in the portal's three languages, stored as {@code name_kk}, {@code name_ru}, {@code name_en}.
 * Reference data (regions, akimats, classifier types) is named this way.
 */
@Embeddable
public class LocalizedNames {

    @Column(name = "name_kk", nullable = false)
    private String kk;

    @Column(name = "name_ru", nullable = false)
    private String ru;

    @Column(name = "name_en", nullable = false)
    private String en;

    protected LocalizedNames() {
    }

    public LocalizedNames(String kk, String ru, String en) {
        this.kk = Objects.requireNonNull(kk, "kk");
        this.ru = Objects.requireNonNull(ru, "ru");
        this.en = Objects.requireNonNull(en, "en");
    }

    public String kk() {
        return kk;
    }

    public String ru() {
        return ru;
    }

    public String en() {
        return en;
    }

    /** The name in the visitor's language; Kazakh, the state language, for any other. */
    public String in(Locale locale) {
        return switch (locale.getLanguage()) {
            case "ru" -> ru;
            case "en" -> en;
            default -> kk;
        };
    }
}
