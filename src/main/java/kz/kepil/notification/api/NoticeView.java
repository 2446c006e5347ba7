package kz.kepil.notification.api;

import kz.kepil.notification.application.CabinetNotice;

import java.time.Instant;
import java.util.Map;

/** A cabinet notice: {@code text} in the language asked for (Accept-Language), {@code texts} in all three. */
public record NoticeView(long id, String type, String caseNumber, String service, String text, Map<String, String> texts,
                         Instant createdAt, boolean read, Instant readAt) {

    static NoticeView of(CabinetNotice n, java.util.Locale locale) {
        return new NoticeView(n.id(), n.type().name(), n.caseNumber(), n.service(), n.text(locale),
                Map.of("kk", n.textKk(), "ru", n.textRu(), "en", n.textEn()), n.createdAt(), n.read(), n.readAt());
    }
}
