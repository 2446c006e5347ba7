package kz.kepil.shared.region.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import kz.kepil.shared.domain.LocalizedNames;

/**
 * The social-protection department of a region's or city's akimat: it registers applications and
 * reimburses suppliers from its budget. Its code (e.g. SD-75) names it in roles, entitlements and
 * payment registers.
 */
@Entity
@Table(name = "akimat")
public class Akimat {

    @Id
    @Column(name = "code", length = 20)
    private String code;

    @ManyToOne(optional = false)
    @JoinColumn(name = "region_code", nullable = false)
    private Region region;

    @Embedded
    private LocalizedNames names;

    /** The department's BIN, which its finance staff's certificates name. */
    @Column(name = "bin", length = 12)
    private String bin;

    /** The treasury account suppliers are reimbursed from. */
    @Column(name = "iban", length = 34)
    private String iban;

    @Column(name = "bic", length = 11)
    private String bic;

    protected Akimat() {
    }

    public String code() {
        return code;
    }

    public Region region() {
        return region;
    }

    public LocalizedNames names() {
        return names;
    }

    public java.util.Optional<String> bin() {
        return java.util.Optional.ofNullable(bin);
    }

    public java.util.Optional<String> iban() {
        return java.util.Optional.ofNullable(iban);
    }

    public java.util.Optional<String> bic() {
        return java.util.Optional.ofNullable(bic);
    }
}
