package kz.kepil.ordering.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.kepil.entitlement.application.Entitlements;
import kz.kepil.entitlement.domain.Measure;
import kz.kepil.entitlement.domain.MeasureStatus;
import kz.kepil.identity.application.CurrentCaller;
import kz.kepil.identity.application.KepilPrincipal;
import kz.kepil.identity.application.Representations;
import kz.kepil.identity.domain.Role;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The way from a product card to ordering it: for a signed-in beneficiary or representative, each
 * entitlement open for choosing that the product fits (its type, in a region the product is offered in),
 * as a link into the order wizard with the product already chosen. Nobody else gets any.
 */
@Named("orderLinks")
@RequestScoped
public class OrderLinks {

    /** A link into the wizard for one entitlement, named for the person when it is someone represented. */
    public record Link(String href, String label) {
    }

    @Inject
    CurrentCaller caller;

    @Inject
    Representations representations;

    @Inject
    Entitlements entitlements;

    public List<Link> forProduct(long productId, String typeCode, Collection<String> regions) {
        KepilPrincipal who = caller.principal().orElse(null);
        if (who == null || !(who.hasRole(Role.BENEFICIARY) || who.hasRole(Role.REPRESENTATIVE))) {
            return List.of();
        }
        List<Link> links = new ArrayList<>();
        for (String iin : representations.peopleOfCaller()) {
            for (Measure m : entitlements.of(iin)) {
                if (m.status() == MeasureStatus.SELECTABLE && m.classifierCode().equals(typeCode) && regions.contains(m.regionCode())) {
                    String href = "/cabinet/order-new.xhtml?entitlement=" + m.id() + "&product=" + productId;
                    links.add(new Link(href, iin.equals(who.iin()) ? OrderLine.TEXTS.text("links.order")
                            : OrderLine.TEXTS.format("links.orderFor", m.fullName())));
                }
            }
        }
        return links;
    }
}
