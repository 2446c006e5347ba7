package kz.kepil.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import kz.kepil.shared.domain.KzTime;
import kz.kepil.shared.domain.Money;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * What every context's view beans need of their resource bundle and of the page's language: a text by
 * key, dates and instants (in Almaty time) and amounts in tenge formatted for the reader, ids from
 * request parameters, and Faces messages.
 */
public final class PageTexts {

    private final String bundle;

    public PageTexts(String bundle) {
        this.bundle = bundle;
    }

    public static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Locale.forLanguageTag("kk") : faces.getViewRoot().getLocale();
    }

    public String text(String key) {
        try {
            return ResourceBundle.getBundle(bundle, locale()).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public boolean has(String key) {
        return ResourceBundle.getBundle(bundle, locale()).containsKey(key);
    }

    /** A text with {0}, {1}… replaced; no MessageFormat, so apostrophes stay as written. */
    public String format(String key, Object... arguments) {
        String text = text(key);
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }

    /**
     * How a refusal reads on a page: the bundle's {@code refused} text with the code, and what the code
     * means where the bundle says ({@code problem.<CODE>}).
     */
    public String refusal(kz.kepil.shared.error.DomainException e) {
        String key = "problem." + e.code();
        return format("refused", e.code()) + (has(key) ? " " + text(key) : "");
    }

    /** "2 May 2026, 10:00": the day in words and the time, in Almaty. */
    public static String dateTime(Instant at) {
        if (at == null) {
            return "";
        }
        java.time.ZonedDateTime local = at.atZone(KzTime.ALMATY);
        return date(local.toLocalDate()) + ", " + DateTimeFormatter.ofPattern("HH:mm").format(local);
    }

    /**
     * A deadline: a window that ends at midnight ends with the day before, so it is said as the end of
     * that day (the bundle's {@code deadline.endOfDay}); any other as its day and time.
     */
    public String deadline(Instant until) {
        if (until == null) {
            return "";
        }
        java.time.ZonedDateTime local = until.atZone(KzTime.ALMATY);
        if (local.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
            return format("deadline.endOfDay", date(local.toLocalDate().minusDays(1)));
        }
        return dateTime(until);
    }

    /** A message for the page: the text of the key, or the key itself if the bundle lacks it. */
    public void message(FacesMessage.Severity severity, String key, String detail) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text(key), detail));
    }

    public static String instant(Instant at) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale())
                .withZone(KzTime.ALMATY).format(at);
    }

    public static String date(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).format(day);
    }

    /** An amount in tenge as the reader writes numbers, e.g. "12 345,50 ₸". */
    public static String tenge(Money amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale());
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(amount.amount()) + " ₸";
    }

    /** An id from a request parameter; null when absent or not a number. */
    public static Long idOf(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
