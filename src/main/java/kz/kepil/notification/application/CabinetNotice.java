package kz.kepil.notification.application;

import kz.kepil.notification.domain.CabinetEntry;

import java.time.Instant;
import java.util.Locale;

/** A notice as its recipient reads it, in Kazakh, Russian and English; {@code readAt} is null until read. */
public record CabinetNotice(long id, NoticeType type, String caseNumber, String service, String textKk, String textRu,
                            String textEn, Instant createdAt, Instant readAt) {

    static CabinetNotice of(CabinetEntry e) {
        CabinetEntry.Texts t = e.texts();
        return new CabinetNotice(e.id(), NoticeType.valueOf(e.noticeType()), e.caseNumber().orElse(null),
                e.service().orElse(null), t.kk(), t.ru(), t.en(), e.createdAt(), e.readAt().orElse(null));
    }

    /** The text in the reader's language: Russian or English when asked for, Kazakh otherwise. */
    public String text(Locale locale) {
        return switch (locale == null ? "kk" : locale.getLanguage()) {
            case "ru" -> textRu;
            case "en" -> textEn;
            default -> textKk;
        };
    }

    public boolean read() {
        return readAt != null;
    }
}
