package kz.kepil.identity.domain;

import kz.kepil.shared.domain.Iin;
import kz.kepil.shared.error.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RepresentationTest {

    private static final Iin MOTHER = Iin.of("840708400006");
    private static final Iin CHILD = Iin.of("120630600009");
    private static final Instant NOW = Instant.parse("2026-11-22T05:00:00Z");

    private static Representation guardianship(LocalDate from, LocalDate to) {
        return new Representation(MOTHER, CHILD, Representation.Kind.LEGAL_REPRESENTATIVE, "Birth certificate",
                from, to, NOW, "iin:880909400009");
    }

    @Test
    void representativeActsOnlyWithinTheValidityPeriod() {
        Representation r = guardianship(LocalDate.of(2026, 1, 1), LocalDate.of(2030, 6, 29));

        assertThat(r.isActiveOn(LocalDate.of(2025, 12, 31))).isFalse();
        assertThat(r.isActiveOn(LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(r.isActiveOn(LocalDate.of(2030, 6, 29))).isTrue();
        assertThat(r.isActiveOn(LocalDate.of(2030, 6, 30))).isFalse();
    }

    @Test
    void revokedRepresentationNoLongerActsAndCannotBeRevokedAgain() {
        Representation r = guardianship(LocalDate.of(2026, 1, 1), null);
        r.revoke(NOW, "iin:120630600009");

        assertThat(r.isActiveOn(LocalDate.of(2026, 12, 1))).isFalse();
        assertThatThrownBy(() -> r.revoke(NOW, "x"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("REPRESENTATION_REVOKED"));
    }

    @Test
    void nobodyRepresentsThemselves() {
        assertThatThrownBy(() -> new Representation(CHILD, CHILD, Representation.Kind.PROXY, "proxy",
                LocalDate.of(2026, 1, 1), null, NOW, "x"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("REPRESENTATION_INVALID"));
    }

    @Test
    void periodMustNotEndBeforeItBegins() {
        assertThatThrownBy(() -> guardianship(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 30)))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void authorityMustRestOnADocument() {
        assertThatThrownBy(() -> new Representation(MOTHER, CHILD, Representation.Kind.PROXY, " ",
                LocalDate.of(2026, 1, 1), null, NOW, "x"))
                .isInstanceOf(DomainException.class);
    }
}
