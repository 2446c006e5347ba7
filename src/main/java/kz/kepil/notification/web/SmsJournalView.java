package kz.kepil.notification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.kepil.catalog.application.Classifier;
import kz.kepil.catalog.domain.ClassifierCode;
import kz.kepil.notification.application.Notifications;
import kz.kepil.notification.application.SmsRecord;
import kz.kepil.platform.web.PageTexts;
import kz.kepil.shared.domain.Iin;
import kz.kepil.shared.domain.KzTime;
import kz.kepil.shared.error.DomainException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The SMS journal for the akimat: filtered by IIN and by the days (Almaty) the SMS were queued, from
 * inclusive, to including its day. Every field of the journal, the type and status in words. Who sees
 * which SMS is decided by {@link Notifications#journal}; a value that does not parse is said so and left out.
 */
@Named("smsJournal")
@RequestScoped
public class SmsJournalView {

    static final int LIMIT = 500;

    /** A journal line as the page shows it. */
    public record Row(long id, String iin, String fullName, String birthDate, String caseNumber, String service,
                      String type, String phone, String specialist, String text, String queuedAt, String sentAt,
                      String status, int attempts, String responseCode, String reply) {
    }

    @Inject
    Notifications notifications;

    @Inject
    Classifier classifier;

    private String iin;
    private String from;
    private String to;
    private List<Row> rows = List.of();

    /** Reads the journal the filters describe (f:viewAction). */
    public void load() {
        String iinFilter = blankToNull(iin);
        if (iinFilter != null && !Iin.isValid(iinFilter)) {
            error(Texts.text("journal.iinInvalid"));
            iinFilter = null;
        }
        Instant fromAt = day(from, false, "journal.from");
        Instant toAt = day(to, true, "journal.to");
        try {
            rows = notifications.journal(iinFilter, fromAt, toAt, LIMIT).stream().map(this::row).toList();
        } catch (DomainException e) {
            error(Texts.refusal(e));
        }
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getCountText() {
        return rows.size() >= LIMIT ? Texts.format("journal.countLimited", LIMIT) : Texts.format("journal.count", rows.size());
    }

    private Row row(SmsRecord r) {
        String type = "type." + r.type().name();
        return new Row(r.id(), dash(r.iin()), dash(r.fullName()), r.birthDate() == null ? "—" : PageTexts.date(r.birthDate()),
                dash(r.caseNumber()), r.service() == null ? "—" : serviceName(r.service()),
                Texts.has(type) ? Texts.text(type) : r.type().name(), dash(r.phone()), dash(r.specialist()), r.text(),
                Texts.dateTime(r.queuedAt()), r.sentAt() == null ? "—" : Texts.dateTime(r.sentAt()),
                Texts.text("smsStatus." + r.status().name()), r.attempts(), dash(r.responseCode()), reply(r));
    }

    /** A question's code and, once answered, the answer: how, by whom, when and what an SMS reply said. */
    private static String reply(SmsRecord r) {
        if (r.replyCode() == null) {
            return "—";
        }
        if (r.reply() == null) {
            return Texts.format("reply.awaited", r.replyCode());
        }
        return Texts.format("reply.given", Texts.text("reply.answer." + r.reply().answer().name()),
                Texts.text("reply.via." + r.reply().via().name()), r.reply().by(), Texts.dateTime(r.reply().at()),
                r.reply().text() == null ? "" : " «" + r.reply().text() + "»");
    }

    /** The service is a classifier code: its name in the page's language, with the code. */
    private String serviceName(String code) {
        try {
            return classifier.find(new ClassifierCode(code)).map(t -> t.names().in(PageTexts.locale()) + " (" + code + ")")
                    .orElse(code);
        } catch (DomainException notACode) {
            return code;
        }
    }

    /** A day from a date field, as its first instant in Almaty, or for an upper bound the next day's. */
    private Instant day(String value, boolean upper, String label) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(v);
            return (upper ? d.plusDays(1) : d).atStartOfDay(KzTime.ALMATY).toInstant();
        } catch (DateTimeParseException e) {
            error(Texts.format("journal.dateInvalid", Texts.text(label)));
            return null;
        }
    }

    private static String dash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void error(String summary) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, null));
    }

    public String getIin() {
        return iin;
    }

    public void setIin(String iin) {
        this.iin = iin;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
