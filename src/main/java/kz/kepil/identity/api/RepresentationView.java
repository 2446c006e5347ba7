package kz.kepil.identity.api;

import kz.kepil.identity.domain.Representation;

import java.time.Instant;
import java.time.LocalDate;

/** A representation as the API shows it. */
public record RepresentationView(long id, String representativeIin, String beneficiaryIin, String kind, String basis,
                                 LocalDate validFrom, LocalDate validTo, Instant revokedAt) {

    static RepresentationView of(Representation r) {
        return new RepresentationView(r.id(), r.representative().value(), r.beneficiary().value(), r.kind().name(),
                r.basis(), r.validFrom(), r.validTo().orElse(null), r.revokedAt().orElse(null));
    }
}
