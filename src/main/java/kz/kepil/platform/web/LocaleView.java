package kz.kepil.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The language a visitor reads the portal in, kept for the session, so it holds for anonymous visitors
 * as well as for signed-in ones. Kazakh is the default; Russian and English are offered beside it.
 *
 * <p>The switch is a plain link made by {@link #hrefFor(Locale)}: it adds {@value #PARAMETER} to the
 * address of the page being shown, and {@link LanguageSwitchFilter} applies it and sends the visitor back
 * to the same page and query without it. Links rather than a form keep the switch usable without script
 * and with a keyboard, and keep the page's own query parameters.
 */
@Named
@SessionScoped
public class LocaleView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The query parameter that asks for another language on any page. */
    public static final String PARAMETER = "lang";

    /** The default first. Kept in step with the locale-config in faces-config.xml. */
    private static final List<Locale> SUPPORTED = List.of(
            Locale.forLanguageTag("kk"), Locale.forLanguageTag("ru"), Locale.forLanguageTag("en"));

    private Locale locale = SUPPORTED.get(0);

    /** The locale of every view in this session; the master template hands it to {@code f:view}. */
    public Locale getLocale() {
        return locale;
    }

    /** The ISO 639 code of the current language, for {@code <html lang>}. */
    public String getLanguage() {
        return locale.getLanguage();
    }

    /** The languages the portal speaks, the default first. */
    public List<Locale> getLanguages() {
        return SUPPORTED;
    }

    public boolean isCurrent(Locale language) {
        return locale.equals(language);
    }

    /**
     * Switches the session to a language given by its code ({@code kk}, {@code ru}, {@code en}).
     *
     * @return whether the code names a language the portal speaks; if not, nothing changes
     */
    public boolean select(String language) {
        Optional<Locale> match = supported(language);
        match.ifPresent(found -> locale = found);
        return match.isPresent();
    }

    /**
     * A link to the page being shown, in the given language: the page's own query with
     * {@value #PARAMETER} set. The link is relative, so when an error page stands in for the address the
     * visitor asked for, it points back at that address rather than at the error page.
     */
    public String hrefFor(Locale language) {
        var request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String query = LanguageSwitchFilter.withoutLanguage(shownQuery(request));
        return "?" + (query.isEmpty() ? "" : query + "&") + PARAMETER + "=" + language.getLanguage();
    }

    static Optional<Locale> supported(String language) {
        if (language == null) {
            return Optional.empty();
        }
        String code = language.trim();
        return SUPPORTED.stream().filter(candidate -> candidate.getLanguage().equalsIgnoreCase(code)).findFirst();
    }

    /**
     * The query of the address in the visitor's address bar, also while a forward answers it. An error
     * page keeps whatever query the container gives it.
     */
    private static String shownQuery(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI) != null) {
            return (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        }
        return request.getQueryString();
    }
}
