package kz.kepil.catalog.web;

import kz.kepil.platform.web.TengeInput;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ComponentSystemEvent;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.validator.ValidatorException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.kepil.catalog.application.Classifier;
import kz.kepil.catalog.application.Products;
import kz.kepil.catalog.domain.ClassifierAttribute;
import kz.kepil.catalog.domain.ClassifierCode;
import kz.kepil.catalog.domain.ClassifierType;
import kz.kepil.catalog.domain.Pricing;
import kz.kepil.catalog.domain.Product;
import kz.kepil.catalog.domain.ProductCategory;
import kz.kepil.catalog.domain.ProductStatus;
import kz.kepil.identity.application.CurrentCaller;
import kz.kepil.identity.application.KepilPrincipal;
import kz.kepil.platform.web.PageTexts;
import kz.kepil.registry.application.SupplierStandings;
import kz.kepil.shared.domain.KzTime;
import kz.kepil.shared.domain.Money;
import kz.kepil.shared.error.DomainException;
import kz.kepil.shared.region.application.Regions;

import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The product card form. Without {@code id} it offers a new card: the supplier first chooses the type
 * (only types sold on the portal, of the categories the supplier is listed for), then the form asks for
 * exactly that type's attributes. With {@code id} it edits the card, whose type is fixed; the version
 * loaded is sent with the change, so that a change made meanwhile by someone else is not overwritten.
 * Beside the price the form shows the guaranteed sum in force today and what the beneficiary would pay
 * on top per unit.
 */
@Named("supplierProductEdit")
@ViewScoped
public class SupplierProductsEditView implements Serializable {

    @Inject
    transient Products products;

    @Inject
    transient Classifier classifier;

    @Inject
    transient SupplierStandings standings;

    @Inject
    transient Regions regions;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient Clock clock;

    /** One attribute of the type on the form, with its label, unit and choices in the page's language. */
    public static final class AttributeField implements Serializable {
        private final String code;
        private final String label;
        private final String valueType;
        private final String unit;
        private final boolean required;
        private final List<SelectItem> choices;
        private String value;

        AttributeField(ClassifierAttribute a, String value) {
            this.code = a.code();
            this.label = a.names().in(PageTexts.locale());
            this.valueType = a.valueType().name();
            this.unit = ProductTexts.attributeUnit(a.unit().orElse(null));
            this.required = a.required();
            this.choices = a.choices().stream().map(c -> new SelectItem(c, ProductTexts.choice(c))).toList();
            this.value = value;
        }

        public String getCode() {
            return code;
        }

        public String getLabel() {
            return label;
        }

        public String getValueType() {
            return valueType;
        }

        public String getUnit() {
            return unit;
        }

        public boolean isRequired() {
            return required;
        }

        public List<SelectItem> getChoices() {
            return choices;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }
    }

    private Long productId;
    private boolean found = true;
    private Long supplierId;
    private Long version;
    private ProductStatus status;
    private String hiddenReason;
    private boolean stale;

    private String typeChoice;
    private String typeCode;
    private List<AttributeField> attributes = new ArrayList<>();

    private String name;
    private String description;
    private String price;
    private Integer deliveryDays;
    private boolean available = true;
    private List<String> chosenRegions = new ArrayList<>();

    private transient SupplierStandings.Standing standing;
    private transient FacesContext standingRead;
    private transient Optional<Money> sum;
    private transient FacesContext sumRead;
    private transient String sumType;

    /** The GET parameters: the templates leave f:metadata no place at the view root, so no f:viewParam. */
    @PostConstruct
    void init() {
        KepilPrincipal who = caller.principal().orElse(null);
        if (who == null) {
            found = false;
            return;
        }
        productId = PageTexts.idOf(FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get("id"));
        if (productId == null) {
            supplierId = who.supplierId();
            found = supplierId != null;
            if (found) {
                List<String> served = List.copyOf(standing().regions());
                // One region served: it is the only possible answer, so it is ticked already.
                chosenRegions = served.size() == 1 ? new ArrayList<>(served) : new ArrayList<>();
            }
        } else {
            load(who);
        }
    }

    private void load(KepilPrincipal who) {
        Product p;
        try {
            p = products.visible(productId);
        } catch (DomainException e) {
            found = false;
            return;
        }
        if (!who.worksFor(p.supplierId())) {
            found = false;
            return;
        }
        supplierId = p.supplierId();
        version = p.version();
        status = p.status();
        hiddenReason = p.hiddenReason().orElse(null);
        typeCode = p.classifierCode().value();
        typeChoice = typeCode;
        name = p.name();
        description = p.description();
        price = p.price().amount().toPlainString();
        deliveryDays = p.deliveryDays();
        available = p.available();
        chosenRegions = new ArrayList<>(new TreeSet<>(p.regions()));
        Map<String, String> values = p.attributes();
        attributes = new ArrayList<>(type().attributes().stream().map(a -> new AttributeField(a, values.get(a.code()))).toList());
        stale = false;
    }

    /** The type chosen for a new card: the form then asks for its attributes, keeping what is already typed. */
    public void chooseType() {
        if (!isCreating() || !isMayEdit()) {
            return;
        }
        Optional<ClassifierType> chosen = offerable().stream().filter(t -> t.code().value().equals(typeChoice)).findFirst();
        if (chosen.isEmpty()) {
            ProductTexts.error("type:code", ProductTexts.text("product.type.required"));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        Map<String, String> typed = new LinkedHashMap<>();
        attributes.forEach(a -> typed.put(a.getCode(), a.getValue()));
        typeCode = chosen.get().code().value();
        attributes = new ArrayList<>(chosen.get().attributes().stream().map(a -> new AttributeField(a, typed.get(a.code()))).toList());
    }

    public String save() {
        if (!isFormShown()) {
            return null;
        }
        Optional<Money> amount = TengeInput.parse(price);
        if (amount.isEmpty()) {
            ProductTexts.error("card:price", ProductTexts.text("product.price.invalid"));
            ProductTexts.error(null, ProductTexts.text("product.notSaved"));
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        attributes.stream().filter(a -> a.getValue() != null && !a.getValue().isBlank())
                .forEach(a -> values.put(a.getCode(), a.getValue().strip()));
        Products.Offer offer = new Products.Offer(typeCode, name, description == null ? "" : description, amount.get(),
                deliveryDays == null ? -1 : deliveryDays, available, new TreeSet<>(chosenRegions), values);
        try {
            if (isCreating()) {
                Product created = products.create(supplierId, offer);
                FacesContext faces = FacesContext.getCurrentInstance();
                faces.getExternalContext().getFlash().setKeepMessages(true);
                ProductTexts.info(ProductTexts.text("product.created"));
                return "/supplier/product?faces-redirect=true&id=" + created.id();
            }
            products.edit(productId, version, offer);
            load(caller.require());
            ProductTexts.info(ProductTexts.text("product.saved"));
        } catch (DomainException e) {
            stale = "STALE_VERSION".equals(e.code());
            ProductTexts.refused("product.refused", e);
        }
        return null;
    }

    /** After a refusal for a stale version: the card as it is now, the supplier's unsaved changes dropped. */
    public void reload() {
        if (!isCreating()) {
            load(caller.require());
        }
    }

    /** A price is an amount in tenge as people type it ({@link TengeInput}); the catalog checks the rest. */
    public void validatePrice(FacesContext faces, UIComponent component, Object value) {
        if (value != null && TengeInput.parse(value.toString()).isEmpty()) {
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    ProductTexts.text("product.price.invalid"), null));
        }
    }

    /** Checks that failed before the form reached {@link #save()} are summed up at the top of the page too. */
    public void afterValidation(ComponentSystemEvent event) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isValidationFailed()) {
            ProductTexts.error(null, ProductTexts.text("product.notSaved"));
        }
    }

    /** The supplier's standing, read once per request: the page asks for it many times while it renders. */
    private SupplierStandings.Standing standing() {
        FacesContext now = FacesContext.getCurrentInstance();
        if (standing == null || standingRead != now) {
            standing = standings.of(supplierId);
            standingRead = now;
        }
        return standing;
    }

    private ClassifierType type() {
        return classifier.type(new ClassifierCode(typeCode));
    }

    /** The types this supplier may offer: sold on the portal, of a category it is listed for. */
    private List<ClassifierType> offerable() {
        var categories = standing().categories();
        return classifier.types().stream().filter(ClassifierType::soldOnPortal)
                .filter(t -> categories.contains(t.category())).toList();
    }

    /** The offerable types grouped by category, in the classifier's order. */
    public List<SelectItem> getTypeOptions() {
        Map<ProductCategory, List<SelectItem>> byCategory = new LinkedHashMap<>();
        offerable().forEach(t -> byCategory.computeIfAbsent(t.category(), c -> new ArrayList<>())
                .add(new SelectItem(t.code().value(), t.names().in(PageTexts.locale()))));
        List<SelectItem> groups = new ArrayList<>();
        byCategory.forEach((category, items) -> {
            SelectItemGroup group = new SelectItemGroup(ProductTexts.category(category));
            group.setSelectItems(items.toArray(SelectItem[]::new));
            groups.add(group);
        });
        return groups;
    }

    public boolean isHasTypes() {
        return supplierId != null && !offerable().isEmpty();
    }

    /** The supplier's regions, by name, to tick those the card is offered in. */
    public List<SelectItem> getRegionOptions() {
        return standing().regions().stream().sorted()
                .map(code -> new SelectItem(code, ProductTexts.regionNames(regions, List.of(code)))).toList();
    }

    public boolean isCreating() {
        return productId == null;
    }

    public boolean isFound() {
        return found;
    }

    public boolean isListed() {
        return supplierId != null && standing().takesNewOrders();
    }

    public boolean isWithdrawn() {
        return status == ProductStatus.WITHDRAWN;
    }

    /** The card may be offered or changed: a listed supplier, a card not withdrawn. */
    public boolean isMayEdit() {
        return found && isListed() && !isWithdrawn();
    }

    public boolean isTypeChosen() {
        return typeCode != null;
    }

    public boolean isFormShown() {
        return isMayEdit() && isTypeChosen();
    }

    public String getTitle() {
        return ProductTexts.text(isCreating() ? "product.title.new" : "product.title.edit");
    }

    public String getSupplierStatusName() {
        return supplierId == null ? "" : ProductTexts.text("supplierStatus." + standing().status().name());
    }

    public String getTypeName() {
        return typeCode == null ? "" : type().names().in(PageTexts.locale());
    }

    public String getCategoryName() {
        return typeCode == null ? "" : ProductTexts.category(type().category());
    }

    public String getPerUnit() {
        return typeCode == null ? "" : ProductTexts.perUnit(type().unit());
    }

    /** The national sum in force today for the type, read once per request. */
    private Optional<Money> guaranteedSum() {
        if (typeCode == null) {
            return Optional.empty();
        }
        FacesContext now = FacesContext.getCurrentInstance();
        if (sum == null || sumRead != now || !typeCode.equals(sumType)) {
            sum = classifier.sumInForce(type().code(), null, KzTime.today(clock));
            sumRead = now;
            sumType = typeCode;
        }
        return sum;
    }

    /** The national guaranteed sum in force today, formatted; empty when there is none. */
    public String getGuaranteedSum() {
        return guaranteedSum().map(PageTexts::tenge).orElse("");
    }

    /** Nothing to price while the price field is refused: the model still holds the last good price. */
    private Optional<Pricing> pricing() {
        FacesContext faces = FacesContext.getCurrentInstance();
        UIComponent field = faces.getViewRoot().findComponent("card:price");
        if (field instanceof EditableValueHolder input && !input.isValid()) {
            return Optional.empty();
        }
        return TengeInput.parse(price).filter(p -> !p.isZero()).map(p -> new Pricing(p, guaranteedSum()));
    }

    public boolean isPriced() {
        return pricing().isPresent();
    }

    /** What the state pays per unit at the price typed. */
    public String getStateAmount() {
        return pricing().map(p -> PageTexts.tenge(p.stateAmount())).orElse("");
    }

    /** What the beneficiary pays on top per unit at the price typed. */
    public String getTopUp() {
        return pricing().map(p -> PageTexts.tenge(p.topUp())).orElse("");
    }

    public boolean isTopUpZero() {
        return pricing().map(p -> p.topUp().isZero()).orElse(false);
    }

    public boolean isHidden() {
        return hiddenReason != null;
    }

    public String getHiddenReason() {
        return hiddenReason;
    }

    public boolean isStale() {
        return stale;
    }

    public Long getProductId() {
        return productId;
    }

    public Long getVersion() {
        return version;
    }

    public List<AttributeField> getAttributes() {
        return attributes;
    }

    public String getTypeChoice() {
        return typeChoice;
    }

    public void setTypeChoice(String typeChoice) {
        this.typeChoice = typeChoice;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getPrice() {
        return price;
    }

    public void setPrice(String price) {
        this.price = price;
    }

    public Integer getDeliveryDays() {
        return deliveryDays;
    }

    public void setDeliveryDays(Integer deliveryDays) {
        this.deliveryDays = deliveryDays;
    }

    public boolean isAvailable() {
        return available;
    }

    public void setAvailable(boolean available) {
        this.available = available;
    }

    public List<String> getChosenRegions() {
        return chosenRegions;
    }

    public void setChosenRegions(List<String> chosenRegions) {
        this.chosenRegions = chosenRegions;
    }
}
