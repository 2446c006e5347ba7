package kz.kepil.shared.region.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

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

    @Column(name = "name_kk", nullable = false)
    private String nameKk;

    @Column(name = "name_ru", nullable = false)
    private String nameRu;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    protected Akimat() {
    }

    public String code() {
        return code;
    }

    public Region region() {
        return region;
    }

    public String nameKk() {
        return nameKk;
    }

    public String nameRu() {
        return nameRu;
    }

    public String nameEn() {
        return nameEn;
    }
}
