package kz.kepil.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import kz.kepil.shared.domain.LocalizedNames;
import kz.kepil.shared.error.DomainException;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Something a product of a classifier type states: a size, a weight, the number of days of a course.
 * A value is text, a number (in {@link #unit()}), or one of fixed choices.
 */
@Embeddable
public class ClassifierAttribute {

    /** The kinds of value. */
    public enum ValueType { TEXT, NUMBER, CHOICE }

    static final int MAX_LENGTH = 200;

    @Column(name = "code", length = 40)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "value_type", length = 10)
    private ValueType valueType;

    @Column(name = "choices", length = 500)
    private String choices;

    @Column(name = "unit", length = 20)
    private String unit;

    @Column(name = "required")
    private boolean required;

    @Column(name = "position")
    private int position;

    @Column(name = "name_kk", length = 200)
    private String nameKk;

    @Column(name = "name_ru", length = 200)
    private String nameRu;

    @Column(name = "name_en", length = 200)
    private String nameEn;

    protected ClassifierAttribute() {
    }

    public ClassifierAttribute(String code, ValueType valueType, String choices, String unit, boolean required, int position,
                               LocalizedNames names) {
        this.code = code;
        this.valueType = valueType;
        this.choices = choices;
        this.unit = unit;
        this.required = required;
        this.position = position;
        this.nameKk = names.kk();
        this.nameRu = names.ru();
        this.nameEn = names.en();
    }

    /** The value as it is kept: stripped; a number in plain notation. Refuses what does not fit. */
    public String checked(String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.length() > MAX_LENGTH) {
            throw DomainException.invalid("ATTRIBUTE_INVALID", "Attribute " + code + " needs a value of at most "
                    + MAX_LENGTH + " characters");
        }
        switch (valueType) {
            case NUMBER -> {
                try {
                    BigDecimal number = new BigDecimal(v.replace(',', '.'));
                    if (number.signum() < 0) {
                        throw new NumberFormatException("negative");
                    }
                    return number.stripTrailingZeros().toPlainString();
                } catch (NumberFormatException e) {
                    throw DomainException.invalid("ATTRIBUTE_INVALID", "Attribute " + code + " is a number, not " + v);
                }
            }
            case CHOICE -> {
                if (!choices().contains(v)) {
                    throw DomainException.invalid("ATTRIBUTE_INVALID", "Attribute " + code + " is one of " + choices());
                }
                return v;
            }
            default -> {
                return v;
            }
        }
    }

    public String code() {
        return code;
    }

    public ValueType valueType() {
        return valueType;
    }

    public List<String> choices() {
        return choices == null ? List.of() : Arrays.stream(choices.split("\\|")).map(String::strip).toList();
    }

    public Optional<String> unit() {
        return Optional.ofNullable(unit);
    }

    public boolean required() {
        return required;
    }

    public int position() {
        return position;
    }

    public LocalizedNames names() {
        return new LocalizedNames(nameKk, nameRu, nameEn);
    }
}
