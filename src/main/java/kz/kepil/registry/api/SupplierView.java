package kz.kepil.registry.api;

import kz.kepil.registry.domain.Supplier;
import kz.kepil.registry.domain.SupplierKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A supplier as the public registry shows it (its bank account is not public). */
public record SupplierView(long id, String kind, String bin, String iin, String name, List<String> regions,
                           List<String> categories, String status, Instant statusSince, String ground,
                           LocalDate objectionDeadline, LocalDate readmissionNotBefore, Integer contractVersion,
                           Instant appliedAt) {

    static SupplierView of(Supplier s) {
        boolean entity = s.kind() == SupplierKind.LEGAL_ENTITY;
        return new SupplierView(s.id(), s.kind().name(), entity ? s.identifier() : null, entity ? null : s.identifier(),
                s.name(), s.regions().stream().sorted().toList(), s.categories().stream().map(Enum::name).sorted().toList(),
                s.status().name(), s.statusSince(), s.ground().map(Enum::name).orElse(null),
                s.objectionDeadline().orElse(null), s.readmissionNotBefore().orElse(null),
                s.contractVersion().orElse(null), s.appliedAt());
    }
}
