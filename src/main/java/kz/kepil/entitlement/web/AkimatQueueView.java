package kz.kepil.entitlement.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.kepil.catalog.application.Classifier;
import kz.kepil.entitlement.application.Entitlements;
import kz.kepil.entitlement.domain.Measure;
import kz.kepil.entitlement.domain.MeasureStatus;
import kz.kepil.identity.application.CurrentCaller;
import kz.kepil.identity.application.KepilPrincipal;
import kz.kepil.identity.domain.Role;
import kz.kepil.platform.web.PageTexts;
import kz.kepil.shared.error.DomainException;
import kz.kepil.shared.region.application.Regions;
import kz.kepil.shared.region.domain.Akimat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * An akimat's queue of measures, in queue order, by status ({@code ?status=}, all when absent). A
 * specialist sees their own akimat; the authorised body and auditors choose one ({@code ?akimat=}).
 * Selection windows that end within {@value #SOON_DAYS} days are marked, in words; a replacement awaiting
 * consent shows until when the beneficiary may answer.
 */
@Named("akimatQueue")
@RequestScoped
public class AkimatQueueView {

    static final int SOON_DAYS = 7;

    /** A line of the queue, every text already in the page's language. */
    public record Row(long id, String queueNumber, String queueDate, String fullName, String iin, String typeName,
                      String quantityText, String statusText, String windowText, boolean soon) {
    }

    /** A status tab: its parameter (empty for all), label, address and whether it is the one shown. */
    public record Tab(String param, String label, String href, boolean current) {
    }

    @Inject
    Entitlements entitlements;

    @Inject
    CurrentCaller caller;

    @Inject
    Classifier classifier;

    @Inject
    Regions regions;

    @Inject
    Clock clock;

    private String akimat;
    private String status;
    private List<Row> rows;

    /** Reads the queue the parameters describe (f:viewAction). */
    public void load() {
        rows = List.of();
        String code = getAkimatCode();
        if (code == null) {
            return;
        }
        try {
            Instant now = clock.instant();
            rows = entitlements.ofAkimat(code, getStatusFilter()).stream().map(m -> row(m, now)).toList();
        } catch (DomainException e) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.refusal(e), null));
        }
    }

    /** The authorised body and auditors read every akimat; a specialist only their own. */
    public boolean isChooser() {
        KepilPrincipal who = caller.require();
        return who.hasRole(Role.AUTHORITY) || who.hasRole(Role.AUDITOR);
    }

    public List<Akimat> getAkimats() {
        return regions.akimats().stream().sorted(Comparator.comparing(Akimat::code)).toList();
    }

    public String akimatName(Akimat a) {
        return a.names().in(PageTexts.locale()) + " (" + a.code() + ")";
    }

    /** The akimat shown: the chosen one for a chooser (the first when none is chosen), else the caller's own. */
    public String getAkimatCode() {
        KepilPrincipal who = caller.require();
        if (isChooser()) {
            if (akimat != null && regions.akimat(akimat).isPresent()) {
                return akimat;
            }
            return getAkimats().stream().findFirst().map(Akimat::code).orElse(null);
        }
        return who.hasRole(Role.AKIMAT_SPECIALIST) ? who.akimatCode() : null;
    }

    /** Only an akimat's specialists, the authorised body and auditors read a queue; finance staff do not. */
    public boolean isMayRead() {
        return getAkimatCode() != null;
    }

    public String getAkimatTitle() {
        String code = getAkimatCode();
        return code == null ? "" : regions.akimat(code).map(this::akimatName).orElse(code);
    }

    public MeasureStatus getStatusFilter() {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return MeasureStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public List<Tab> getTabs() {
        MeasureStatus shown = getStatusFilter();
        List<Tab> tabs = new ArrayList<>();
        tabs.add(new Tab("", Texts.text("queue.all"), href(null), shown == null));
        Arrays.stream(MeasureStatus.values())
                .forEach(s -> tabs.add(new Tab(s.name(), Texts.status(s), href(s), s == shown)));
        return tabs;
    }

    public List<Row> getRows() {
        return rows == null ? List.of() : rows;
    }

    public String getCountText() {
        String filter = getStatusFilter() == null ? Texts.text("queue.all") : Texts.status(getStatusFilter());
        return Texts.format("queue.count", getRows().size(), filter);
    }

    private String href(MeasureStatus s) {
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        List<String> params = new ArrayList<>();
        if (isChooser() && getAkimatCode() != null) {
            params.add("akimat=" + URLEncoder.encode(getAkimatCode(), StandardCharsets.UTF_8));
        }
        if (s != null) {
            params.add("status=" + s.name());
        }
        return context + "/akimat/queue.xhtml" + (params.isEmpty() ? "" : "?" + String.join("&", params));
    }

    private Row row(Measure m, Instant now) {
        boolean soon = m.status() == MeasureStatus.SELECTABLE && m.selectableUntil()
                .map(u -> u.isAfter(now) && Duration.between(now, u).compareTo(Duration.ofDays(SOON_DAYS)) <= 0).orElse(false);
        String window = switch (m.status()) {
            case AWAITING_CONSENT -> m.consentDueBy().map(u -> Texts.format("queue.consentDue", Texts.deadline(u))).orElse("—");
            case DECLINED -> Texts.format("queue.declinedSince", Texts.dateTime(m.statusSince()));
            case SELECTABLE -> m.selectableUntil().map(u -> Texts.format("queue.windowEnds", Texts.deadline(u))).orElse("—");
            case BLOCKED -> Texts.format("queue.blockedSince", Texts.dateTime(m.statusSince()));
            case CLOSED -> Texts.format("queue.closedSince", Texts.dateTime(m.statusSince()),
                    m.closedReason().map(r -> Texts.has("closed." + r) ? Texts.text("closed." + r) : r).orElse(""));
            default -> "—";
        };
        return new Row(m.id(), m.queueNumber(), Texts.date(m.queueDate()), m.fullName(), m.iin(),
                Texts.typeName(classifier, m.classifierCode()),
                Texts.format("measure.quantityValue", m.usedQuantity(), m.remainingQuantity(), m.quantity()),
                Texts.status(m.status()), window, soon);
    }

    public String getAkimat() {
        return akimat;
    }

    public void setAkimat(String akimat) {
        this.akimat = akimat == null || akimat.isBlank() ? null : akimat.strip();
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
