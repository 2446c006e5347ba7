package kz.kepil.registry.domain;

import kz.kepil.catalog.domain.ProductCategory;
import kz.kepil.shared.error.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The registry's states and decisions (DOMAIN.md §5), each transition and each refusal. */
class SupplierTest {

    private static final Instant NOW = Instant.parse("2026-11-23T05:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final int CONTRACT = 1;
    private static final RegistryPolicy POLICY = RegistryPolicy.DEFAULT;

    private static Supplier applied() {
        return new Supplier(SupplierKind.LEGAL_ENTITY, "100440000004", "Мейірім медтехника", Set.of("KZ-75"),
                EnumSet.of(ProductCategory.HYGIENE_MEANS), "KZ86125KZT5004100100", "HSBKKZKX", "a@b.kz", "+77010000003", NOW);
    }

    private static Supplier listed() {
        Supplier s = applied();
        s.contractSigned(CONTRACT, 1L);
        s.decide(Decision.ADMIT, Ground.DOCUMENTS_COMPLETE, CONTRACT, TODAY, null, POLICY, NOW);
        return s;
    }

    private static Supplier pending(LocalDate objectUntil) {
        Supplier s = listed();
        s.decide(Decision.OPEN_EXCLUSION, Ground.UNANSWERED_ORDERS, CONTRACT, TODAY, objectUntil, POLICY, NOW);
        return s;
    }

    private static void refused(Runnable action, String code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void aNewSupplierIsAppliedAndTakesNoOrders() {
        Supplier s = applied();

        assertThat(s.status()).isEqualTo(SupplierStatus.APPLIED);
        assertThat(s.status().takesNewOrders()).isFalse();
    }

    @Test
    void admissionNeedsTheCurrentContractSigned() {
        Supplier s = applied();
        refused(() -> s.decide(Decision.ADMIT, Ground.DOCUMENTS_COMPLETE, CONTRACT, TODAY, null, POLICY, NOW), "CONTRACT_NOT_SIGNED");

        s.contractSigned(CONTRACT, 7L);
        s.decide(Decision.ADMIT, Ground.DOCUMENTS_COMPLETE, CONTRACT, TODAY, null, POLICY, NOW);

        assertThat(s.status()).isEqualTo(SupplierStatus.LISTED);
        assertThat(s.status().takesNewOrders()).isTrue();
    }

    @Test
    void aListedSupplierTakesNoNewOrdersUntilItSignsANewContractVersion() {
        Supplier s = listed();
        assertThat(s.takesNewOrders(1)).isTrue();
        assertThat(s.takesNewOrders(2)).isFalse();
        s.contractSigned(2, 99L);
        assertThat(s.takesNewOrders(2)).isTrue();
        assertThat(applied().takesNewOrders(1)).isFalse();
    }

    @Test
    void anOlderContractVersionDoesNotAdmit() {
        Supplier s = applied();
        s.contractSigned(1, 7L);

        refused(() -> s.decide(Decision.ADMIT, Ground.DOCUMENTS_COMPLETE, 2, TODAY, null, POLICY, NOW), "CONTRACT_NOT_SIGNED");
    }

    @Test
    void admissionNeedsStateRegistrationAndForGoodsAConformityCertificate() {
        Supplier s = applied();

        refused(() -> s.checkDocumentsForAdmission(EnumSet.of(DocumentType.STATE_REGISTRATION)), "DOCUMENTS_MISSING");
        s.checkDocumentsForAdmission(EnumSet.of(DocumentType.STATE_REGISTRATION, DocumentType.CONFORMITY_CERTIFICATE));
    }

    @Test
    void licensedActivitiesNeedALicence() {
        assertThat(DocumentType.requiredFor(EnumSet.of(ProductCategory.SANATORIUM_TREATMENT)))
                .containsExactlyInAnyOrder(DocumentType.STATE_REGISTRATION, DocumentType.LICENCE);
        assertThat(DocumentType.requiredFor(EnumSet.of(ProductCategory.PERSONAL_ASSISTANT)))
                .containsExactly(DocumentType.STATE_REGISTRATION);
    }

    @Test
    void anApplicationCanBeRejected() {
        Supplier s = applied();
        s.decide(Decision.REJECT, Ground.DOCUMENTS_INCOMPLETE, CONTRACT, TODAY, null, POLICY, NOW);

        assertThat(s.status()).isEqualTo(SupplierStatus.REJECTED);
        assertThat(s.readmissionNotBefore()).isEmpty();
    }

    @Test
    void suspendedSupplierTakesNoNewOrdersAndCanBeReinstated() {
        Supplier s = listed();
        s.decide(Decision.SUSPEND, Ground.SIGNATORY_CERTIFICATE_REVOKED, CONTRACT, TODAY, null, POLICY, NOW);
        assertThat(s.status()).isEqualTo(SupplierStatus.SUSPENDED);
        assertThat(s.status().takesNewOrders()).isFalse();

        s.decide(Decision.REINSTATE, Ground.GROUNDS_REMOVED, CONTRACT, TODAY, null, POLICY, NOW);

        assertThat(s.status()).isEqualTo(SupplierStatus.LISTED);
    }

    @Test
    void aSuspensionByThePortalIsOpenToObjectionUntilItsDeadline() {
        Supplier s = listed();
        s.decide(Decision.SUSPEND, Ground.SIGNATORY_CERTIFICATE_REVOKED, CONTRACT, TODAY, TODAY.plusDays(14), POLICY, NOW);

        assertThat(s.status()).isEqualTo(SupplierStatus.SUSPENDED);
        assertThat(s.mayObject()).isTrue();
        assertThat(s.objectionDeadline()).contains(TODAY.plusDays(14));
        refused(() -> s.object("late", TODAY.plusDays(15), NOW), "OBJECTION_WINDOW_CLOSED");
        s.object("The certificate was replaced; the new one is attached.", TODAY.plusDays(14), NOW);
        assertThat(s.objection()).contains("The certificate was replaced; the new one is attached.");
        refused(() -> s.object("again", TODAY, NOW), "OBJECTION_EXISTS");

        s.decide(Decision.REINSTATE, Ground.OBJECTION_UPHELD, CONTRACT, TODAY, null, POLICY, NOW);
        assertThat(s.status()).isEqualTo(SupplierStatus.LISTED);
        assertThat(s.objectionDeadline()).isEmpty();
        assertThat(s.mayObject()).isFalse();
    }

    @Test
    void aSuspensionSignedByTheCommissionIsNotOpenToObjection() {
        Supplier s = listed();
        s.decide(Decision.SUSPEND, Ground.LIQUIDATION, CONTRACT, TODAY, null, POLICY, NOW);

        assertThat(s.mayObject()).isFalse();
        refused(() -> s.object("objection", TODAY, NOW), "ILLEGAL_TRANSITION");
    }

    @Test
    void supplierAtTheStageOfExclusionTakesNoNewOrders() {
        Supplier s = pending(TODAY.plusDays(14));

        assertThat(s.status()).isEqualTo(SupplierStatus.EXCLUSION_PENDING);
        assertThat(s.status().takesNewOrders()).isFalse();
        assertThat(s.objectionDeadline()).contains(TODAY.plusDays(14));
    }

    @Test
    void exclusionWaitsForTheObjectionWindowToClose() {
        Supplier s = pending(TODAY);
        refused(() -> s.decide(Decision.EXCLUDE, Ground.UNANSWERED_ORDERS, CONTRACT, TODAY, null, POLICY, NOW), "OBJECTION_WINDOW_OPEN");

        s.decide(Decision.EXCLUDE, Ground.UNANSWERED_ORDERS, CONTRACT, TODAY.plusDays(1), null, POLICY, NOW);

        assertThat(s.status()).isEqualTo(SupplierStatus.DELISTED);
    }

    @Test
    void theSupplierMayObjectOnceUntilTheDeadline() {
        Supplier s = pending(TODAY.plusDays(14));
        refused(() -> s.object(" ", TODAY, NOW), "VALIDATION_FAILED");

        s.object("All orders were answered in time; see the acts.", TODAY.plusDays(14), NOW);

        assertThat(s.objection()).contains("All orders were answered in time; see the acts.");
        refused(() -> s.object("again", TODAY, NOW), "OBJECTION_EXISTS");
    }

    @Test
    void noObjectionAfterTheDeadlineOrWithoutProceedings() {
        refused(() -> pending(TODAY).object("late", TODAY.plusDays(1), NOW), "OBJECTION_WINDOW_CLOSED");
        refused(() -> listed().object("nothing to object to", TODAY, NOW), "ILLEGAL_TRANSITION");
    }

    @Test
    void forcedExclusionBarsReadmissionForTwelveMonths() {
        Supplier s = pending(TODAY.minusDays(1));
        s.decide(Decision.EXCLUDE, Ground.COLLUSION, CONTRACT, TODAY, null, POLICY, NOW);

        assertThat(s.readmissionNotBefore()).contains(TODAY.plusMonths(12));
        refused(() -> s.allowsNewApplication(TODAY.plusMonths(12).minusDays(1)), "READMISSION_TOO_EARLY");
        s.allowsNewApplication(TODAY.plusMonths(12));
    }

    @Test
    void anObjectionUpheldReinstatesTheSupplier() {
        Supplier s = pending(TODAY.plusDays(10));
        s.decide(Decision.REINSTATE, Ground.OBJECTION_UPHELD, CONTRACT, TODAY, null, POLICY, NOW);

        assertThat(s.status()).isEqualTo(SupplierStatus.LISTED);
        assertThat(s.objectionDeadline()).isEmpty();
    }

    @Test
    void aSupplierThatAsksToLeaveIsExcludedOnItsOwnRequestWithoutCoolingOff() {
        Supplier s = listed();
        s.requestWithdrawal(NOW);
        assertThat(s.status()).isEqualTo(SupplierStatus.WITHDRAWAL_REQUESTED);
        assertThat(s.status().takesNewOrders()).isFalse();
        refused(() -> s.decide(Decision.EXCLUDE, Ground.COLLUSION, CONTRACT, TODAY, null, POLICY, NOW), "GROUND_INVALID");

        s.decide(Decision.EXCLUDE, Ground.OWN_REQUEST, CONTRACT, TODAY, null, POLICY, NOW);

        assertThat(s.status()).isEqualTo(SupplierStatus.DELISTED);
        assertThat(s.readmissionNotBefore()).isEmpty();
        s.allowsNewApplication(TODAY);
    }

    @Test
    void groundMustFitTheDecision() {
        refused(() -> listed().decide(Decision.SUSPEND, Ground.DOCUMENTS_COMPLETE, CONTRACT, TODAY, null, POLICY, NOW), "GROUND_INVALID");
    }

    @ParameterizedTest
    @EnumSource(Decision.class)
    void everyDecisionIsRefusedFromAStateItDoesNotStartFrom(Decision decision) {
        for (SupplierStatus from : SupplierStatus.values()) {
            if (decision.allowedFrom(from)) {
                continue;
            }
            Supplier s = inState(from);
            Ground ground = java.util.Arrays.stream(Ground.values()).filter(g -> g.fits(decision)).findFirst().orElseThrow();
            SupplierStatus before = s.status();
            refused(() -> s.decide(decision, ground, CONTRACT, TODAY.plusYears(1), TODAY, POLICY, NOW), "ILLEGAL_TRANSITION");
            assertThat(s.status()).as(decision + " from " + from).isEqualTo(before);
        }
    }

    @Test
    void anActiveSupplierCannotApplyAgain() {
        refused(() -> listed().allowsNewApplication(TODAY), "SUPPLIER_EXISTS");
    }

    @Test
    void onlyAListedOrSuspendedSupplierAsksToLeave() {
        refused(() -> applied().requestWithdrawal(NOW), "ILLEGAL_TRANSITION");
    }

    private static Supplier inState(SupplierStatus status) {
        Supplier s = applied();
        switch (status) {
            case APPLIED -> { }
            case REJECTED -> s.decide(Decision.REJECT, Ground.DOCUMENTS_INCOMPLETE, CONTRACT, TODAY, null, POLICY, NOW);
            case LISTED -> s = listed();
            case SUSPENDED -> {
                s = listed();
                s.decide(Decision.SUSPEND, Ground.LIQUIDATION, CONTRACT, TODAY, null, POLICY, NOW);
            }
            case EXCLUSION_PENDING -> s = pending(TODAY);
            case WITHDRAWAL_REQUESTED -> {
                s = listed();
                s.requestWithdrawal(NOW);
            }
            case DELISTED -> {
                s = pending(TODAY.minusDays(1));
                s.decide(Decision.EXCLUDE, Ground.COURT_DECISION, CONTRACT, TODAY, null, POLICY, NOW);
            }
        }
        assertThat(s.status()).isEqualTo(status);
        return s;
    }
}
