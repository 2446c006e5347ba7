package kz.kepil.bench;

import kz.kepil.shared.domain.KzIdentifiers;
import org.iban4j.CountryCode;
import org.iban4j.Iban;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Fills a portal's database with a catalog to measure search on: listed suppliers with their regions
 * and categories, and product cards of every type the portal sells, written straight into the tables
 * (the portal's index notices rows from another process within seconds). The classifier and the
 * guaranteed sums are read from the database, so the generator follows whatever reference data the
 * migrations hold. The same seed and reference data always give the same catalog, timestamps aside.
 *
 * <pre>
 * CatalogGenerator [--url=jdbc:mariadb://127.0.0.1:3337/kepil] [--user=kepil] [--password=kepil]
 *                  [--products=50000] [--suppliers=200] [--seed=20261122] [--expected-file=F]
 * </pre>
 *
 * About 3 % of the cards are withdrawn, unavailable or hidden, as in a live catalog; the number of
 * cards search should find is printed and, with {@code --expected-file}, written there.
 */
public final class CatalogGenerator {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final int BATCH = 2000;

    /** A classifier type the portal sells, with its national guaranteed sum in tiyn (-1: none). */
    record Type(String code, String category, String kk, String ru, String en, long sumTiyn) {
    }

    /** A listed supplier. */
    record Supplier(long id, boolean entrepreneur, String identifier, String name, String iban, String bik, String email,
                    String phone, LocalDateTime appliedAt, List<String> regions, List<String> categories) {
    }

    /** A product card; {@code searchable()} tells whether catalog search should find it. */
    record Card(long id, Supplier supplier, Type type, String name, String description, BigDecimal price, int deliveryDays,
                boolean available, boolean withdrawn, boolean hidden, List<String> regions, LocalDateTime createdAt) {

        boolean searchable() {
            return available && !withdrawn && !hidden;
        }
    }

    /** A generated catalog. */
    record Catalog(List<Supplier> suppliers, List<Card> cards, LocalDateTime now) {

        long searchable() {
            return cards.stream().filter(Card::searchable).count();
        }
    }

    private final Random random;

    private CatalogGenerator(long seed) {
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        long started = System.nanoTime();
        int productCount = Integer.parseInt(options.getOrDefault("products", "50000"));
        int supplierCount = Integer.parseInt(options.getOrDefault("suppliers", "200"));
        long seed = Long.parseLong(options.getOrDefault("seed", "20261122"));
        String url = options.getOrDefault("url", "jdbc:mariadb://127.0.0.1:3337/kepil");
        try (Connection c = DriverManager.getConnection(url, options.getOrDefault("user", "kepil"),
                options.getOrDefault("password", "kepil"))) {
            c.setAutoCommit(false);
            List<String> regions = strings(c, "SELECT code FROM region ORDER BY code");
            List<Type> types = portalTypes(c, LocalDate.now(ALMATY).getYear());
            if (types.isEmpty()) {
                throw new IllegalStateException("no classifier type with channel PORTAL: load the classifier first");
            }
            long existing = count(c, "SELECT COUNT(*) FROM product");
            if (existing > 0) {
                System.out.println("note: the database already holds " + existing + " product cards; adding to them");
            }
            Catalog catalog = generate(seed, types, regions, supplierCount, productCount,
                    count(c, "SELECT COALESCE(MAX(id), 0) FROM supplier") + 1,
                    count(c, "SELECT COALESCE(MAX(id), 0) FROM product") + 1);
            write(c, catalog);
            System.out.printf(Locale.ROOT, "generated %d suppliers and %d product cards (%d searchable) over %d portal types"
                            + " and %d regions in %.1f s%n", catalog.suppliers().size(), catalog.cards().size(),
                    catalog.searchable(), types.size(), regions.size(), (System.nanoTime() - started) / 1e9);
            String expectedFile = options.get("expected-file");
            if (expectedFile != null) {
                Path file = Path.of(expectedFile);
                if (file.getParent() != null) {
                    Files.createDirectories(file.getParent());
                }
                Files.writeString(file, catalog.searchable() + "\n", StandardCharsets.UTF_8);
            }
        }
    }

    /**
     * The catalog for a seed: suppliers (a tenth serve the whole country, the others one to four regions;
     * each sells one to three of the types' categories, and every category has suppliers) and cards that
     * go round the types, each sold by a supplier of its category in one to five of the supplier's regions.
     */
    static Catalog generate(long seed, List<Type> types, List<String> regions, int supplierCount, int productCount,
                            long firstSupplierId, long firstProductId) {
        CatalogGenerator g = new CatalogGenerator(seed);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        List<String> categories = types.stream().map(Type::category).distinct().sorted().toList();
        List<Supplier> suppliers = new ArrayList<>();
        for (int i = 0; i < supplierCount; i++) {
            suppliers.add(g.supplier(firstSupplierId + i, i, regions, categories, now));
        }
        Map<String, List<Supplier>> byCategory = new TreeMap<>();
        for (Supplier s : suppliers) {
            s.categories().forEach(k -> byCategory.computeIfAbsent(k, x -> new ArrayList<>()).add(s));
        }
        List<Card> cards = new ArrayList<>(productCount);
        for (int i = 0; i < productCount; i++) {
            Type type = types.get(i % types.size());
            List<Supplier> sellers = byCategory.get(type.category());
            cards.add(g.card(firstProductId + i, type, sellers.get(g.random.nextInt(sellers.size())), now));
        }
        return new Catalog(List.copyOf(suppliers), cards, now);
    }

    private Supplier supplier(long id, int i, List<String> regions, List<String> categories, LocalDateTime now) {
        boolean entrepreneur = i % 5 == 4;
        String name = supplierName(entrepreneur, i);
        List<String> served = i % 10 == 0 ? regions : pick(regions, 1 + random.nextInt(4));
        List<String> sells = i < categories.size() * 3
                ? List.of(categories.get(i % categories.size())) : pick(categories, 1 + random.nextInt(3));
        String iban = new Iban.Builder().countryCode(CountryCode.KZ)
                .bankCode(String.format(Locale.ROOT, "%03d", 100 + random.nextInt(900)))
                .accountNumber(String.format(Locale.ROOT, "%013d", Math.floorMod(random.nextLong(), 10_000_000_000_000L)))
                .build().toString();
        String phone = String.format(Locale.ROOT, "+7 7%02d %03d %04d", random.nextInt(100), random.nextInt(1000),
                random.nextInt(10000));
        return new Supplier(id, entrepreneur, identifier(entrepreneur, i), name, iban, BIKS[i % BIKS.length],
                "sales" + id + "@supplier.example.kz", phone, now.minusDays(30 + random.nextInt(600)), served, sells);
    }

    private Card card(long id, Type type, Supplier supplier, LocalDateTime now) {
        String lang = LANGS[random.nextInt(LANGS.length)];
        Brand brand = brand(type.category());
        String model = brand.models()[random.nextInt(brand.models().length)];
        String name = name(type, lang, brand.name(), model);
        int roll = random.nextInt(100);
        List<String> regions = pick(supplier.regions(), 1 + random.nextInt(Math.min(5, supplier.regions().size())));
        return new Card(id, supplier, type, name, "<p>" + description(type, lang, brand.name(), model) + "</p>", price(type),
                deliveryDays(type.category()), roll != 0, roll == 1, roll == 2, regions,
                now.minusMinutes(random.nextInt(60 * 24 * 300)));
    }

    /** Writes the catalog in batches. Every card is stamped as changed now, so a running portal's check sees it. */
    static void write(Connection c, Catalog catalog) throws SQLException {
        try (PreparedStatement supplier = c.prepareStatement("INSERT INTO supplier (id, kind, identifier, name, iban, bik,"
                + " email, phone, status, status_since, applied_at, contract_version) VALUES (?,?,?,?,?,?,?,?,'LISTED',?,?,1)");
             PreparedStatement region = c.prepareStatement("INSERT INTO supplier_region (supplier_id, region_code) VALUES (?,?)");
             PreparedStatement category = c.prepareStatement("INSERT INTO supplier_category (supplier_id, category) VALUES (?,?)")) {
            for (Supplier s : catalog.suppliers()) {
                supplier.setLong(1, s.id());
                supplier.setString(2, s.entrepreneur() ? "ENTREPRENEUR" : "LEGAL_ENTITY");
                supplier.setString(3, s.identifier());
                supplier.setString(4, s.name());
                supplier.setString(5, s.iban());
                supplier.setString(6, s.bik());
                supplier.setString(7, s.email());
                supplier.setString(8, s.phone());
                supplier.setObject(9, catalog.now());
                supplier.setObject(10, s.appliedAt());
                supplier.addBatch();
                for (String r : s.regions()) {
                    region.setLong(1, s.id());
                    region.setString(2, r);
                    region.addBatch();
                }
                for (String k : s.categories()) {
                    category.setLong(1, s.id());
                    category.setString(2, k);
                    category.addBatch();
                }
            }
            supplier.executeBatch();
            region.executeBatch();
            category.executeBatch();
        }
        c.commit();
        try (PreparedStatement product = c.prepareStatement("INSERT INTO product (id, supplier_id, classifier_code, name,"
                + " description, price, delivery_days, available, status, hidden_reason, hidden_at, hidden_by, created_at,"
                + " updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement region = c.prepareStatement("INSERT INTO product_region (product_id, region_code) VALUES (?,?)")) {
            int pending = 0;
            for (Card card : catalog.cards()) {
                product.setLong(1, card.id());
                product.setLong(2, card.supplier().id());
                product.setString(3, card.type().code());
                product.setString(4, card.name());
                product.setString(5, card.description());
                product.setBigDecimal(6, card.price());
                product.setInt(7, card.deliveryDays());
                product.setBoolean(8, card.available());
                product.setString(9, card.withdrawn() ? "WITHDRAWN" : "ACTIVE");
                product.setString(10, card.hidden() ? "Сведения о товаре не подтверждены поставщиком" : null);
                product.setObject(11, card.hidden() ? catalog.now() : null);
                product.setString(12, card.hidden() ? "authority" : null);
                product.setObject(13, card.createdAt());
                product.setObject(14, catalog.now());
                product.addBatch();
                for (String r : card.regions()) {
                    region.setLong(1, card.id());
                    region.setString(2, r);
                    region.addBatch();
                }
                if (++pending == BATCH) {
                    product.executeBatch();
                    region.executeBatch();
                    c.commit();
                    pending = 0;
                }
            }
            product.executeBatch();
            region.executeBatch();
        }
        c.commit();
    }

    /** The portal's types with the national sum of the latest year up to {@code year}, or MCI × factor. */
    private static List<Type> portalTypes(Connection c, int year) throws SQLException {
        Map<String, Long> sums = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT classifier_code, amount FROM guaranteed_sum"
                + " WHERE region_code IS NULL AND year <= ? ORDER BY year")) {
            s.setInt(1, year);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    sums.put(rs.getString(1), tiyn(rs.getBigDecimal(2)));
                }
            }
        }
        BigDecimal mci = null;
        try (PreparedStatement s = c.prepareStatement("SELECT amount FROM mci WHERE year <= ? ORDER BY year DESC LIMIT 1")) {
            s.setInt(1, year);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    mci = rs.getBigDecimal(1);
                }
            }
        }
        List<Type> types = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT code, category, name_kk, name_ru,"
                + " name_en, sum_mci_factor FROM classifier_type WHERE channel = 'PORTAL' ORDER BY category, position, code")) {
            while (rs.next()) {
                String code = rs.getString(1);
                BigDecimal factor = rs.getBigDecimal(6);
                long sum = sums.getOrDefault(code, factor != null && mci != null ? tiyn(mci.multiply(factor)) : -1L);
                types.add(new Type(code, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), sum));
            }
        }
        return types;
    }

    // ---- names, texts and numbers ------------------------------------------------------------------

    private static final String[] LANGS = {"ru", "ru", "kk", "en"};
    private static final String[] BIKS = {"HSBKKZKX", "KCJBKZKX", "CASPKZKA", "HCSKKZKA", "ATYNKZKA", "IRTYKZKA", "KINCKZKA"};

    private record Brand(String name, String[] models) {
    }

    private static final Map<String, Brand[]> BRANDS = new LinkedHashMap<>();

    static {
        BRANDS.put("HYGIENE_MEANS", new Brand[]{
                new Brand("Seni", new String[]{"Super", "Classic", "Active", "Soft", "Basic"}),
                new Brand("Tena", new String[]{"Slip Plus", "Slip Super", "Flex", "Proskin", "Ultima"}),
                new Brand("MoliCare", new String[]{"Premium Elastic", "Slip Super", "Mobile"}),
                new Brand("Abena", new String[]{"Abri-Form", "Abri-Flex", "Slip Premium"}),
                new Brand("Coloplast", new String[]{"SenSura", "Alterna", "SpeediCath", "Conveen"}),
                new Brand("ConvaTec", new String[]{"Esteem", "Natura", "Stomahesive"}),
                new Brand("Dansac", new String[]{"NovaLife", "TRE"}),
                new Brand("Pampers", new String[]{"Active Baby", "Premium Care", "Pants"}),
                new Brand("Huggies", new String[]{"Elite Soft", "Ultra Comfort"}),
                new Brand("Бөпем", new String[]{"Жұмсақ", "Классик", "Түнгі"}),
                new Brand("Мейірім", new String[]{"Стандарт", "Плюс", "Эконом"})});
        BRANDS.put("WHEELCHAIRS", new Brand[]{
                new Brand("Ortonica", new String[]{"Base 100", "Base 130", "Base 170", "Trend 40", "Pulse 110", "S 2000"}),
                new Brand("Armed", new String[]{"H035", "H005", "H010", "FS959", "H030"}),
                new Brand("Otto Bock", new String[]{"Start", "Avantgarde", "Juvo B5", "Kimba"}),
                new Brand("Invacare", new String[]{"Action 2 NG", "Action 3", "Küschall K-Series", "Esprit"}),
                new Brand("Мега-Оптим", new String[]{"FS 909", "511A", "LY-250"}),
                new Brand("Sunrise Medical", new String[]{"Breezy", "Quickie Life", "Zippie"}),
                new Brand("Жол", new String[]{"Комфорт", "Жеңіл", "Белсенді"})});
        BRANDS.put("TYPHLOTECHNICAL", new Brand[]{
                new Brand("HumanWare", new String[]{"Victor Reader Stream", "BrailleNote Touch", "Brailliant BI 40X"}),
                new Brand("Freedom Scientific", new String[]{"Focus 40", "ElBraille", "JAWS Edition"}),
                new Brand("Orbit", new String[]{"Reader 20", "Writer"}),
                new Brand("Сенсор", new String[]{"ТТ-01", "ГК-2", "Тифло-3"}),
                new Brand("Clever Check", new String[]{"TD-3227", "TD-4277"}),
                new Brand("Lenovo", new String[]{"IdeaPad 3", "ThinkPad E14"}),
                new Brand("Көмек", new String[]{"Дауыс", "Сезім"})});
        BRANDS.put("SURDOTECHNICAL", new Brand[]{
                new Brand("Bellman", new String[]{"Visit 868", "Maxi Pro", "Audio Domino"}),
                new Brand("Humantechnik", new String[]{"Lisa", "Signolux", "Flash"}),
                new Brand("Samsung", new String[]{"Galaxy A15", "Galaxy A25"}),
                new Brand("Servox", new String[]{"Digital", "Inton"}),
                new Brand("Vibralite", new String[]{"Mini", "8", "12"}),
                new Brand("Естімін", new String[]{"Сигнал", "Дабыл"})});
        BRANDS.put("SANATORIUM_TREATMENT", new Brand[]{
                new Brand("Алатау", new String[]{"шипажайы", "курорты"}),
                new Brand("Сарыагаш", new String[]{"шипажайы", "Арман"}),
                new Brand("Бурабай", new String[]{"Оқжетпес", "Жеке"}),
                new Brand("Мойылды", new String[]{"курорты", "шипажайы"}),
                new Brand("Ak Bulak", new String[]{"Resort", "Spa"}),
                new Brand("Жаңақорған", new String[]{"шипажайы"})});
        BRANDS.put("PERSONAL_ASSISTANT", new Brand[]{
                new Brand("Қамқор", new String[]{"көмекші", "қызметі"}),
                new Brand("Забота", new String[]{"Плюс", "Рядом"}),
                new Brand("CareHome", new String[]{"Assist", "Daily"})});
        BRANDS.put("SIGN_LANGUAGE_SPECIALIST", new Brand[]{
                new Brand("Ымдау", new String[]{"орталығы", "тілі"}),
                new Brand("Жест", new String[]{"Сервис", "Перевод"}),
                new Brand("SignBridge", new String[]{"KZ", "Online"})});
        BRANDS.put("SPECIAL_SOCIAL_SERVICES", new Brand[]{
                new Brand("Шаңырақ", new String[]{"орталығы", "үйі"}),
                new Brand("Мейірбан", new String[]{"Центр", "Дом"}),
                new Brand("Үміт", new String[]{"оңалту орталығы", "күндізгі стационар"}),
                new Brand("Надежда", new String[]{"Центр реабилитации", "Пансионат"})});
    }

    private static final Brand[] GENERIC = {new Brand("Kepil Med", new String[]{"Standard", "Plus", "Pro"}),
            new Brand("Дәрмен", new String[]{"Стандарт", "Премиум"})};

    private static final Map<String, String[][]> SIZES = Map.of(
            "HYGIENE_MEANS", new String[][]{
                    {"10 шт.", "30 шт.", "упаковка 15 шт.", "60 шт."},
                    {"10 дана", "30 дана", "15 дана қаптама", "60 дана"},
                    {"pack of 10", "pack of 30", "15 pcs", "60 pcs"}},
            "WHEELCHAIRS", new String[][]{
                    {"ширина сиденья 41 см", "ширина сиденья 46 см", "ширина сиденья 51 см", "складная"},
                    {"отырғыш ені 41 см", "отырғыш ені 46 см", "отырғыш ені 51 см", "жиналмалы"},
                    {"seat width 41 cm", "seat width 46 cm", "seat width 51 cm", "folding"}});

    private String name(Type type, String lang, String brand, String model) {
        String typeName = switch (lang) {
            case "kk" -> type.kk();
            case "en" -> type.en();
            default -> type.ru();
        };
        String[][] sizes = SIZES.get(type.category());
        String size = "";
        if (sizes != null) {
            String[] forLang = sizes[lang.equals("ru") ? 0 : lang.equals("kk") ? 1 : 2];
            size = ", " + forLang[random.nextInt(forLang.length)];
        }
        String name = brand + " " + model + " — " + typeName + size;
        return name.length() <= 300 ? name : name.substring(0, 300);
    }

    private static final Map<String, String[]> QUALITIES = Map.of(
            "ru", new String[]{"Гипоаллергенный материал, дышащая основа.", "Лёгкая алюминиевая рама, съёмные подлокотники.",
                    "Сертифицировано в Республике Казахстан.", "Гарантия 12 месяцев, сервисный центр в области.",
                    "Подходит для ежедневного использования.", "Инструкция на казахском и русском языках.",
                    "Доставка до двери, бесплатная настройка."},
            "kk", new String[]{"Гипоаллергенді материал, ауа өткізетін негіз.", "Жеңіл алюминий жақтау, алынбалы шынтақ сүйеніштері.",
                    "Қазақстан Республикасында сертификатталған.", "Кепілдік 12 ай, облыста сервис орталығы бар.",
                    "Күнделікті қолдануға жарамды.", "Нұсқаулық қазақ және орыс тілдерінде.",
                    "Есікке дейін жеткізу, тегін баптау."},
            "en", new String[]{"Hypoallergenic, breathable material.", "Lightweight aluminium frame, removable armrests.",
                    "Certified in the Republic of Kazakhstan.", "12-month warranty, service centre in the region.",
                    "Suitable for everyday use.", "Instructions in Kazakh, Russian and English.",
                    "Door-to-door delivery and free set-up."});

    private String description(Type type, String lang, String brand, String model) {
        String[] q = QUALITIES.get(lang);
        String first = switch (lang) {
            case "kk" -> brand + " " + model + ": " + type.kk() + ".";
            case "en" -> brand + " " + model + ": " + type.en() + ".";
            default -> brand + " " + model + ": " + type.ru() + ".";
        };
        return random.nextBoolean() ? first + " " + q[random.nextInt(q.length)] : first;
    }

    /** Around the guaranteed sum: about half at or below it, the rest up to 60 % above. */
    private BigDecimal price(Type type) {
        long base = type.sumTiyn() > 0 ? type.sumTiyn() : 1_000_000L + random.nextInt(20_000_000);
        double factor = random.nextInt(100) < 45 ? 0.75 + random.nextDouble() * 0.25 : 1.0 + random.nextDouble() * 0.6;
        long tiyn = Math.max(100, Math.round(base * factor / 100.0) * 100);
        return BigDecimal.valueOf(tiyn, 2).setScale(2, RoundingMode.UNNECESSARY);
    }

    private int deliveryDays(String category) {
        return switch (category) {
            case "HYGIENE_MEANS" -> 1 + random.nextInt(7);
            case "WHEELCHAIRS", "TYPHLOTECHNICAL", "SURDOTECHNICAL" -> 3 + random.nextInt(28);
            default -> random.nextInt(15);
        };
    }

    private Brand brand(String category) {
        Brand[] brands = BRANDS.getOrDefault(category, GENERIC);
        return brands[random.nextInt(brands.length)];
    }

    private static final String[] FIRST = {"Мейірім", "Алатау", "Береке", "Сапа", "Денсаулық", "Жігер", "Нұр", "Арман",
            "MedTech", "Ortho", "Vita", "Steppe", "Altyn", "Komek", "Здоровье", "Опора", "Шипагер", "Көмек", "Ақ жол", "Демеу"};
    private static final String[] SECOND = {"медтехника", "сервис", "плюс", "Trade", "Group", "Kazakhstan", "Логистик",
            "орталығы", "снаб", "Med"};
    private static final String[] PERSONS = {"Нұрланова А.", "Омаров Д.", "Иванов С.", "Жақсыбеков Б.", "Ким О.",
            "Серікова М.", "Ахметов Е.", "Петрова Н.", "Тоқтаров Н.", "Әбенова Г."};

    private String supplierName(boolean entrepreneur, int i) {
        if (entrepreneur) {
            return "ЖК " + PERSONS[i % PERSONS.length] + " «" + FIRST[random.nextInt(FIRST.length)] + "»";
        }
        String form = i % 2 == 0 ? "ЖШС" : "ТОО";
        return "«" + FIRST[i % FIRST.length] + " " + SECOND[(i / FIRST.length + random.nextInt(3)) % SECOND.length] + " "
                + (i + 1) + "» " + form;
    }

    /** A BIN (registered 2010–2024, resident legal entity) or an IIN-like number, unique by {@code i}. */
    private String identifier(boolean entrepreneur, int i) {
        for (int salt = 0; ; salt++) {
            String eleven = entrepreneur
                    ? String.format(Locale.ROOT, "%02d%02d%02d3%04d", 70 + i % 30, 1 + i % 12, 1 + i % 28, (i * 7 + salt) % 10000)
                    : String.format(Locale.ROOT, "%02d%02d40%05d", 10 + i % 15, 1 + i % 12, (i * 10 + salt) % 100000);
            var full = KzIdentifiers.withCheckDigit(eleven);
            if (full.isPresent()) {
                return full.get();
            }
        }
    }

    private <T> List<T> pick(List<T> from, int n) {
        List<T> copy = new ArrayList<>(from);
        java.util.Collections.shuffle(copy, random);
        return List.copyOf(copy.subList(0, Math.min(n, copy.size())));
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long tiyn(BigDecimal amount) {
        return amount.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
