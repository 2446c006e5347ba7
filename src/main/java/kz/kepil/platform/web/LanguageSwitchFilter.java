package kz.kepil.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Applies a language asked for with {@code ?lang=} on any Faces page, then redirects to the same address
 * without the parameter. The address stays clean, and reloading or bookmarking the page does not switch the
 * language again. Mapped by servlet name, so it sees every page, the welcome page included, and nothing of
 * the REST API; and on error dispatches too, so that the switch also works on the page that answers an
 * address that does not exist.
 */
@WebFilter(filterName = "languageSwitch", servletNames = "facesServlet",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class LanguageSwitchFilter implements Filter {

    @Inject
    private LocaleView localeView;

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        var request = (HttpServletRequest) servletRequest;
        var response = (HttpServletResponse) servletResponse;
        // Only a plain page request switches; a form post keeps its body to itself.
        boolean pageRequest = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        String language = pageRequest ? request.getParameter(LocaleView.PARAMETER) : null;
        if (language == null) {
            chain.doFilter(request, response);
            return;
        }
        localeView.select(language);
        // An error page answers for the address the visitor asked for: send them back there.
        String address = request.getDispatcherType() == DispatcherType.ERROR
                ? (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)
                : request.getRequestURI();
        String query = withoutLanguage(request.getQueryString());
        response.sendRedirect(address + (query.isEmpty() ? "" : "?" + query));
    }

    /** A query string without its {@code lang} parameters, the others kept in order and as encoded. */
    static String withoutLanguage(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        return Arrays.stream(query.split("&"))
                .filter(pair -> !pair.isEmpty() && !LocaleView.PARAMETER.equals(nameOf(pair)))
                .collect(Collectors.joining("&"));
    }

    private static String nameOf(String pair) {
        int equals = pair.indexOf('=');
        return equals < 0 ? pair : pair.substring(0, equals);
    }
}
