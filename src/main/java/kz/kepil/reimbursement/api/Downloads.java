package kz.kepil.reimbursement.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import kz.kepil.platform.api.QueryParams;
import kz.kepil.reimbursement.domain.ReportFile;
import kz.kepil.reimbursement.domain.ReportTexts;
import kz.kepil.shared.error.DomainException;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** How the finance reports leave the portal: as a download, streamed, in the language asked for. */
final class Downloads {

    private Downloads() {
    }

    /**
     * The report streamed to the client as an attachment; it was made before the response starts, so a
     * refusal or a fault is still a problem, never half a file. Not kept by caches: it holds personal data.
     */
    static Response of(ReportFile file) {
        StreamingOutput body = file::writeTo;
        String ascii = file.name().replaceAll("[^A-Za-z0-9._-]", "_");
        return Response.ok(body, file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(file.name(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("Cache-Control", "no-store").build();
    }

    /** The report's language: {@code ?lang=kk|ru|en}, else the first of these the client accepts, else Kazakh. */
    static ReportTexts texts(String lang, HttpHeaders headers) {
        String chosen = QueryParams.text(lang);
        if (chosen != null) {
            if (!ReportTexts.LANGUAGES.contains(chosen.toLowerCase(Locale.ROOT))) {
                throw DomainException.invalid("VALIDATION_FAILED", "lang is one of " + ReportTexts.LANGUAGES);
            }
            return ReportTexts.in(Locale.forLanguageTag(chosen.toLowerCase(Locale.ROOT)));
        }
        return ReportTexts.in(headers == null ? List.of() : headers.getAcceptableLanguages());
    }

    /** The portal's page where anyone verifies a signed document. */
    static String verifyUrl(UriInfo uri) {
        return uri.getBaseUri().resolve("../../verify.xhtml").toString();
    }

    /** A day such as 2026-03-31, or null when not given. */
    static LocalDate day(String value, String name) {
        String v = QueryParams.text(value);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("VALIDATION_FAILED", name + " is a day such as 2026-03-31");
        }
    }
}
