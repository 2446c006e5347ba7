package kz.kepil.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo catalog is loaded into a fresh demo portal as the demo suppliers' product cards; the portal
 * would refuse a card that breaks the classifier. This test reads the classifier migration and the
 * TSV as plain files, with no database, so a broken row shows here and not at start-up.
 */
class DemoCatalogDataTest {

    private static final String CLASSIFIER = "/db/migration/V9__classifier.sql";
    private static final String CATALOG = "/kz/kepil/platform/launcher/demo-catalog.tsv";
    private static final List<String> HEADER = List.of("supplier_bin", "classifier_code", "name", "description", "price",
            "delivery_days", "regions", "attributes", "available");

    /** The demo suppliers as they apply for listing: the regions they serve and the categories they sell. */
    private record DemoSupplier(Set<String> regions, Set<String> categories) {
    }

    private static final Map<String, DemoSupplier> SUPPLIERS = Map.of(
            "100440000004", new DemoSupplier(Set.of("KZ-75", "KZ-71", "KZ-19"),
                    Set.of("HYGIENE_MEANS", "WHEELCHAIRS", "TYPHLOTECHNICAL", "SURDOTECHNICAL")),
            "150740000004", new DemoSupplier(Set.of("KZ-19", "KZ-75"),
                    Set.of("SANATORIUM_TREATMENT", "PERSONAL_ASSISTANT", "SIGN_LANGUAGE_SPECIALIST", "SPECIAL_SOCIAL_SERVICES")));

    private static final Pattern PRICE = Pattern.compile("\\d+\\.\\d{2}");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern TAG = Pattern.compile("</?([a-zA-Z0-9]+)[^>]*>");
    private static final Set<String> ALLOWED_TAGS = Set.of("p", "b", "ul", "li");

    private record Type(String code, String category, String channel) {
    }

    private record Attribute(String code, String valueType, List<String> choices, boolean required) {
    }

    private record Product(int line, String[] fields) {
        String supplier() { return fields[0]; }
        String code() { return fields[1]; }
        String price() { return fields[4]; }
        String deliveryDays() { return fields[5]; }
        String regions() { return fields[6]; }
        String available() { return fields[8]; }

        Map<String, String> attributes() {
            Map<String, String> values = new LinkedHashMap<>();
            if (!fields[7].isEmpty()) {
                for (String pair : fields[7].split(";", -1)) {
                    int eq = pair.indexOf('=');
                    values.put(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? null : pair.substring(eq + 1));
                }
            }
            return values;
        }

        @Override
        public String toString() {
            return "line " + line + " (" + fields[1] + " " + fields[2] + ")";
        }
    }

    private static Map<String, Type> types;
    private static Map<String, Map<String, Attribute>> attributes;
    private static List<String> header;
    private static List<Product> products;

    @BeforeAll
    static void load() throws IOException {
        Map<String, List<Map<String, String>>> rows = SqlInserts.parse(read(CLASSIFIER));
        types = new LinkedHashMap<>();
        for (Map<String, String> row : rows.getOrDefault("classifier_type", List.of())) {
            types.put(row.get("code"), new Type(row.get("code"), row.get("category"), row.get("channel")));
        }
        attributes = new HashMap<>();
        for (Map<String, String> row : rows.getOrDefault("classifier_attribute", List.of())) {
            String choices = row.get("choices");
            attributes.computeIfAbsent(row.get("classifier_code"), k -> new LinkedHashMap<>()).put(row.get("code"),
                    new Attribute(row.get("code"), row.get("value_type"),
                            choices == null ? List.of() : Arrays.asList(choices.split("\\|")),
                            Boolean.parseBoolean(row.get("required")) || "1".equals(row.get("required"))));
        }
        List<String> lines = read(CATALOG).lines().toList();
        header = Arrays.asList(lines.get(0).split("\t", -1));
        products = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            products.add(new Product(i + 1, lines.get(i).split("\t", -1)));
        }
    }

    @Test
    void theClassifierAndTheCatalogAreNotEmpty() {
        assertThat(types).isNotEmpty();
        assertThat(attributes).isNotEmpty();
        assertThat(products).hasSizeGreaterThan(100);
    }

    @Test
    void everyRowHasTheNineColumnsOfTheHeader() {
        assertThat(header).containsExactlyElementsOf(HEADER);
        assertThat(products).filteredOn(p -> p.fields().length != HEADER.size()).isEmpty();
    }

    @Test
    void everyProductNamesAnExistingPortalType() {
        assertThat(products).filteredOn(p -> !types.containsKey(p.code())).as("unknown classifier code").isEmpty();
        assertThat(products).filteredOn(p -> types.containsKey(p.code()) && !"PORTAL".equals(types.get(p.code()).channel()))
                .as("procurement type sold on the portal").isEmpty();
    }

    @Test
    void everyPortalTypeHasAtLeastOneProduct() {
        Set<String> offered = products.stream().map(Product::code).collect(Collectors.toSet());
        Set<String> portalTypes = types.values().stream().filter(t -> "PORTAL".equals(t.channel())).map(Type::code)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(portalTypes).isNotEmpty();
        assertThat(portalTypes).filteredOn(code -> !offered.contains(code)).as("portal types without a product").isEmpty();
    }

    @Test
    void everyProductStatesTheRequiredAttributesOfItsType() {
        List<String> missing = new ArrayList<>();
        for (Product product : products) {
            Map<String, String> stated = product.attributes();
            attributes.getOrDefault(product.code(), Map.of()).values().stream()
                    .filter(Attribute::required)
                    .filter(a -> stated.get(a.code()) == null || stated.get(a.code()).isBlank())
                    .forEach(a -> missing.add(product + ": " + a.code()));
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyStatedAttributeIsDeclaredForTheTypeOnce() {
        List<String> wrong = new ArrayList<>();
        for (Product product : products) {
            Map<String, Attribute> declared = attributes.getOrDefault(product.code(), Map.of());
            List<String> codes = product.fields()[7].isEmpty() ? List.of()
                    : Arrays.stream(product.fields()[7].split(";", -1)).map(pair -> pair.split("=", 2)[0]).toList();
            if (new LinkedHashSet<>(codes).size() != codes.size()) {
                wrong.add(product + ": an attribute stated twice");
            }
            codes.stream().filter(code -> !declared.containsKey(code)).forEach(code -> wrong.add(product + ": " + code));
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void choiceValuesAreAmongTheChoicesOfTheAttribute() {
        List<String> wrong = new ArrayList<>();
        forEachStated("CHOICE", (product, attribute, value) -> {
            if (!attribute.choices().contains(value)) {
                wrong.add(product + ": " + attribute.code() + "=" + value + " not in " + attribute.choices());
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void numberValuesAreNumbers() {
        List<String> wrong = new ArrayList<>();
        forEachStated("NUMBER", (product, attribute, value) -> {
            if (value == null || !NUMBER.matcher(value).matches()) {
                wrong.add(product + ": " + attribute.code() + "=" + value);
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void pricesArePositiveWithTwoDecimals() {
        assertThat(products).filteredOn(p -> !PRICE.matcher(p.price()).matches()).as("price not written with 2 decimals")
                .isEmpty();
        assertThat(products).filteredOn(p -> PRICE.matcher(p.price()).matches() && new BigDecimal(p.price()).signum() <= 0)
                .as("price not positive").isEmpty();
    }

    @Test
    void regionsAreANonEmptySubsetOfTheSuppliersRegions() {
        assertThat(products).filteredOn(p -> !SUPPLIERS.containsKey(p.supplier())).as("not a demo supplier").isEmpty();
        assertThat(products).filteredOn(p -> SUPPLIERS.containsKey(p.supplier()) && !servesOnlyOwnRegions(p))
                .as("regions outside the supplier's").isEmpty();
    }

    @Test
    void productsAreInTheirSuppliersCategories() {
        assertThat(products).filteredOn(p -> SUPPLIERS.containsKey(p.supplier()) && types.containsKey(p.code())
                        && !SUPPLIERS.get(p.supplier()).categories().contains(types.get(p.code()).category()))
                .isEmpty();
    }

    @Test
    void deliveryDaysAreOneToThirtyAndAvailabilityIsABoolean() {
        assertThat(products).filteredOn(p -> !p.deliveryDays().matches("\\d{1,2}")
                || Integer.parseInt(p.deliveryDays()) < 1 || Integer.parseInt(p.deliveryDays()) > 30).isEmpty();
        assertThat(products).filteredOn(p -> !Set.of("true", "false").contains(p.available())).isEmpty();
    }

    @Test
    void descriptionsUseOnlySimpleHtml() {
        List<String> wrong = new ArrayList<>();
        for (Product product : products) {
            var tags = TAG.matcher(product.fields()[3]);
            while (tags.find()) {
                String tag = tags.group(1).toLowerCase(Locale.ROOT);
                if (!ALLOWED_TAGS.contains(tag) || tags.group().contains("=")) {
                    wrong.add(product + ": " + tags.group());
                }
            }
            if (product.fields()[2].isBlank() || product.fields()[3].isBlank()) {
                wrong.add(product + ": empty name or description");
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static boolean servesOnlyOwnRegions(Product product) {
        if (product.regions().isBlank()) {
            return false;
        }
        List<String> regions = Arrays.asList(product.regions().split(",", -1));
        return SUPPLIERS.get(product.supplier()).regions().containsAll(regions) && new LinkedHashSet<>(regions).size() == regions.size();
    }

    private interface StatedValue {
        void accept(Product product, Attribute attribute, String value);
    }

    private static void forEachStated(String valueType, StatedValue check) {
        for (Product product : products) {
            Map<String, Attribute> declared = attributes.getOrDefault(product.code(), Map.of());
            product.attributes().forEach((code, value) -> {
                Attribute attribute = declared.get(code);
                if (attribute != null && valueType.equals(attribute.valueType())) {
                    check.accept(product, attribute, value);
                }
            });
        }
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = DemoCatalogDataTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the test classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Just enough of SQL to read the rows of {@code INSERT INTO t (columns) VALUES (…), (…);} statements:
     * quoted strings with doubled quotes, bare literals (numbers, NULL, TRUE, FALSE) and {@code --}
     * comments. Other statements are skipped. NULL reads as null, every other value as its text.
     */
    static final class SqlInserts {

        private final String sql;
        private int pos;

        private SqlInserts(String sql) {
            this.sql = sql;
        }

        static Map<String, List<Map<String, String>>> parse(String sql) {
            return new SqlInserts(sql).statements();
        }

        private Map<String, List<Map<String, String>>> statements() {
            Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
            while (true) {
                skipBlank();
                if (pos >= sql.length()) {
                    return tables;
                }
                if (keyword("INSERT") && keyword("INTO")) {
                    String table = identifier();
                    List<String> columns = new ArrayList<>();
                    expect('(');
                    do {
                        columns.add(identifier());
                    } while (accept(','));
                    expect(')');
                    if (!keyword("VALUES")) {
                        throw new IllegalStateException("VALUES expected at " + pos);
                    }
                    List<Map<String, String>> rows = tables.computeIfAbsent(table, k -> new ArrayList<>());
                    do {
                        rows.add(tuple(columns));
                    } while (accept(','));
                    expect(';');
                } else {
                    skipStatement();
                }
            }
        }

        private Map<String, String> tuple(List<String> columns) {
            expect('(');
            Map<String, String> row = new LinkedHashMap<>();
            int i = 0;
            do {
                if (i >= columns.size()) {
                    throw new IllegalStateException("more values than columns at " + pos);
                }
                row.put(columns.get(i++), value());
            } while (accept(','));
            expect(')');
            if (i != columns.size()) {
                throw new IllegalStateException("fewer values than columns at " + pos);
            }
            return row;
        }

        private String value() {
            skipBlank();
            if (sql.charAt(pos) == '\'') {
                StringBuilder text = new StringBuilder();
                pos++;
                while (true) {
                    char c = sql.charAt(pos++);
                    if (c == '\'') {
                        if (pos < sql.length() && sql.charAt(pos) == '\'') {
                            text.append('\'');
                            pos++;
                        } else {
                            return text.toString();
                        }
                    } else {
                        text.append(c);
                    }
                }
            }
            int start = pos;
            while (pos < sql.length() && ",)".indexOf(sql.charAt(pos)) < 0 && !Character.isWhitespace(sql.charAt(pos))) {
                pos++;
            }
            String literal = sql.substring(start, pos);
            return literal.equalsIgnoreCase("NULL") ? null : literal.toUpperCase(Locale.ROOT).equals("TRUE") ? "true"
                    : literal.toUpperCase(Locale.ROOT).equals("FALSE") ? "false" : literal;
        }

        private String identifier() {
            skipBlank();
            int start = pos;
            while (pos < sql.length() && (Character.isLetterOrDigit(sql.charAt(pos)) || sql.charAt(pos) == '_')) {
                pos++;
            }
            if (start == pos) {
                throw new IllegalStateException("identifier expected at " + pos);
            }
            return sql.substring(start, pos).toLowerCase(Locale.ROOT);
        }

        private boolean keyword(String word) {
            skipBlank();
            if (sql.regionMatches(true, pos, word, 0, word.length())) {
                pos += word.length();
                return true;
            }
            return false;
        }

        private boolean accept(char c) {
            skipBlank();
            if (pos < sql.length() && sql.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            if (!accept(c)) {
                throw new IllegalStateException("'" + c + "' expected at " + pos + ": "
                        + sql.substring(pos, Math.min(sql.length(), pos + 40)));
            }
        }

        private void skipBlank() {
            while (pos < sql.length()) {
                if (Character.isWhitespace(sql.charAt(pos))) {
                    pos++;
                } else if (sql.startsWith("--", pos)) {
                    int end = sql.indexOf('\n', pos);
                    pos = end < 0 ? sql.length() : end + 1;
                } else {
                    return;
                }
            }
        }

        private void skipStatement() {
            boolean quoted = false;
            while (pos < sql.length()) {
                if (!quoted && sql.startsWith("--", pos)) {
                    skipBlank();
                    continue;
                }
                char c = sql.charAt(pos++);
                if (c == '\'') {
                    quoted = !quoted;
                } else if (!quoted && c == ';') {
                    return;
                }
            }
        }
    }
}
