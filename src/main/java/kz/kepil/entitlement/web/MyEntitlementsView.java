package kz.kepil.entitlement.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.kepil.catalog.application.Classifier;
import kz.kepil.entitlement.application.Entitlements;
import kz.kepil.catalog.domain.ClassifierCode;
import kz.kepil.entitlement.domain.Consent;
import kz.kepil.entitlement.domain.Measure;
import kz.kepil.entitlement.domain.MeasureStatus;
import kz.kepil.identity.application.CurrentCaller;
import kz.kepil.identity.application.KepilPrincipal;
import kz.kepil.identity.application.Representations;
import kz.kepil.identity.domain.Role;
import kz.kepil.shared.domain.Iin;
import kz.kepil.shared.error.DomainException;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cabinet's "my entitlements": the caller's measures or, for a representative, those of the person
 * chosen ({@code ?for=<IIN>}), each with the deadline that binds it said in words. A blocked measure
 * offers the request to reactivate selection; a selectable one leads to the catalog filtered to its type
 * and region; a replacement awaiting consent offers to consent or refuse until its deadline. A type with
 * a quarterly minimum says it. Who may see whose measures is decided by {@link Entitlements}; a refusal is shown.
 */
@Named("myEntitlements")
@ViewScoped
public class MyEntitlementsView implements Serializable {

    /** The rows as read in this request; the bean outlives requests, the measures may change between them. */
    private static final String LOADED = MyEntitlementsView.class.getName() + ".rows";

    /** A measure as the page shows it, every text already in the page's language. */
    public record Row(long id, String typeName, String typeCode, String regionCode, MeasureStatus status,
                      String statusText, String quantityText, String deadline, String reminder, String queueText,
                      String validTo, String catalogHref, String minimumText, String consentText) {

        public boolean isBlocked() {
            return status == MeasureStatus.BLOCKED;
        }

        public boolean isAwaitingConsent() {
            return status == MeasureStatus.AWAITING_CONSENT;
        }

        public boolean isSelectable() {
            return status == MeasureStatus.SELECTABLE;
        }
    }

    /** A person whose measures the caller may see: themself or someone they represent. */
    public record Person(String iin, String label) implements Serializable {
    }

    @Inject
    transient Entitlements entitlements;

    @Inject
    transient Representations representations;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient Classifier classifier;

    /** The IIN asked for (f:viewParam {@code for}); empty is the caller, or a representative's first person. */
    private String forIin;
    private List<Person> people;

    public String getPerson() {
        return forIin;
    }

    public void setPerson(String value) {
        this.forIin = value == null || value.isBlank() ? null : value.strip();
    }

    /** The people the caller may choose from: themself if a beneficiary, then those they represent today. */
    public List<Person> getPeople() {
        if (people == null) {
            KepilPrincipal who = caller.require();
            Map<String, Person> found = new LinkedHashMap<>();
            for (String iin : representations.peopleOfCaller()) {
                if (!iin.equals(who.iin())) {
                    found.put(iin, new Person(iin, label(iin)));
                } else if (who.hasRole(Role.BENEFICIARY)) {
                    found.put(iin, new Person(iin, Texts.text("entitlements.person.me")));
                }
            }
            people = new ArrayList<>(found.values());
        }
        return people;
    }

    /** A selector only makes sense for someone who acts for another person. */
    public boolean isSelectorShown() {
        return getPeople().stream().anyMatch(p -> !p.iin().equals(caller.require().iin()));
    }

    /** Whose measures are shown: the one asked for, else the caller, else the first person represented. */
    public String getShownIin() {
        if (forIin != null) {
            return forIin;
        }
        KepilPrincipal who = caller.require();
        if (who.hasRole(Role.BENEFICIARY) || getPeople().isEmpty()) {
            return who.iin();
        }
        return getPeople().get(0).iin();
    }

    public boolean isShown(Person person) {
        return person.iin().equals(getShownIin());
    }

    /** Reads the measures before the page is drawn, so that a refusal reaches the page's messages (f:viewAction). */
    public void load() {
        getRows();
    }

    /** The measures, read once per request; a refusal (another person's IIN) is shown and leaves none. */
    public List<Row> getRows() {
        @SuppressWarnings("unchecked")
        List<Row> rows = (List<Row>) FacesContext.getCurrentInstance().getAttributes().computeIfAbsent(LOADED, key -> read());
        return rows;
    }

    private List<Row> read() {
        try {
            String iin = getShownIin();
            if (!Iin.isValid(iin)) {
                message(FacesMessage.SEVERITY_ERROR, Texts.text("entitlements.iinInvalid"));
                return List.of();
            }
            return entitlements.of(iin).stream().map(this::row).toList();
        } catch (DomainException e) {
            message(FacesMessage.SEVERITY_ERROR, Texts.refusal(e));
            return List.of();
        }
    }

    /**
     * The person asks to choose again: the measure goes back through the queue, which may open it at once.
     * The page is then asked for afresh (post, redirect, get), the result kept in the flash: reading the
     * measures again in the request that changed them finds the request's persistence context closed.
     */
    public String activate(long measureId) {
        try {
            Measure m = entitlements.requestActivation(measureId);
            String type = Texts.typeName(classifier, m.classifierCode());
            message(FacesMessage.SEVERITY_INFO, m.status() == MeasureStatus.SELECTABLE
                    ? Texts.format("activation.reopened", type, Texts.deadline(m.selectableUntil().orElseThrow()))
                    : Texts.format("activation.queued", type));
        } catch (DomainException e) {
            message(FacesMessage.SEVERITY_ERROR, Texts.text("activation.refused") + " " + Texts.refusal(e));
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/cabinet/entitlements?faces-redirect=true" + (forIin == null ? "" : "&for=" + encode(forIin));
    }

    /**
     * The person consents to the replacement or refuses it, before the deadline; answered as
     * {@link #activate} is, by a redirect.
     */
    public String answerConsent(long measureId, boolean consent) {
        try {
            Measure m = entitlements.answerConsent(measureId, consent);
            String type = Texts.typeName(classifier, m.classifierCode());
            message(FacesMessage.SEVERITY_INFO, !consent ? Texts.format("consent.refusedDone", type)
                    : m.status() == MeasureStatus.SELECTABLE
                    ? Texts.format("consent.givenOpened", type, Texts.deadline(m.selectableUntil().orElseThrow()))
                    : Texts.format("consent.givenQueued", type));
        } catch (DomainException e) {
            message(FacesMessage.SEVERITY_ERROR, Texts.text("consent.failed") + " " + Texts.refusal(e));
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/cabinet/entitlements?faces-redirect=true" + (forIin == null ? "" : "&for=" + encode(forIin));
    }

    private Row row(Measure m) {
        String type = Texts.typeName(classifier, m.classifierCode());
        String deadline = switch (m.status()) {
            case AWAITING_CONSENT -> m.consentDueBy().map(u -> Texts.format("deadline.consent", Texts.deadline(u))).orElse("");
            case DECLINED -> Texts.format("deadline.declined", Texts.dateTime(m.statusSince()));
            case QUEUED -> m.requeuedAt().map(at -> Texts.format("deadline.requeued", Texts.dateTime(at)))
                    .orElse(Texts.text("deadline.queued"));
            case SELECTABLE -> m.selectableUntil().map(u -> Texts.format("deadline.selectable", Texts.deadline(u))).orElse("");
            case BLOCKED -> Texts.format("deadline.blocked", Texts.dateTime(m.statusSince()));
            case ORDERED -> Texts.text("deadline.ordered");
            case FULFILLED -> Texts.text("deadline.fulfilled");
            case CLOSED -> Texts.format("deadline.closed", Texts.dateTime(m.statusSince()),
                    m.closedReason().map(r -> Texts.has("closed." + r) ? Texts.text("closed." + r) : r).orElse(""));
        };
        String reminder = m.status() != MeasureStatus.SELECTABLE ? null
                : m.remindedAt().map(at -> Texts.format("reminder.sent", Texts.dateTime(at)))
                .orElse(m.remindAt().map(at -> Texts.format("reminder.due", Texts.dateTime(at))).orElse(null));
        String href = "/catalog/index.xhtml?type=" + encode(m.classifierCode()) + "&region=" + encode(m.regionCode());
        String minimum = quarterlyMinimum(m.classifierCode()).map(min -> Texts.format("measure.quarterlyMinValue", min)).orElse(null);
        String consent = m.consent().filter(c -> c.answer() == Consent.Answer.CONSENTED)
                .map(c -> Texts.format("consent.given", Texts.dateTime(c.at()), Texts.text("consent.via." + c.via().name())))
                .orElse(null);
        return new Row(m.id(), type, m.classifierCode(), m.regionCode(), m.status(), Texts.status(m.status()),
                Texts.format("measure.quantityValue", m.usedQuantity(), m.remainingQuantity(), m.quantity()), deadline, reminder,
                Texts.format("measure.queueValue", m.queueNumber(), Texts.date(m.queueDate())), Texts.date(m.iprValidTo()), href,
                minimum, consent);
    }

    /** The least an order of the type takes, a quarter's supply, where the norms set one. */
    private Optional<Integer> quarterlyMinimum(String code) {
        try {
            return classifier.find(new ClassifierCode(code)).flatMap(t -> t.quarterlyMin().isPresent()
                    ? Optional.of(t.quarterlyMin().getAsInt()) : Optional.empty());
        } catch (DomainException notACode) {
            return Optional.empty();
        }
    }

    /** A represented person is named by their name as E-Sobes sent it, when there is a measure to take it from. */
    private String label(String iin) {
        try {
            return entitlements.of(iin).stream().findFirst().map(m -> m.fullName() + " (" + iin + ")").orElse(iin);
        } catch (DomainException e) {
            return iin;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void message(FacesMessage.Severity severity, String summary) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, summary, null));
    }
}
