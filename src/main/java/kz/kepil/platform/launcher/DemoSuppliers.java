package kz.kepil.platform.launcher;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.JsonStructure;
import kz.kepil.signing.infrastructure.pki.CmsSigner;
import kz.kepil.signing.infrastructure.pki.KeyAndChain;
import kz.kepil.signing.infrastructure.pki.Pkcs12;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * Enters the demo suppliers into the registry the way every supplier enters it: through the public
 * API, with the demo people's test-PKI keys. The head applies, files the documents and signs the public offer contract, the
 * authority signs the admission, and grants the manager their role. Skipped for a supplier already in
 * the registry, so a restarted demo portal is left as it was.
 */
final class DemoSuppliers {

    private static final String PASSWORD = "kepil-demo";

    /** One demo supplier and the people who act for it. */
    private record Demo(String head, String manager, String managerIin, String application, String bin,
                        List<String> documents) {
    }

    private static final List<Demo> SUPPLIERS = List.of(
            new Demo("supplier1-ceo", "supplier1-manager", "920721400008", """
                    {"kind":"LEGAL_ENTITY","bin":"100440000004","name":"«Мейірім медтехника» ЖШС",
                     "regions":["KZ-75","KZ-71","KZ-19"],"categories":["HYGIENE_MEANS","WHEELCHAIRS","TYPHLOTECHNICAL","SURDOTECHNICAL"],
                     "iban":"KZ86125KZT5004100100","bik":"HSBKKZKX","email":"info@meirim.kz.test","phone":"+77272500001"}""",
                    "100440000004", List.of("STATE_REGISTRATION", "CONFORMITY_CERTIFICATE")),
            new Demo("supplier2-ceo", null, null, """
                    {"kind":"LEGAL_ENTITY","bin":"150740000004","name":"«Алатау» шипажайы АҚ",
                     "regions":["KZ-19","KZ-75"],"categories":["SANATORIUM_TREATMENT","PERSONAL_ASSISTANT","SIGN_LANGUAGE_SPECIALIST","SPECIAL_SOCIAL_SERVICES"],
                     "iban":"KZ75125KZT2069100100","bik":"CASPKZKA","email":"booking@alatau.kz.test","phone":"+77272500002"}""",
                    "150740000004", List.of("STATE_REGISTRATION", "LICENCE")));

    private final String base;
    private final Path demoKeys;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    DemoSuppliers(int port, Path certs) {
        this.base = "http://localhost:" + port + "/api/v1";
        this.demoKeys = certs.resolve("demo");
    }

    void enter() {
        if (!Files.isDirectory(demoKeys)) {
            Launcher.log("no demo keys in " + demoKeys + ": demo suppliers not entered");
            return;
        }
        JsonArray registry = (JsonArray) call("GET", "/registry", null, null);
        for (Demo demo : SUPPLIERS) {
            boolean present = registry.stream().anyMatch(s -> demo.bin().equals(s.asJsonObject().getString("bin", null)));
            if (!present) {
                enter(demo);
            }
        }
        registry = (JsonArray) call("GET", "/registry", null, null);
        for (Demo demo : SUPPLIERS) {
            registry.stream().map(JsonValue::asJsonObject).filter(s -> demo.bin().equals(s.getString("bin", null)))
                    .filter(s -> "LISTED".equals(s.getString("status"))).findFirst()
                    .ifPresent(s -> offerCatalog(demo, s.getJsonNumber("id").longValue()));
        }
    }

    /**
     * The demo catalog ({@code demo-catalog.tsv}: supplier BIN, classifier code, name, description, price,
     * delivery days, regions, attributes, availability), offered through the API by each demo supplier's
     * head, once: a supplier that has cards already is left as it is.
     */
    private void offerCatalog(Demo demo, long supplierId) {
        String head = signIn(demo.head());
        if (!((JsonArray) call("GET", "/suppliers/" + supplierId + "/products", null, head)).isEmpty()) {
            return;
        }
        int offered = 0;
        for (String[] row : catalogRows()) {
            if (!row[0].equals(demo.bin())) {
                continue;
            }
            var attributes = Json.createObjectBuilder();
            for (String pair : row[7].split(";")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    attributes.add(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
                }
            }
            var regions = Json.createArrayBuilder();
            for (String region : row[6].split(",")) {
                regions.add(region.strip());
            }
            JsonObject card = Json.createObjectBuilder().add("supplierId", supplierId).add("classifierCode", row[1])
                    .add("name", row[2]).add("description", row[3]).add("price", new java.math.BigDecimal(row[4]))
                    .add("deliveryDays", Integer.parseInt(row[5])).add("regions", regions).add("attributes", attributes)
                    .add("available", Boolean.parseBoolean(row[8])).build();
            call("POST", "/products", card.toString(), head);
            offered++;
        }
        Launcher.log("demo supplier " + demo.bin() + " offered " + offered + " products");
    }

    private static List<String[]> catalogRows() {
        try (var in = DemoSuppliers.class.getResourceAsStream("demo-catalog.tsv")) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).filter(l -> !l.isBlank())
                    .map(l -> l.split("\t", -1)).filter(r -> r.length >= 9).toList();
        } catch (IOException e) {
            throw new LauncherException("demo catalog: " + e.getMessage());
        }
    }

    private void enter(Demo demo) {
        String head = signIn(demo.head());
        long id = ((JsonObject) call("POST", "/suppliers", demo.application(), head)).getJsonNumber("id").longValue();
        for (String type : demo.documents()) {
            file(id, type, head);
        }
        sign("/suppliers/" + id + "/public-contract/", key(demo.head(), "sign"), head);
        String authority = signIn("authority");
        JsonObject draft = (JsonObject) call("POST", "/suppliers/" + id + "/decisions",
                "{\"decision\":\"ADMIT\",\"ground\":\"DOCUMENTS_COMPLETE\",\"note\":\"Demo supplier\"}", authority);
        sign("/suppliers/" + id + "/decisions/" + draft.getJsonNumber("id") + "/", key("authority", "sign"), authority);
        if (demo.manager() != null) {
            JsonObject manager = (JsonObject) call("GET", "/users?iin=" + demo.managerIin(), null, authority);
            call("POST", "/users/" + manager.getJsonNumber("id") + "/roles",
                    "{\"role\":\"SUPPLIER_MANAGER\",\"supplierId\":" + id + "}", authority);
        }
        Launcher.log("demo supplier " + demo.bin() + " entered the registry as supplier " + id);
    }

    /** A one-page PDF standing in for the scanned document of the demo company. */
    private void file(long supplierId, String type, String token) {
        String pdf = "%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\n% Demo document: " + type + "\ntrailer <</Root 1 0 R>>\n%%EOF\n";
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/suppliers/" + supplierId + "/documents?type=" + type
                        + "&name=" + type.toLowerCase() + ".pdf"))
                .header("Content-Type", "application/pdf").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(pdf, StandardCharsets.US_ASCII)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new LauncherException("demo suppliers: filing " + type + " answered " + response.statusCode() + " " + response.body());
            }
        } catch (IOException e) {
            throw new LauncherException("demo suppliers: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("demo suppliers interrupted");
        }
    }

    String signIn(String login) {
        String nonce = ((JsonObject) call("POST", "/auth/challenge", null, null)).getString("nonce");
        JsonObject body = Json.createObjectBuilder().add("nonce", nonce).add("cms", cms(key(login, "auth"), nonce)).build();
        return ((JsonObject) call("POST", "/auth/login", body.toString(), null)).getString("token");
    }

    /** The signing protocol: fetch {@code …document}, sign its content, post {@code …signature}. */
    private void sign(String prefix, KeyAndChain key, String token) {
        String content = ((JsonObject) call("GET", prefix + "document", null, token)).getString("content");
        call("POST", prefix + "signature", Json.createObjectBuilder().add("cms", cms(key, content)).build().toString(), token);
    }

    private KeyAndChain key(String login, String purpose) {
        return Pkcs12.load(demoKeys.resolve(login + "-" + purpose + ".p12"), PASSWORD.toCharArray());
    }

    private static String cms(KeyAndChain key, String text) {
        return Base64.getEncoder().encodeToString(new CmsSigner().signDetached(key, text.getBytes(StandardCharsets.UTF_8)));
    }

    JsonStructure call(String method, String path, String json, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new LauncherException("demo suppliers: " + method + " " + path + " answered " + response.statusCode()
                        + " " + response.body());
            }
            try (var reader = Json.createReader(new StringReader(response.body().isEmpty() ? "{}" : response.body()))) {
                return reader.read();
            }
        } catch (IOException e) {
            throw new LauncherException("demo suppliers: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("demo suppliers interrupted");
        }
    }
}
