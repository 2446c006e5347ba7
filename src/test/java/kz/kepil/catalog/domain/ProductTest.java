package kz.kepil.catalog.domain;

import kz.kepil.shared.domain.LocalizedNames;
import kz.kepil.shared.domain.Money;
import kz.kepil.shared.error.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProductTest {

    private static final LocalizedNames N = new LocalizedNames("а", "б", "c");
    private static final Instant T0 = Instant.parse("2026-03-01T06:00:00Z");

    static final ClassifierType DIAPERS = new ClassifierType(new ClassifierCode("HYG-DIAPER-AD-M"),
            ProductCategory.HYGIENE_MEANS, N, Unit.PIECE, Channel.PORTAL, List.of(
            new ClassifierAttribute("waistCm", ClassifierAttribute.ValueType.TEXT, null, "cm", true, 1, N),
            new ClassifierAttribute("absorbency", ClassifierAttribute.ValueType.NUMBER, null, "drops", true, 2, N),
            new ClassifierAttribute("gender", ClassifierAttribute.ValueType.CHOICE, "unisex|male|female", null, false, 3, N)));

    private static Product.Card card(String price, Map<String, String> attributes) {
        return new Product.Card("Seni Classic M", "<p>x</p>", Money.of(price), 3, true, Set.of("KZ-75"), attributes);
    }

    private static Product product() {
        return new Product(7, DIAPERS, card("210.00", Map.of("waistCm", "75-110", "absorbency", "5")), T0);
    }

    @Test
    void everyRequiredAttributeOfTheTypeIsStated() {
        assertThatThrownBy(() -> new Product(7, DIAPERS, card("210.00", Map.of("waistCm", "75-110")), T0))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("ATTRIBUTE_MISSING");
    }

    @Test
    void anAttributeTheTypeDoesNotKnowIsRefused() {
        assertThatThrownBy(() -> new Product(7, DIAPERS,
                card("210.00", Map.of("waistCm", "75", "absorbency", "5", "colour", "blue")), T0))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("ATTRIBUTE_UNKNOWN");
    }

    @Test
    void numbersAndChoicesAreChecked() {
        assertThatThrownBy(() -> new Product(7, DIAPERS, card("210.00", Map.of("waistCm", "75", "absorbency", "many")), T0))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("ATTRIBUTE_INVALID");
        assertThatThrownBy(() -> new Product(7, DIAPERS,
                card("210.00", Map.of("waistCm", "75", "absorbency", "5", "gender", "other")), T0))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("ATTRIBUTE_INVALID");
        Product ok = new Product(7, DIAPERS, card("210.00", Map.of("waistCm", "75", "absorbency", "5,50")), T0);
        assertThat(ok.attributes()).containsEntry("absorbency", "5.5");
    }

    @Test
    void aPriceIsPositive() {
        assertThatThrownBy(() -> new Product(7, DIAPERS, card("0.00", Map.of("waistCm", "75", "absorbency", "5")), T0))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("PRICE_INVALID");
    }

    @Test
    void aWithdrawnCardIsNotEditedAndLeavesTheCatalog() {
        Product p = product();
        assertThat(p.offered()).isTrue();
        p.withdraw(T0.plusSeconds(60));
        assertThat(p.offered()).isFalse();
        assertThatThrownBy(() -> p.edit(DIAPERS, card("199.00", Map.of("waistCm", "75", "absorbency", "5")), T0))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("PRODUCT_WITHDRAWN");
    }

    @Test
    void theAuthorityHidesACardWithAReasonAndShowsItAgain() {
        Product p = product();
        assertThatThrownBy(() -> p.hide(" ", "iin:1", T0)).isInstanceOf(DomainException.class);
        p.hide("misleading description", "iin:750512300009", T0);
        assertThat(p.offered()).isFalse();
        assertThat(p.hiddenReason()).contains("misleading description");
        assertThatThrownBy(() -> p.hide("again", "iin:1", T0)).extracting("code").isEqualTo("PRODUCT_HIDDEN");
        p.unhide(T0);
        assertThat(p.offered()).isTrue();
    }

    @Test
    void anUnavailableCardIsNotOffered() {
        Product p = new Product(7, DIAPERS, new Product.Card("x", "", Money.of("1.00"), 1, false, Set.of("KZ-75"),
                Map.of("waistCm", "75", "absorbency", "5")), T0);
        assertThat(p.offered()).isFalse();
    }
}
