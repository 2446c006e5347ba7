package kz.kepil.shared.region.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import kz.kepil.shared.domain.LocalizedNames;

/**
 * A region (облыс) or a city of republican significance, coded as in ISO 3166-2:KZ (e.g. KZ-75 for
 * Almaty city) with its administrative-territorial (KATO) code. Reference data: changed by migration.
 */
@Entity
@Table(name = "region")
public class Region {

    /** Regions and the cities that rank as regions. */
    public enum Kind { REGION, CITY }

    @Id
    @Column(name = "code", length = 10)
    private String code;

    @Column(name = "kato", nullable = false, length = 9)
    private String kato;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private Kind kind;

    @Embedded
    private LocalizedNames names;

    protected Region() {
    }

    public String code() {
        return code;
    }

    public String kato() {
        return kato;
    }

    public Kind kind() {
        return kind;
    }

    public LocalizedNames names() {
        return names;
    }
}
