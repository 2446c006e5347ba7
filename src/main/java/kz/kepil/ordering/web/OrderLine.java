package kz.kepil.ordering.web;

import kz.kepil.catalog.application.Classifier;
import kz.kepil.ordering.domain.Order;
import kz.kepil.ordering.domain.OrderStatus;
import kz.kepil.platform.web.PageTexts;
import kz.kepil.shared.domain.KzTime;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An order as the ordering pages show it, every text already in the page's language: its amounts, where
 * it stands and what the reader should do next, said for the audience reading it (the beneficiary, the
 * supplier, the akimat). {@code service}: an hourly service, acted month by month once accepted.
 * {@code deliveryActDue}: the supplier may sign its delivery act now (not an hourly service).
 * {@code cancellable}: the beneficiary may still cancel it (before the decision, or an accepted stay before
 * its deadline).
 * {@code stay}: a sanatorium stay, with its day of arrival, last day, the last moment it may be cancelled
 * after acceptance, the arrival and departure recorded, and which of them the supplier may record now.
 */
public record OrderLine(long id, String number, String iin, OrderStatus status, String statusText, String productName, String typeName,
                        long productId, long supplierId, String region, int quantity, String price, String guaranteedSum,
                        String stateAmount, String topUp, boolean hasTopUp, String total, String created, String submitted,
                        String decisionDue, boolean overdue, String decided, String refusal, String topUpPaid,
                        String topUpReference, String delivered, String completed, String closedReason, String next,
                        boolean service, boolean deliveryActDue, boolean cancellable, Stay stay)
        implements Serializable {

    /** A sanatorium stay as the pages show it; {@code null} on other orders. */
    public record Stay(String arrival, String lastDay, String cancellableUntil, String arrivedOn,
                       String departedOn, boolean arrivalRecordable, boolean departureRecordable, boolean noShowRecordable)
            implements Serializable {

        static Stay of(Order o, Instant now) {
            return o.stay().map(s -> {
                LocalDate today = LocalDate.ofInstant(now, KzTime.ALMATY);
                boolean accepted = o.status() == OrderStatus.ACCEPTED;
                boolean arrived = o.arrivedOn().isPresent();
                return new Stay(PageTexts.date(s.arrival()), PageTexts.date(s.lastDay()), TEXTS.deadline(s.cancellableUntil()),
                        o.arrivedOn().map(PageTexts::date).orElse(""),
                        o.departedOn().map(PageTexts::date).orElse(""),
                        accepted && !arrived && !today.isBefore(s.arrival()),
                        accepted && arrived && o.departedOn().isEmpty(),
                        accepted && !arrived && today.isAfter(s.arrival()));
            }).orElse(null);
        }
    }

    static final String BUNDLE = "kz.kepil.ordering.web.messages";
    static final PageTexts TEXTS = new PageTexts(BUNDLE);

    /** Whose page the line is on: the next step is said to them. */
    enum Audience {
        BENEFICIARY, SUPPLIER, AKIMAT
    }

    static OrderLine of(Order o, Classifier classifier, Audience audience, Instant now) {
        boolean overdue = o.status() == OrderStatus.SUBMITTED && o.decisionDue().map(d -> !now.isBefore(d)).orElse(false);
        boolean service = classifier.find(new kz.kepil.catalog.domain.ClassifierCode(o.classifierCode()))
                .map(kz.kepil.catalog.domain.ClassifierType::hourly).orElse(false);
        String closed = o.closedReason().map(r -> TEXTS.has("closed." + r) ? TEXTS.text("closed." + r) : r).orElse("");
        return new OrderLine(o.id(), o.number(), o.iin(), o.status(), TEXTS.text("status." + o.status()), o.productName(),
                classifier.nameOf(o.classifierCode(), PageTexts.locale()), o.productId(), o.supplierId(), o.regionCode(), o.quantity(),
                PageTexts.tenge(o.price()), PageTexts.tenge(o.guaranteedSum()), PageTexts.tenge(o.stateAmount()),
                PageTexts.tenge(o.topUp()), o.topUp().amount().signum() > 0, PageTexts.tenge(o.total()),
                PageTexts.dateTime(o.createdAt()), o.submittedAt().map(PageTexts::dateTime).orElse(""),
                o.decisionDue().map(TEXTS::deadline).orElse(""), overdue, o.decidedAt().map(PageTexts::dateTime).orElse(""),
                o.refusalReason().map(r -> TEXTS.text("refusal." + r)).orElse(""),
                o.topUpPaid().map(PageTexts::tenge).orElse(""), o.topUpReference().orElse(""),
                o.deliveredAt().map(PageTexts::dateTime).orElse(""), o.completedAt().map(PageTexts::dateTime).orElse(""),
                closed, next(o, audience, overdue, service), service, !service && o.deliveryActDue(), o.cancellableByBeneficiary(now),
                Stay.of(o, now));
    }

    /** What the reader does next, or what they wait for. */
    private static String next(Order o, Audience audience, boolean overdue, boolean service) {
        String due = o.decisionDue().map(TEXTS::deadline).orElse("");
        String key = "next." + audience.name().toLowerCase(java.util.Locale.ROOT) + "." + o.status();
        if (o.status() == OrderStatus.SUBMITTED && overdue) {
            key += ".overdue";
        }
        if (o.status() == OrderStatus.ACCEPTED && service) {
            key += ".service";
        } else if (o.status() == OrderStatus.ACCEPTED && o.stay().isPresent()) {
            key += ".stay";
        } else if (o.status() == OrderStatus.ACCEPTED && o.topUp().amount().signum() > 0 && o.topUpPaid().isEmpty()) {
            key += ".topUp";
        }
        return TEXTS.has(key) ? TEXTS.format(key, due, PageTexts.tenge(o.topUp())) : "";
    }

    public boolean isDraft() {
        return status == OrderStatus.DRAFT;
    }

    public boolean isSubmitted() {
        return status == OrderStatus.SUBMITTED;
    }

    public boolean isAccepted() {
        return status == OrderStatus.ACCEPTED;
    }

    public boolean isDelivered() {
        return status == OrderStatus.DELIVERED_BY_SUPPLIER;
    }

    /** The beneficiary may still cancel: before the supplier decided, or an accepted stay before its deadline. */
    public boolean isCancellable() {
        return cancellable;
    }

    /** The supplier signs the delivery act now. */
    public boolean isDeliveryActDue() {
        return deliveryActDue;
    }

    /** A sanatorium stay. */
    public boolean isStayOrder() {
        return stay != null;
    }

    /** A top-up is due and not yet recorded (an hourly service's top-up is paid month by month, as its acts show). */
    public boolean isTopUpDue() {
        return status == OrderStatus.ACCEPTED && hasTopUp && topUpPaid.isEmpty() && !service;
    }

    /** An hourly service accepted and in service: acted month by month. */
    public boolean isInService() {
        return status == OrderStatus.ACCEPTED && service;
    }
}
